# id: sexting-staff-en
# title: One photo, twenty-eight phones
# mode: staff
# topic: sexting
# age: 12+
# minutes: 14
# lang: en
# summary: A nude photo of Noor, a third-year havo pupil, is in her class's Snapchat group. You are the school's confidential adviser (vertrouwenspersoon). What do you do, and what do you deliberately leave alone?
# warning: This story is about a nude photo of a pupil that is forwarded against her will. It contains no images.
# pair: sexting-student-en

VAR vertrouwen = 0
VAR beeld = false
VAR verspreid = 0
VAR politie = false
VAR nazorg = 0
VAR klas_al = false

Wednesday, quarter past eight. Ms Jansen, mentor (form tutor) of class 3H, a third-year havo class, is standing in your room with her coat still on. # scene: kamer-vp # sfx: deur
I got a message from Sara late last night. # speaker: jansen
Miss, there's a photo of Noor in the class chat. That kind of photo. Milan put it in. She's in a really bad way. # speaker: sara # channel: chat # sfx: ping
Noor and Daan from 4 havo, the year above, broke up last weekend. Apparently Daan sent the photo to Milan. # speaker: jansen
Sara still has the photo. Shall I ask her to send it to you? Then you'll know what we're dealing with. # speaker: jansen

+ [Sara can send it. You need to know what is going round before you talk to Noor, and you'll delete it straight afterwards. #step: adviezen #rating: fout]
  ~ beeld = true
  ~ verspreid += 1
  You want to be prepared, but this way you let a pupil forward a nude photo of a minor, to you. Evidence means names and times, never the image itself. # feedback
+ [You say you don't want to see the photo. Nobody at school asks for it, keeps it or forwards it. Noor can come and see you today, with Sara if she likes. #step: adviezen #rating: goed]
  Good. This is a nude photo of a minor: you don't ask for it, not even as evidence. What you do need are names, times and the group it was posted in. # feedback
+ [You don't want the photo on your phone. But you do ask Jansen to find out from Sara exactly what it shows, so you know how serious it is. #step: adviezen #rating: matig]
  Not taking in the image is right. But you don't need details: that it is a nude photo of a pupil says enough. Every conversation about what it shows invades Noor's privacy further. # feedback
- -> noor

=== noor ===
Second period. Noor is sitting across from you, Sara next to her. Noor has pulled her sleeves down over her hands. # scene: kamer-vp
{ beeld:
    Sara is looking at her shoes. She sent you the photo this morning.
}
Everyone's seen it. I can't face going into class anymore. # speaker: noor # discuss: Noor sent the photo herself, only to Daan. Does that change anything about who crossed a line here?

+ [You tell her kindly that you're not judging her. But there is a lesson here: once you send a photo, you lose control of it. #step: eerste-opvang #rating: fout]
  ~ vertrouwen -= 1
  It sounds like a sensible lesson, but what Noor hears is: it's my own fault. Daan betrayed her trust and Milan spread the photo. First care leaves no room for blame. # feedback
  Noor doesn't say anything for a long time. Sara puts a hand on her arm.
+ [You want to help her quickly. You take pen and paper and ask straight away which groups the photo is in. #step: eerste-opvang #rating: matig]
  Speed matters with online complaints. But this way you skip the listening, and you miss how Noor is doing. Her story first, then the lists. # feedback
+ [You tell her it's good that she came. You let her tell her story at her own pace and say clearly: whoever forwards the photo is doing something wrong, not her. #step: eerste-opvang #rating: goed]
  ~ vertrouwen += 1
  Good. You listen and don't put the blame on her. Sending a photo in confidence to someone her own age is not a criminal offence; forwarding it against her will is. # feedback
  I thought I could trust him. We were together for two months. # speaker: noor
- -> wie

=== wie ===
Daan sent it to Milan last night. To show him, he said. And Milan put it in the 3H chat. # speaker: noor
There are twenty-eight people in the group. I saw it was in a 4 havo group too. I don't know who put it there. # speaker: sara

+ [You write down what is certain: Daan forwarded the photo, Milan put it in the group, Tuesday evening. Who put it in the 4 havo group is not yet known. You keep that separate. #step: aangeklaagde #rating: goed]
  ~ vertrouwen += 1
  Good. Daan and Milan are known, so further steps against them are possible. You don't investigate the other group yourself; that can be done through the police. # feedback
+ [You ask Noor and Sara to make a list of everyone who might have saved or forwarded the photo. Then you can speak to all of them. #step: aangeklaagde #rating: fout]
  ~ verspreid += 1
  This has Noor point at classmates on a suspicion. That is unfair and puts a heavy burden on her. Establish what is certain: who sent it and who posted it. # feedback
  Sara writes down six names. She isn't really sure about two of them.
+ [You focus on Milan, because he put the photo in the group. Daan only sent it to one friend. #step: aangeklaagde #rating: matig]
  Milan did spread it. But Daan was the first to forward the photo, without Noor wanting that. That is an offence too, and it started with him. # feedback
- -> routes

=== routes ===
I just want it gone, everywhere. And I never want to see Daan again. # speaker: noor
What happens now? Are they going to get punished? # speaker: sara

+ [You suggest that Noor and Daan sit down together, with you leading the conversation. Then he can say sorry and delete the photo in front of her. #step: vervolgstappen #rating: fout]
  ~ vertrouwen -= 1
  Mediation can be a route, but only if Noor wants it herself. She has just said she never wants to see Daan again. And deleting one photo doesn't bring back the copies. # feedback
  Noor shakes her head. In the same room as him? No.
+ [You say this is so serious that the school will take it from here. She'll hear later what happens to Daan and Milan. #step: vervolgstappen #rating: matig]
  It is serious, and the school has to act. But you skip what Noor wants herself. Explain the routes, give your advice and let her choose. # feedback
+ [You explain the routes: a talk between the school leadership and Daan and Milan, mediation, hearing both sides, the complaints committee and a report to the police. You ask what Noor wants and give your advice. #step: vervolgstappen #rating: goed]
  ~ vertrouwen += 1
  Good. Noor hears which routes there are and chooses for herself. You advise: because forwarding is an offence, consulting the police is wise here. # feedback
  Noor wants the school leadership to talk to Daan and Milan. She doesn't want to speak to them herself.
- -> rol

=== rol ===
My mum doesn't know anything yet. She's going to be furious. # speaker: noor

+ [You agree on what you will do: go with her to Mr El Amrani, the team leader, call her mother together if she wants, and make sure the right people know. You also mention the external confidential adviser. #step: rol-afspreken #rating: goed]
  ~ vertrouwen += 1
  Good. Your role is clear and Noor stays in control. She can also go to the external confidential adviser, outside the school. # feedback
  Noor calls her mother herself, with you beside her.
+ [You say: "Just leave it all to me. I'll call your mum and sort out the rest." #step: rol-afspreken #rating: fout]
  ~ vertrouwen -= 1
  Well meant, but this way you take the case out of Noor's hands. Agree on what your role is and what she wants to do herself. # feedback
  You call Noor's mother. Noor sits beside you and says nothing.
+ [You say she can always drop in, and that she can decide for herself when to tell them at home. #step: rol-afspreken #rating: matig]
  Being available is good, but it leaves your role vague. Agree concretely on what you will do, whether you will go with her and when you will meet. Mention the external confidential adviser too. # feedback
  Noor nods, but you can see she doesn't know what happens next.
- -> smit

=== smit ===
Lunch break. In the staff room, Mr Smit comes up to you. # scene: personeelskamer
I've got 3H fourth period. All phones on the desk, and I'll check who still has that photo. Then we'll know how bad it is. # speaker: smit
A photo like that just has to go. There are rules for this, aren't there? # speaker: smit # discuss: May a teacher take and search pupils' phones when a nude photo of a pupil is going round? Where is the line between stepping in and going too far?

+ [You think it's a good plan, as long as Mr El Amrani is there. A photo like that has to come off those phones, and then you also know who saved it. #step: strafbaar #rating: fout]
  ~ beeld = true
  ~ verspreid += 1
  It looks decisive, but it means adults at school looking at a nude photo of a minor. Searching phones is not the school's job; the police can help get the photo removed. # feedback
  Twenty-eight phones pass through the hands of Smit and El Amrani. By the end of the day, the whole of 3 havo knows.
+ [You say nobody searches phones or looks at the photo; that is for the police. You ask Smit not to say anything about it in class until it has been agreed how the class will be told. #step: strafbaar #rating: goed]
  Good. This is a nude photo of a minor: as a teacher, you don't look at it or collect it. You follow the school protocol and let the police judge what needs to happen. # feedback
  Smit sighs, but nods. I hope this gets sorted quickly. # speaker: smit
+ [You say he can collect the phones in his lesson so nothing gets forwarded, as long as nobody looks through them. #step: strafbaar #rating: matig]
  ~ verspreid += 1
  Putting phones away during a lesson is normal in itself. But now it happens because of this photo, and the class knows why straight away. That puts Noor at the centre; the investigation belongs with the police. # feedback
  After fourth period, the whole of 3H knows why their phones had to go on the desk.
- -> moeder

=== moeder ===
Late in the afternoon, Noor's mother calls. # scene: kamer-vp # sfx: trillen
I want that Daan and that Milan out of this school. And everyone in that group who looked at it, I want them punished too. # speaker: moeder-noor
{ beeld:
    And I hear there are teachers who have seen the photo. Is that true? # speaker: moeder-noor
}

+ [You acknowledge her anger and explain the routes. The school leadership decides on sanctions. What Noor wants carries a lot of weight. You invite her to a meeting together with Noor, tomorrow morning. #step: vervolgstappen #rating: goed]
  ~ vertrouwen += 1
  Good. You take the mother seriously, you are honest about who decides what, and you keep Noor's wishes at the centre. # feedback
+ [You promise that Daan and Milan will be suspended and that the whole group will be called in for a talk. That is the least that should happen. #step: vervolgstappen #rating: fout]
  ~ verspreid += 1
  You can't promise this, and it isn't up to you. Calling in twenty-eight pupils only makes it bigger, and Noor didn't ask for that. # feedback
  The next day, it's all anyone at school talks about.
+ [You say you can't tell her anything about the case without Noor. That is something she needs to discuss with her daughter. #step: vervolgstappen #rating: matig]
  ~ vertrouwen -= 1
  You are protecting Noor's trust, which is good. But Noor is a minor and her mother is now part of this. Explain the routes and suggest a meeting together. # feedback
- -> politie_keuze

=== politie_keuze ===
Thursday morning. Noor and her mother are sitting with you. Noor has slept badly. # scene: kamer-vp
It's on other people's phones now too. I just know it. # speaker: noor

+ [You say they can go to the police themselves if they want to file a report. Meanwhile, the school will deal with Daan and Milan. #step: strafbaar #rating: matig]
  Noor and her mother decide about a police report, that's right. But under the protocol the school itself consults the police, because an offence has been committed. Don't leave them to sort this out on their own. # feedback
+ [You explain that forwarding it against her will is a criminal offence, and that this is an image of a minor. Under the protocol you consult the youth police officer, Officer Visser. Whether to file a police report is up to Noor and her mother. #step: strafbaar #rating: goed]
  ~ politie = true
  Good. This is not a matter for the school alone. The police can judge what is needed, help get the photo removed and talk to the people who forwarded it. # feedback
  Noor and her mother want to hear what Officer Visser says first.
+ [You keep it within the school. Daan and Milan delete the photo while El Amrani watches. Bringing in the police makes it harder for everyone. #step: strafbaar #rating: fout]
  It feels calmer, but a nude photo of a minor going round is a criminal offence and not a matter for the school alone. Without the police, the copies other people have are not gone. # feedback
- -> splitsing

=== splitsing ===
{ politie:
    -> visser
  - else:
    -> zonder_politie
}

=== visser ===
Thursday afternoon, Officer Visser drops by. He is the youth officer for the neighbourhood. # scene: kamer-vp
I'll talk to Daan and Milan and their parents. I can ask Snapchat to remove the photo. What have you got on paper so far? # speaker: wijkagent
{ beeld:
    I hear that adults here have had the photo on their phones as well. It has to come off them right away. # speaker: wijkagent
}

+ [You suggest that Sara sends Officer Visser a screenshot of the group. Then he can see straight away who posted the photo. #step: adviezen #rating: fout]
  ~ beeld = true
  A screenshot of the group also shows the photo itself. Then the image goes to yet another phone. Evidence means who sent what and when, without the photo. # feedback
  Visser shakes his head. Better not. Names and times are enough. # speaker: wijkagent
+ [You say it's best for Noor to delete the whole chat and take Snapchat off her phone for a while. Then she won't have to see it anymore. #step: adviezen #rating: matig]
  Peace and quiet matter for Noor, and leaving the group is fine. But first she should save who sent what, with the date and time. Without that evidence, the case is harder. # feedback
+ [You give him what you have: names, Tuesday evening, the groups. You advise Noor to keep screenshots of who sent what, without the photo in them. You also point her to Helpwanted.nl, which helps get images removed. #step: adviezen #rating: goed]
  ~ verspreid -= 1
  Good. With this evidence the police can move forward without the image going round again. Helpwanted.nl helps to get images taken down. # feedback
- -> veiligheid

=== zonder_politie ===
On Friday, Sara comes by, out of breath. # scene: gang
It's in a group from another school now too. A girl from hockey sent it to me. Noor doesn't know yet. # speaker: sara
{ beeld:
    Everyone's saying even teachers have got it. # speaker: sara
}

+ [You tell Sara to ask the girl to delete the photo. There is nothing more you can do outside school. #step: adviezen #rating: matig]
  ~ verspreid += 1
  Asking for it to be deleted is a start, but you are putting it on Sara. Outside school, the police and Helpwanted.nl can do something. Report it to them. # feedback
+ [You call youth officer Visser after all, in agreement with Noor and her mother. Noor can keep a record of who sent what, without the photo, and Helpwanted.nl helps get it removed. #step: adviezen #rating: goed]
  ~ politie = true
  Good, even if it is late: the police and Helpwanted.nl can help get the photo taken down. Evidence means names and times, never the image itself. # feedback
+ [You ask Sara to forward you the message from that girl, so you can show it to the other school. #step: adviezen #rating: fout]
  ~ beeld = true
  ~ verspreid += 1
  You want to warn the other school, but this way a pupil sends you a nude photo of a minor. That school needs names and times, not the image, and the police can do far more here. # feedback
- -> veiligheid

=== veiligheid ===
Monday. Noor is back at school. She is standing at your door, with Sara. # scene: gang
I sit next to Milan in maths. And everyone keeps looking at me. # speaker: noor

+ [You have Ms Jansen discuss it with the class today, with Noor present. Then everyone can see that the school is behind her. #step: veiligheid #rating: fout]
  ~ vertrouwen -= 1
  ~ klas_al = true
  Well meant, but a class discussion she has to sit through puts Noor even more in the spotlight. Whether there is a discussion, and how, is for her to decide. # feedback
  Halfway through the discussion, Noor gets up and walks out of the classroom.
+ [You arrange with El Amrani that Milan moves to another maths class for the time being. That solves it. #step: veiligheid #rating: matig]
  Practical, but decided without asking Noor what she needs. Ask her, and put it in writing with the mentor and the school leadership. # feedback
+ [You ask what she needs to feel safe. You arrange it with Ms Jansen and Mr El Amrani, and check in a few days whether it is working. #step: veiligheid #rating: goed]
  ~ vertrouwen += 1
  Good. Noor decides what she needs; you make sure the mentor and the school leadership arrange it, and check that it actually happens. # feedback
  Not next to Milan anymore. Sara with me. And the class can know, but not while I'm there. # speaker: noor
- -> klas

=== klas ===
Tuesday, 3H's mentor period. Ms Jansen asks for your help. Noor is not there. # scene: klaslokaal
{ klas_al:
    After yesterday, Jansen wants to get it right this time.
}
What do I say to them? Half of them have seen that photo. # speaker: jansen # discuss: What do you say to a class that has seen a nude photo of a classmate, without exposing her even more?

+ [Together with Jansen, you say it without names: forwarding a nude photo is a criminal offence, delete everything and don't talk about it. Anyone who has forwarded something can come to you. You mention Helpwanted.nl and yourself as the confidential adviser. #step: preventie #rating: goed]
  Good. The class hears what is an offence and what they can do now, without Noor being named or shamed. And everyone knows where to find help. # feedback
  After the lesson, two pupils come up to you. They have deleted the photo and want to know if they are in trouble now.
+ [Jansen gives a lesson on never sending nude photos, because look what happens. That way the whole class learns from it. #step: preventie #rating: fout]
  ~ vertrouwen -= 1
  ~ verspreid += 1
  Everyone knows who it is about, so the message becomes: she brought it on herself. The fault lay with those who forwarded it. That, and how to help, is the lesson. # feedback
  At break, Noor hears about the lesson. She goes home.
+ [Jansen only says that something unpleasant has happened and that everyone must delete everything. Nothing more, to keep it small. #step: preventie #rating: matig]
  Keeping it short protects Noor, but now the class doesn't know that forwarding is an offence or where to find help. Explain it briefly, without names. # feedback
- -> nazorg_keuze

=== nazorg_keuze ===
Three weeks later. Things are calmer at school. Noor hasn't been to see you for a while. # scene: kamer-vp
{ politie:
    Officer Visser has let you know that Snapchat has removed the photo. Daan and Milan have talked with him and their parents.
  - else:
    Nobody knows for sure whether the photo is still going round somewhere.
}

+ [It is quiet and the photo is out of the group. You close the file. Noor knows where to find you. #step: nazorg #rating: fout]
  Quiet is not the same as finished. A photo like this can turn up again months later, and Noor won't come to you on her own. Stay in touch yourself and check that the arrangements are working. # feedback
+ [You ask Ms Jansen to keep an eye on things. She sees Noor every day. #step: nazorg #rating: matig]
  ~ nazorg = 1
  Involving the mentor is good. But aftercare is your job too: talk to Noor yourself and point her to the complaints committee if things go wrong. # feedback
+ [You schedule regular meetings with Noor, ask Ms Jansen whether the arrangements are still working, and tell Noor about the complaints committee, in case the school doesn't do enough. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Good. Aftercare means staying in touch and checking that the measures work. Images can resurface later; Noor now knows where she can turn if that happens. # feedback
- -> einde

=== einde ===
{
  - politie && verspreid <= 0 && vertrouwen >= 3 && nazorg == 2:
    -> einde_steun
  - politie && verspreid <= 1 && vertrouwen >= 3:
    -> einde_terug
  - politie && verspreid <= 1:
    -> einde_alleen
  - else:
    -> einde_rond
}

=== einde_steun ===
Six weeks later, Noor is sitting next to Sara in class again. # scene: klaslokaal
The photo has disappeared from the groups, and through Helpwanted.nl two copies elsewhere have been taken down too.
Daan and Milan are keeping to their agreement with the school leadership: no contact with Noor, online included.
Every two weeks, Noor has a cup of tea with you. She says it still hurts sometimes, but she knows it wasn't her fault. # ending: The photo is gone and Noor is not on her own
-> END

=== einde_terug ===
The photo has been removed from Snapchat. Daan and Milan have spoken with the police and the school leadership. Noor is sitting next to Sara again. # scene: gang
But after the Christmas holidays, the photo turns up in a new group. Someone had kept it after all.
{
  - nazorg == 2:
    Noor comes to you the same day. Together you report it to Officer Visser and Helpwanted.nl. It is taken down again, but for Noor it all starts over.
  - nazorg == 1:
    It takes Ms Jansen a week to notice that Noor has gone quiet. Noor told Sara, not you.
  - else:
    Nobody at school knows it has started again. Noor thought the case was closed.
}
Noor is back in class, but she checks her phone more often than before. # ending: Stopped, but the photo comes back
-> END

=== einde_alleen ===
The police have spoken to Daan and Milan, and the photo has been removed from Snapchat. On paper, it is solved. # scene: gang
{ beeld:
    But Noor knows that adults at school have seen her photo. She can't forget that.
  - else:
    But Noor doesn't feel the school really listened to her. A lot was decided about her, and very little with her.
}
She no longer comes to see you. Her mother is considering a complaint to the complaints committee about how the school handled it. # ending: The photo is gone, but so is the trust
-> END

=== einde_rond ===
The photo is still going round. It turned up in a group at another school, and later in 4 havo again. # scene: gang
{ politie:
    The police are doing what they can, but too many copies were made before anything happened.
  - else:
    Nobody reported it to Snapchat or Helpwanted.nl. Whoever has it, keeps it.
}
Noor has been off sick at home for two weeks. Her mother is talking to another school. # ending: The photo keeps going round and Noor stays at home
-> END
