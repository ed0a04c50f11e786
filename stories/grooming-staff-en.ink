# id: grooming-staff-en
# title: Not between us
# mode: staff
# topic: grooming
# age: 12+
# minutes: 14
# lang: en
# summary: Lieke from 3 vwo shows you messages from Mr Vos, the teacher who runs the school band, and asks you to keep it secret. You are the school's confidential adviser (vertrouwenspersoon). What do you have to do, and how fast?
# warning: This story is about a teacher who, step by step, seeks contact with a 14-year-old pupil that is far too personal (grooming). It contains no explicit messages or images.
# pair: grooming-student-en

VAR vertrouwen = 0
VAR beloofd = false
VAR bewijs = false
VAR doorgestuurd = false
VAR gewaarschuwd = false
VAR gemeld = 0
VAR valse_hoop = false
VAR okafor = false
VAR veilig = 0
VAR band = 0
VAR nazorg = 0
VAR preventie = 0

After the last lesson there is a knock on your door. # scene: kamer-vp # sfx: deur
Lieke from 3 vwo (third year, pre-university stream) is in the doorway, with Ayla, her best friend.
I told her she had to come. It just isn't right. # speaker: ayla
Lieke puts her phone on the table. It started six weeks ago, in the band group on the school app.
Great rehearsal everyone! And Lieke, that solo 🔥 # speaker: vos # channel: chat
Then Mr Vos started messaging her privately. About music at first, then other things. Later and later at night.
you're so much more grown-up than the rest of the band. just call me Mark 😉 # speaker: vos # channel: chat
still awake? was thinking about your solo # speaker: vos # channel: chat
The time is on it: 11.12 pm.
this stays between us ok. the others wouldn't get it # speaker: vos # channel: chat
can you switch to snap? messages disappear, much easier # speaker: vos # channel: chat
Lieke took screenshots of a few Snapchat messages. He asks her to stay behind after rehearsal, so he can drive her home. And to send a photo of her new outfit.
Maybe I'm just making a fuss. He's nice. Everyone likes him. # speaker: lieke

+ [You let Lieke tell it in her own words, without interrupting. Then you say it's good she came, and she has done nothing wrong. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Good. You take her seriously and let her finish. Pupils who are groomed often feel partly to blame, but guarding the line is the adult's job. # feedback
  You're not making a fuss. He's the adult. He should never have started this. # speaker: ik
+ [You ask what Lieke sent back, so you know exactly where things stand. #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  What she hears is: what did you do? What she sent back changes nothing about his responsibility. Listen first, without judging. # feedback
  Lieke pulls her phone back. Just normal stuff, she says quietly.
+ [You say straight away that this is grooming and you'll act on it today. She needn't tell you more. #step: eerste-opvang #rating: matig]
  Taking it seriously is good. But you skip her story, and a heavy word frightens her. Let her tell it all first. # feedback
  Lieke looks at Ayla in alarm.
  It's not that bad, is it? # speaker: lieke
- -> belofte

=== belofte ===
Lieke wipes her eyes. # discuss: Confidentiality is at the heart of a confidential adviser's work. Why not here, and how do you say so without losing Lieke?
You can't tell anyone, promise? Or they'll kick me out of the band. And he'll get in trouble because of me. # speaker: lieke

+ [You promise to do nothing without her permission. Then she stays in control, which is what she needs now. #step: meldplicht #rating: fout]
  ~ beloofd = true
  Leaving the pupil in control usually fits your role, but not here: the duty to report (meldplicht) doesn't depend on her permission. You'll have to break this promise. # feedback
  Lieke breathes out. Then she tells you everything.
+ [You tell her honestly you can't keep this secret: with a suspicion like this you must report it at once to the school board (bevoegd gezag). You explain why, and that you'll keep her informed. #step: meldplicht #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Good. Every member of staff, the confidential adviser included, must report a suspected sexual offence by a colleague against a minor pupil to the school board at once. Honesty keeps her trust. # feedback
  I can't keep this secret. Not because you did anything wrong, but to protect you and others. If he gets into trouble, that's down to him, not you. # speaker: ik
  Ayla takes Lieke's hand. Okay, Lieke says. As long as you tell me first.
+ [You promise it stays between you. Say no now, and she'll walk out and may never tell anyone again. #step: meldplicht #rating: fout]
  ~ beloofd = true
  Understandable, but you may not make this promise. When staff are suspected of a sexual offence, the duty to report (meldplicht) applies, to you too. You'll have to break it later. # feedback
  Lieke breathes out. Then she tells you everything.
- -> routes

=== routes ===
And what happens now? Do I have to talk to him? # speaker: lieke

+ [You explain: the school board hears it from you and consults the Inspectorate's confidential inspector (vertrouwensinspecteur), and there may be a police report. She needn't talk to Vos. You ask: will she tell her mother herself, or together? #step: vervolgstappen #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Good. You explain the route honestly, including the part she has no say in. Where she has a choice, you ask her. # feedback
  I'll tell my mum myself tonight. # speaker: lieke
+ [You suggest a talk with Lieke, Vos and you. He can explain what he meant, and maybe it simply stops. #step: vervolgstappen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  A talk with the accused is often a route, but not here. A fourteen-year-old facing the teacher who groomed her is not a conversation between equals. This goes to the school board first. # feedback
  Lieke goes pale.
  With him? I really don't dare. # speaker: lieke
+ [You tell her not to worry. You'll sort everything out. #step: vervolgstappen #rating: matig]
  Well meant, but Lieke doesn't know what's coming and gets no choice at all. Explain the route and ask what she wants. # feedback
- -> bewijs_knoop

=== bewijs_knoop ===
What should I do with the messages? Shall I send them to you? # speaker: lieke

+ [You ask her to send you the screenshots. Then it's all safe with the report. #step: adviezen #rating: matig]
  ~ bewijs = true
  ~ doorgestuurd = true
  Keeping them is good, but collecting them isn't your role: a pupil's messages end up on other phones. Leave the evidence with Lieke and note what you saw. # feedback
+ [You advise her to block Vos and delete the chats. Then she'll finally have peace. #step: adviezen #rating: fout]
  She needs peace, but deleting removes evidence the school board and the police need. Keep it first, then the rest. # feedback
  That evening Lieke deletes the whole chat.
+ [You tell her not to forward or delete anything. She should screenshot WhatsApp too and keep it all on her own phone. You write down what you saw and heard. #step: adviezen #rating: goed]
  ~ bewijs = true
  Good. The board and the police need evidence, and on Snapchat it vanishes by itself. It stays with Lieke; you record the facts. # feedback
- Lieke and Ayla leave. You step into the corridor to make a call. -> gang

=== gang ===
By the stairs Mr Vos comes towards you, carrying his guitar case. # scene: gang
Hey! Saw Lieke and Ayla leaving your room. Nothing serious, I hope? She's my best guitarist. # speaker: vos

+ [You ask him directly about his messages to Lieke. Hearing both sides is only fair. #step: meldplicht #rating: fout]
  ~ gewaarschuwd = true
  Hearing both sides is fair, but not now and not by you. You don't investigate: the board and the confidential inspector judge the suspicion. And now Vos is warned. # feedback
  Vos gives a short laugh.
  I'm just coaching her. She's a bit sensitive, if you ask me. # speaker: vos
+ [You say kindly that you never discuss who comes to see you, and walk on. #step: meldplicht #rating: goed]
  Good. Vos mustn't know before the school board does. The board will inform him. # feedback
+ [You say lightly that maybe he should keep more distance from the band pupils. #step: meldplicht #rating: matig]
  ~ gewaarschuwd = true
  A hint seems harmless, but now Vos knows something is up. He can delete messages or pressure Lieke. Confronting him is for the board. # feedback
  Vos looks at you for a moment. Sure, he says. His smile is gone.
- -> personeelskamer

=== personeelskamer ===
There's cake in the staff room. The school band has been asked to play at the open day. # scene: personeelskamer
That's all Mark's work. He does everything for that band. # speaker: de-vries
Vos is popular. A report could wreck his career. Could it be innocent after all? # channel: thought # discuss: A colleague thinks Vos is just nice. How much should that count? And who decides if a suspicion is strong enough?

+ [You don't want to accuse anyone unfairly. You ask Mr De Vries, who has worked with Vos for years, what he thinks of him. #step: meldplicht #rating: fout]
  ~ gewaarschuwd = true
  Doubt is human, but testing the suspicion isn't your job. Sounding out colleagues is your own investigation: it costs time and it leaks. Report to the board at once. # feedback
  Mark? No way, he's just a nice guy. Why? # speaker: de-vries
  You say it's nothing. An hour later you hear De Vries tell Vos in the corridor: the confidential adviser was asking about you. You only call the board the next morning.
+ [You find an empty room and call Mr Willems of the school board that afternoon. You stick to the facts of what you saw and heard. #step: meldplicht #rating: goed]
  ~ gemeld = 2
  Good. You report at once and directly to the school board; whether the suspicion is true isn't for you to decide. Nor is this the domestic violence and child abuse code (meldcode), where you weigh things first: here you report at once. # feedback
+ [You drop in on Mr El Amrani, the team leader. He knows Vos well and knows what to do. #step: meldplicht #rating: matig]
  ~ gemeld = 1
  Doing something is good. But the law requires you to inform the school board yourself, directly and at once. A team leader in between isn't enough, and costs time. # feedback
  Glad you came to me. I'm seeing Willems the day after tomorrow, I'll raise it then. # speaker: el-amrani
- -> bestuur

=== bestuur ===
{
  - gemeld == 2:
    An hour later you are sitting with Mr Willems. # scene: kantoor
  - gemeld == 1:
    Two days later you are sitting with Mr Willems. Mr El Amrani has only just told him. # scene: kantoor
    In the meantime Vos sent Lieke another snap, she tells you. Could she stay behind for a bit after rehearsal?
  - else:
    The next morning you are sitting with Mr Willems. # scene: kantoor
}
{gemeld < 2:
    This should have come to me right away. That goes for everyone here, the confidential adviser too. # speaker: willems
}
Mr Willems immediately calls the reporting line of the Inspectorate's confidential inspectors and puts the phone on speaker.
Good that you called. What is said here stays with me. # speaker: inspecteur
An adult who draws a fourteen-year-old step by step into private channels, asks for secrecy and for photos: that fits grooming. I see a reasonable suspicion. So you, as the school board, must report it to the police. Inform the staff member and the parents first. # speaker: inspecteur
{gewaarschuwd:
    That afternoon Lieke is at your door. Vos has sent her a snap. # scene: kamer-vp
    heard you went to the confidential adviser. shame. i thought i could trust you # speaker: vos # channel: chat
    In WhatsApp, six messages now read: This message was deleted.
    {bewijs: Luckily she still has her screenshots.|She had already deleted the chat herself. Almost nothing is left, apart from her story.}
}
{not gewaarschuwd && not bewijs: Lieke has deleted the chat. What's left is her story and your notes.}
{doorgestuurd: Mr Willems sees the screenshots on your phone. Those belong with Lieke, and later with the police, he says. Not with us.}
{not beloofd: As agreed, you call Lieke first.}
Mr Willems informs Vos and Lieke's parents that same day. For the time being Vos will not come into school. That is the school board's decision.
-> moeder

=== moeder ===
The next afternoon Lieke and her mother are sitting in your room. # scene: kamer-vp
{beloofd:
    Lieke won't look at you.
    You promised. # speaker: lieke
    ~ vertrouwen = vertrouwen - 1
}
I understand the school has to report this. But you're all his colleagues. I want to talk to someone from outside. # speaker: moeder-lieke

+ [You mention Ms Okafor, the external confidential adviser. She is outside the school and has no duty to report, though she encourages a report. You stay the contact at school and go to meetings with Lieke if she wants. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  ~ okafor = true
  Good. The external confidential adviser is a real option for someone from outside, and you say honestly that she needn't report and you must. Your own role is clear too. # feedback
+ [You say they're in good hands with you. As confidential adviser you're independent of the management too. #step: rol-afspreken #rating: matig]
  You're independent of the management, but still Vos's colleague. The mother asks for someone from outside, and there is one: the external confidential adviser. # feedback
+ [You say Ms Okafor takes over from now on. The mother gets what she asked for, and you, as a colleague, aren't caught in the middle. #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  ~ okafor = true
  You let go of Lieke while she still needs someone at school. The external adviser comes alongside you, not instead of you. Agree who does what. # feedback
- Mr Willems says there'll be a police report. I don't want that. Lieke would have to tell strangers everything. Can't this stay within the school? # speaker: moeder-lieke # discuss: Parents and pupil don't want a police report, and it happens anyway. Is that right? What counts more: their wishes or protecting other pupils?

+ [You say you'll pass their objection on to Mr Willems. Maybe it can go without a police report. #step: strafbaar #rating: matig]
  ~ valse_hoop = true
  Passing on their concern is decent, but you raise false hopes. With a reasonable suspicion the school board must report it to the police, even against their wishes. # feedback
+ [You reassure her: without the consent of Lieke and her parents there will be no police report. #step: strafbaar #rating: fout]
  ~ valse_hoop = true
  ~ vertrouwen = vertrouwen - 1
  Reassuring, but wrong. With a reasonable suspicion the school board must report it to the police; objections from parents or pupil don't change that. Soon they'll feel deceived. # feedback
+ [You explain that with a reasonable suspicion the school board must report it to the police, even if they object. But they can choose who supports Lieke and goes with her. #step: strafbaar #rating: goed]
  Good. Objections from parents or pupil don't stop the board's duty to report to the police. Honesty, with care for their worry, prevents false hopes. # feedback
  This isn't about whether Lieke did anything wrong. It's about making sure an adult at school can't do this again. # speaker: ik
- -> okafor_belt

=== okafor_belt ===
{okafor:
    Later Ms Okafor calls you, with the consent of Lieke and her mother. # sfx: trillen
    I don't have to report anything myself. But I told them it's good that it was reported. Lieke isn't ruining anything. # speaker: okafor
- else:
    Lieke's mother hasn't found anyone outside the school to talk to.
}
{valse_hoop:
    When the police report goes ahead anyway, Lieke's mother calls you, angry. # sfx: trillen
    You said it wasn't necessary. # speaker: moeder-lieke
}
-> veiligheid

=== veiligheid ===
A week later Lieke is sitting with you on her own. # scene: kamer-vp
Everyone asks where Mr Vos is. I just want to keep playing guitar. But I'm scared he'll come back. # speaker: lieke

+ [You advise Lieke to skip the band for a while. Then she won't get awkward questions. #step: veiligheid #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Now Lieke pays for what an adult did. Being safe means she can keep doing what she loves. Measures belong with the staff member. # feedback
  Lieke nods. Her guitar stays at home.
+ [You ask what she needs to feel safe. You pass it on to Mr Willems, who decides on measures, and check that it happens. #step: veiligheid #rating: goed]
  ~ veilig = 2
  ~ vertrouwen = vertrouwen + 1
  Good. Lieke says what she needs; the school board takes measures concerning staff. You are the link and check that they happen. # feedback
  That the band carries on, with someone else. And that he can't message me any more. # speaker: lieke
  Mr Willems arranges for a colleague from the music department to take the band. Vos is not allowed to contact pupils.
+ [You cancel band rehearsals yourself until everything is clear. Then nobody is at risk. #step: veiligheid #rating: matig]
  ~ veilig = 1
  Careful, but not your decision: the school board takes measures concerning staff. And Lieke loses her band, without anyone asking what she needs. # feedback
  The timetable says: rehearsal cancelled.
- -> ayla

=== ayla ===
The next day Ayla knocks on your door. # sfx: deur
People in the band say Lieke accused him to get attention. They don't even know what happened. What do I say? # speaker: ayla

+ [You thank Ayla for helping Lieke and say she needn't carry this alone. With Mr Willems you arrange a short talk with the band: factual, no names, and who they can talk to. #step: nazorg #rating: goed]
  ~ band = 2
  Good. Aftercare is also for the friend who helped carry this, and for the group. Factual, no names: rumours get less room and nobody points at Lieke. # feedback
+ [You go to the band yourself and tell them what happened, so they believe Lieke. #step: nazorg #rating: fout]
  You want to defend Lieke, but you make her case public without her wanting it. Tell a group only what's needed, without names. # feedback
  A day later all of 3 vwo knows.
+ [You tell Ayla it's best not to say anything about it. It'll blow over. #step: nazorg #rating: matig]
  ~ band = 1
  Silence protects Lieke's privacy. But Ayla is left alone with a hard question, and rumours run free. # feedback
- -> nazorg_knoop

=== nazorg_knoop ===
Six weeks later. The police are still investigating the report. At school things are quiet. # scene: personeelskamer
Lieke hasn't been to see you for a while. # channel: thought

+ [The case is with the board and the police. You close your file; Lieke knows where to find you. #step: nazorg #rating: fout]
  Quiet doesn't mean finished. Lieke won't come by herself, certainly not during the investigation. Keep in touch and check the arrangements work. # feedback
+ [You ask Ms Jansen, Lieke's form tutor (mentor), to keep an eye on her. She sees her daily. #step: nazorg #rating: matig]
  ~ nazorg = 1
  Involving the form tutor is good, but aftercare is your job too: talk to Lieke yourself and check the arrangements. # feedback
+ [You set regular times with Lieke, check with Mr Willems that the arrangements hold and mention the complaints committee. You also point her to De Kindertelefoon and Helpwanted.nl to talk anonymously. #step: nazorg #rating: goed]
  ~ nazorg = 2
  ~ vertrouwen = vertrouwen + 1
  Good. Aftercare means checking the measures work and Lieke feels safe. She knows where to go if the school falls short, and where to talk anonymously. # feedback
- -> preventie_knoop

=== preventie_knoop ===
Mr Willems asks for your advice for the staff meeting. What should the school learn from this? # scene: kantoor # discuss: A teacher messages a pupil privately about music. When is that being involved, and when does it cross a line? What should your team agree on?

+ [You advise team agreements: contact with pupils only via school channels, no Snapchat or private apps, never alone with a pupil after lessons or in the car. Plus lessons on grooming, and making the confidential advisers better known. #step: preventie #rating: goed]
  ~ preventie = 2
  Good. Team agreements make lines visible, for colleagues and pupils. And pupils who know the confidential adviser report sooner. # feedback
+ [You say it was one colleague. New rules for everyone only breed mistrust in a good team. #step: preventie #rating: fout]
  Without agreements nobody knows where the line is, and crossing it goes unnoticed. Prevention is about the whole team, not one person. # feedback
+ [You suggest emailing everyone the code of conduct again. #step: preventie #rating: matig]
  ~ preventie = 1
  A start, but an email is quickly clicked away. Make concrete agreements together, and make sure pupils know who to go to. # feedback
- -> einde

=== einde ===
{
  - gewaarschuwd:
    -> einde_gewaarschuwd
  - vertrouwen <= 1:
    -> einde_afgehaakt
  - vertrouwen >= 5 && gemeld == 2 && nazorg == 2 && band == 2 && veilig == 2 && bewijs:
    -> einde_beschermd
  - else:
    -> einde_stil
}

=== einde_beschermd ===
The report is with the police. For the time being Vos is not coming back to school. # scene: klaslokaal
The band is rehearsing again, with another teacher. Lieke plays her solo. Ayla sings.
Every two weeks you have a short chat with Lieke. Sometimes she still wonders if it was her fault. Then you tell her again: no.
{preventie == 2: At the staff meeting, agreements were made about contact with pupils. Nobody laughed.}
Reported fast, evidence kept, Lieke informed at every step. That's how it should go. # channel: thought # ending: Reported, protected, and Lieke is playing again
-> END

=== einde_stil ===
The report is with the police and for the time being Vos is not coming into school. Lieke is protected. # scene: gang
{
  - band < 2 || veilig < 2:
    But the band has fallen apart. Stories went round, and a few members have quit.
  - else:
    The band is playing again, but Lieke stands there without a word.
}
{vertrouwen < 5: She keeps the school at a distance, you included.}
{nazorg < 2: Nobody asks Lieke how she's doing any more. You don't either.}
{not bewijs: Without the deleted messages the police investigation is struggling.}
{gemeld < 2: That the school board only found out later keeps nagging at you.}
Her guitar stays at home more and more often. # ending: Vos is gone, but the damage remains
-> END

=== einde_afgehaakt ===
The school board has reported it to the police. For the time being Vos is not coming into school. On paper the case has been handled well. # scene: gang
But Lieke doesn't come to see you any more. {beloofd: You promised her something you couldn't keep.} {valse_hoop: Her mother feels misled about the police report.}
She has quit the band. She tells Ayla she will never tell an adult at school anything again. # ending: Reported, but Lieke pulls away
-> END

=== einde_gewaarschuwd ===
Vos knew before the school board informed him. He deleted messages and put pressure on Lieke. # scene: gang
{bewijs: Lieke's screenshots are with the police. The investigation goes on, but slowly: Vos denies everything.|There is hardly any evidence left. It's her word against his, and Vos denies everything.}
In the band, stories go round that Lieke is trying to ruin his name. She feels guilty, even though she did nothing wrong.
{vertrouwen >= 2: She still comes to see you.|She doesn't come to see you any more.}
He knew too soon. That was enough to make the trail go cold. # channel: thought # ending: Vos was warned
-> END
