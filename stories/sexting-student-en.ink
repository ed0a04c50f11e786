# id: sexting-student-en
# title: Not your photo
# mode: student
# topic: sexting
# age: 12+
# minutes: 14
# summary: A nude photo of your friend Noor turns up in your class's Snapchat group. What do you do?
# warning: This story is about a nude photo that is sent on without permission. There are no images in it. You can stop at any time.
# lang: en
# pair: sexting-staff-en

VAR snel = 0
VAR steun = 0
VAR doorgestuurd = false
VAR getoond = false
VAR ruzie = false
VAR verwijt = false
VAR geheim = false
VAR volwassene = false
VAR verteld = false
VAR meegelachen = false

Tuesday evening, quarter to ten. You're lying on your bed with your phone. # scene: thuis
You're in class 3H. Noor and Sara are your best friends in the class.
Your phone buzzes. It's 3H chat, the class Snapchat group. # sfx: trillen
yo look what daan just sent me 👀 # speaker: milan # channel: chat # sfx: ping
In the group it says: Milan sent a snap.
wait... is that NOOR?? # speaker: groep-3h # channel: chat
😳😳😳 # speaker: groep-3h # channel: chat
dont send it on ok 🤫😂 # speaker: milan # channel: chat
Noor and Daan from 4 havo, the year above, broke up last weekend. # channel: thought
You don't have to open the snap. You already know what's in it. # channel: thought

+ [You open it for just a second. Maybe it's fake, and then there's nothing to worry about. #step: zelfzorg #rating: matig]
  It makes sense that you want to know for sure what's going on. But you don't need to see the photo to know this is wrong. Real or fake: Noor never said yes to this. # feedback
  After one second you close it. You wish you hadn't done it.
+ [You don't open the snap. What's in it isn't meant for you. #step: zelfzorg #rating: goed]
  Good. The photo was only meant for Daan. Not looking is also a way to protect Noor. # feedback
+ [You open it and show your big sister. She'll know what to do. #step: zelfzorg #rating: fout]
  ~ getoond = true
  Asking your sister for help is a good idea. But you don't need to show her the photo: now one more person sees something that wasn't meant for her. Tell her what's happening, without the photo. # feedback
  Your sister looks away. "You shouldn't have shown me that."
- -> groep

=== groep ===
The group keeps going. # sfx: ping
haha chill its just a photo # speaker: milan # channel: chat
she sent it herself anyway 🤷 # speaker: groep-3h # channel: chat
who still has it? its already gone on mine # speaker: groep-3h # channel: chat
Fifteen people have already opened the snap. Noor is offline. # channel: thought # discuss: "She sent it herself anyway." Noor chose to send the photo, only to Daan. Where does it go wrong: when she sent it, or when it was sent on?

+ [You type: "Milan, you're sick. Just wait till tomorrow, then it's your turn." #step: zelfzorg #rating: fout]
  ~ ruzie = true
  Being angry makes total sense. But a threat makes the fight bigger, and it can turn against you. Say briefly that it's not okay, and leave the rest to adults. # feedback
  haha threats 😂 screenshotted # speaker: milan # channel: chat
+ [You say nothing in the group. If you say something now, you might be the next target tomorrow. #step: zelfzorg #rating: matig]
  That fear is very understandable. But if everyone stays quiet, it looks like the whole class thinks this is normal. At least tell an adult. # feedback
+ [You type: "This is Noor. This is not okay. Don't send it on." #step: zelfzorg #rating: goed]
  ~ snel = snel + 1
  Good. One short, clear message shows that not everyone is going along with it. Then others often dare to speak up too. # feedback
  this is not ok. dont send it on. # speaker: ik # channel: chat
  yeah seriously. this isnt normal # speaker: groep-3h # channel: chat
  ok ok calm down 🙄 # speaker: milan # channel: chat
- -> sara

=== sara ===
Then Sara sends you a private message. # sfx: ping
did u see it?? this makes me feel sick # speaker: sara # channel: chat
we need proof if we go to school about this # speaker: sara # channel: chat
i didnt open the snap. can u screenshot the photo and send it to me? # speaker: sara # channel: chat

+ [You screenshot the chat: Milan's name, the time and the replies, but not the photo. Then you report Milan and the snap in Snapchat. #step: adviezen #rating: goed]
  ~ snel = snel + 1
  Good. Proof is who sent what, when and where: you don't need the photo itself for that. If you report it, Snapchat can take it down faster. # feedback
  not the photo. i screenshotted the chat, it shows who sent it. and i reported it # speaker: ik # channel: chat
  smart. ok 👍 # speaker: sara # channel: chat
+ [You do nothing. Snapchat deletes snaps by itself anyway. Soon it'll just be gone. #step: adviezen #rating: matig]
  That sounds logical, but anyone could have saved the photo already. And without proof, school and the police can do less. Screenshot the chat, without the photo, and report it. # feedback
  forget it. snapchat deletes it anyway # speaker: ik # channel: chat
+ [You screenshot the photo and send it to Sara. Then you both have proof for school. #step: adviezen #rating: fout]
  ~ doorgestuurd = true
  You want to help Noor, that's clear. But saving or sending on a nude photo of someone under 18 is a crime, even "as proof". Only keep who sent it and when, without the photo. # feedback
  A message appears under the snap in the group: you took a screenshot. Everyone can see it.
- -> noor

=== noor ===
Noor is still offline. She probably doesn't know yet. # channel: thought
should we tell noor? or let her sleep first # speaker: sara # channel: chat

+ [You don't tell her tonight. Maybe it'll be gone tomorrow, and she'll never have to know. #step: eerste-opvang #rating: matig]
  You want to spare her the pain, that's kind. But she'll find out anyway, maybe from someone who doesn't mean well. The sooner she knows, the sooner she can get help. # feedback
+ [You only send Noor: "have u seen 3H??" Then she'll see it for herself. #step: eerste-opvang #rating: fout]
  ~ verteld = true
  It's hard to be the one who has to tell her. But this way she sees it all on her own, with all the comments too. It's better to tell her yourself, and say you're there for her. # feedback
+ [You send Noor: "Something's going round in 3H. I'm here for you. Can I call you?" #step: eerste-opvang #rating: goed]
  ~ verteld = true
  ~ steun = steun + 1
  Good. This way she hears it from someone who cares about her, not from a stranger. You show her right away that she's not on her own. # feedback
- -> bellen

=== bellen ===
{ verteld:
    Ten minutes later, Noor calls.
  - else:
    At eleven, Noor calls. Someone from 4 havo sent her a screenshot.
}
You can hear that she's crying.
Everyone's seen it. Everyone. # speaker: noor
I only sent it to Daan. Only to him. How could he do this? # speaker: noor

+ [You say: "I'm sure it'll blow over soon. In a week nobody will be talking about it." #step: eerste-opvang #rating: matig]
  You want to make her feel better, that's kind. But it makes it sound like it's not that bad. Listen first, and tell her it's not her fault. # feedback
+ [You ask: "But why did you ever send it to Daan? You knew what he's like, right?" #step: eerste-opvang #rating: fout]
  ~ verwijt = true
  You're shocked and you want to understand, but a question like that feels like blame. Choosing to send a photo to your boyfriend is not a crime; sending it on without permission is. The blame is on whoever sent it on. # feedback
  It goes quiet for a moment. Then Noor says softly: "So you think it's my fault too."
+ [You say: "This is not your fault. Daan and Milan are doing something really wrong, not you." Then you let her talk. #step: eerste-opvang #rating: goed]
  ~ steun = steun + 1
  Good. You listen, and you say what she needs most right now: it's not her fault. Whoever sends the photo on is the one crossing the line. # feedback
- Noor sniffs.
Don't tell anyone, okay? Promise. If my mum hears about this, she'll totally lose it. # speaker: noor

+ [You promise. It's her photo and her life. She decides. #step: zelfzorg #rating: fout]
  ~ geheim = true
  It feels loyal, and Noor should definitely have a say. But the longer no adult knows, the further the photo can spread. Promise to support her, not to stay quiet. # feedback
  I promise. # speaker: ik
+ [You say: "I can't promise that. But I won't do anything behind your back. Shall we go to Ms Bakker together tomorrow? She's the school's confidential adviser." #step: zelfzorg #rating: goed]
  ~ snel = snel + 1
  ~ steun = steun + 1
  Good. This is too big to keep secret between the two of you: the photo has to go, and you need adults for that. You're honest, and Noor gets a say in how. # feedback
  Okay. If you come with me. # speaker: noor
+ [You promise. But after the call, you secretly tell your dad anyway. #step: zelfzorg #rating: matig]
  ~ volwassene = true
  It's good that an adult knows now. But breaking a promise behind her back can cost you her trust. It's better to say honestly that you can't keep this a secret. # feedback
  Your dad listens. "Good that you told me," he says. "The school needs to know about this tomorrow."
- -> milan

=== milan ===
Half past eleven. You want to go to sleep. Then Milan sends you a private message. # sfx: ping
{ ruzie:
    u threatening me? everyone's already seen ur message lol 😂 # speaker: milan # channel: chat
}
ur close with noor right. got any more of her? 😏 # speaker: milan # channel: chat
or send something urself. or are u too scared # speaker: milan # channel: chat
You feel hot with anger. # channel: thought # discuss: Daan sent the photo to Milan "just to show him". Is showing something to one friend also sending it on? And what does pressure like "are you too scared" do to you?

+ [You don't reply. You screenshot his message, block Milan and report him in Snapchat. #step: zelfzorg #rating: goed]
  ~ snel = snel + 1
  Good. You don't have to answer this: pushing someone to send a photo is not okay. Save it, block and report; on Meldknop.nl you can read what else you can do. # feedback
+ [You read it, put your phone away and don't tell anyone. He just wants attention. #step: zelfzorg #rating: matig]
  Not replying is smart. But he's putting pressure on you, and you don't have to let that go. Take a screenshot, block him and report it. # feedback
+ [You reply: "You're so pathetic. Tomorrow the whole school will know what you did." #step: zelfzorg #rating: fout]
  ~ ruzie = true
  It makes sense that you want to hit back. But fighting him online on your own turns it into a feud, and he can use your words against you. Don't reply, save the message and tell an adult. # feedback
  good luck with that 😂 # speaker: milan # channel: chat
- -> wiskunde

=== wiskunde ===
Wednesday, first lesson. Maths with Mr Smit. # scene: klaslokaal # sfx: bel
Noor's chair is empty. So is Sara's.
noor is with me in the toilets by the stairs. shes too scared to come to class # speaker: sara # channel: chat # sfx: trillen
I hear something is going round in your group. A photo. # speaker: smit
Everyone, put your phone on the desk now, unlocked. I want to see how bad it is. # speaker: smit
It goes dead quiet. # channel: thought

+ [You put your phone on the desk and open the snap for him. He's a teacher, he needs to know how bad it is. #step: adviezen #rating: fout]
  ~ getoond = true
  You want an adult to take it seriously, and that's good. But showing the photo doesn't help anyone, not even a teacher. Say what happened and who sent it: that's enough. # feedback
  Mr Smit looks. Then he quickly looks away and slides your phone back.
+ [You put your hand up: "Sir, nobody should see that photo any more. Can't this go through Ms Jansen or Ms Bakker?" #step: adviezen #rating: goed]
  Good. An adult doesn't need to see the photo to help either. The fewer people see it, the better for Noor. # feedback
  Mr Smit hesitates. Then he nods.
  Hm. Maybe you're right. # speaker: smit
+ [You put your phone on the desk, like everyone else. You don't say anything. #step: adviezen #rating: matig]
  Doing what a teacher says makes sense. But this way someone might look at the photo again. You can politely say that this should go through your mentor or the confidential adviser. # feedback
- Then Ms Jansen, your class mentor, comes in. After a quick talk in the corridor, Mr Smit says: "Phones back in your bags. Ms Bakker, the school's confidential adviser (vertrouwenspersoon), will deal with this."
-> pauze

=== pauze ===
Break time. You find Noor and Sara by the toilets near the stairs. # scene: gang # sfx: bel
Noor's eyes are red.
{ verwijt:
    She hardly looks at you.
}
My mum saw me crying. Now she knows. She's so angry. She wants them all kicked out of school. # speaker: noor
I just want to go home. # speaker: noor

+ [You say: "Just leave it. If you go to a teacher, it'll only get bigger." #step: zelfzorg #rating: fout]
  You want to save Noor from even more trouble, that's understandable. But staying quiet won't make the photo go away. An adult can actually help to get it removed. # feedback
  Noor nods. But in the third lesson, Ms Jansen takes her and Sara out of class anyway. They go to Ms Bakker.
+ [You go to Ms Jansen yourself and tell her everything. Then Noor doesn't have to do anything. #step: zelfzorg #rating: matig]
  ~ volwassene = true
  Getting an adult involved is good. But ask Noor what she wants, and go together if you can. Then she stays in charge of her own story. # feedback
  Ms Jansen listens and says: "Thank you. I'll take Noor to Ms Bakker." Later you see Noor going in with Sara.
+ [You say: "Shall we walk to Ms Bakker together? You decide what you tell her." #step: zelfzorg #rating: goed]
  ~ volwassene = true
  ~ steun = steun + 1
  Good. The confidential adviser listens, helps to get the photo removed and looks at what Noor needs. Going together makes that step much smaller. # feedback
  At Ms Bakker's door, Noor asks: "Sara, will you come in with me?" You wait in the corridor. An hour later they come out. "Thanks," Noor says.
- -> avond

=== avond ===
Wednesday evening. # scene: thuis
{ ruzie:
    Milan showed your message to Mr El Amrani, the team leader. Tomorrow you have to go and see him too. # channel: thought
}
Noor messages you. # sfx: ping
ms bakker is going to talk to the police with me and my mum. officer visser # speaker: noor # channel: chat
but what if people saved it? then ill never get rid of it # speaker: noor # channel: chat

+ [You say: "Just ask everyone to delete it. Most people will." #step: adviezen #rating: matig]
  Asking people to delete it can help, but you never know for sure if they do. There is help that goes further: Helpwanted.nl helps to get photos offline. # feedback
+ [Together with Noor, you look on Helpwanted.nl for how to get a photo offline. She can also chat with someone there without giving her name. #step: adviezen #rating: goed]
  ~ snel = snel + 1
  Good. Helpwanted.nl helps young people get nude photos taken off the internet, and you can talk to them anonymously. Together with school and the police, that's the best chance. # feedback
  ok. ill show ms bakker ❤️ # speaker: noor # channel: chat
+ [You post in 3H chat: "Anyone who still has that photo: show me your camera roll tomorrow. Or your name goes to the police." #step: adviezen #rating: fout]
  ~ ruzie = true
  You want to win back some control for Noor, that's understandable. But you can't check people's phones yourself, and threats only make it bigger. Leave the searching to the school, the police and Helpwanted.nl. # feedback
  who do u think u are 😂 # speaker: groep-3h # channel: chat
- -> week

=== week ===
A week later. Noor is back at school. # scene: kantine
A few boys from 4 havo are sitting behind you. One of them holds up his phone and says loudly: "Noor, send me something too!" The others laugh.
Noor freezes. # discuss: What can the class do so that Noor feels safe at school again? And what should you really not do?

+ [You laugh along a bit, so it's over sooner. Noor knows you don't mean it. #step: nazorg #rating: fout]
  ~ meegelachen = true
  Laughing along feels like the easiest way out. But to Noor it feels like you're on their side too. A short "cut it out" and telling an adult helps more. # feedback
+ [You say out loud: "Cut it out. Not funny." After the break, you tell Ms Jansen so she can keep an eye on it. #step: nazorg #rating: goed]
  ~ steun = steun + 1
  Good. You don't leave Noor on her own, and your mentor knows it isn't over yet. That way the school can check if what they agreed is working. # feedback
  Cut it out. Not funny. # speaker: ik
  The boys mutter something, but they stop. Noor holds on to your arm for a moment.
+ [You pretend you didn't hear it. If you react, it'll only get worse. #step: nazorg #rating: matig]
  You don't want to make it bigger, that's understandable. But Noor does hear it, and it might keep going. At least tell your mentor or Ms Bakker. # feedback
- -> einde

=== einde ===
{
  - doorgestuurd:
    -> deel_van_probleem
  - snel >= 3 && steun >= 3 && not verwijt && not meegelachen:
    -> samen_sterk
  - snel >= 3:
    -> weg_maar_afstand
  - else:
    -> blijft_rondgaan
}

=== samen_sterk ===
Two weeks later. # scene: schoolplein
Snapchat has removed the snap. Helpwanted.nl and Officer Visser are helping to make sure it doesn't turn up anywhere again.
Daan and Milan have had talks with Officer Visser and with Mr El Amrani from the school leadership.
{ getoond:
    You showed the photo that one time. You'll never do that again.
}
{ ruzie:
    Mr El Amrani also had a talk with you about your angry messages. "Being angry is okay," he said. "Threatening people isn't."
}
Ms Bakker asks Noor every week how she's doing. Noor is smiling again. On the bike ride home she says: "I wouldn't have got through that week without you and Sara." # ending: Gone fast, and Noor isn't alone
-> END

=== weg_maar_afstand ===
Two weeks later. # scene: schoolplein
The photo can't be found anywhere any more. Snapchat, the school and Officer Visser acted fast.
Daan and Milan have had talks with the police and with Mr El Amrani.
{
  - verwijt:
    But that one question on the phone still hangs between you. Why did you ever send it?
  - meegelachen:
    But Noor hasn't forgotten the laughing in the canteen.
  - geheim:
    But Noor knows you didn't tell a single adult. She needed you more than that back then.
  - else:
    But when Noor needed you most, you weren't really there. Now she mostly talks to Sara.
}
At break, Noor sits with other people more often. You miss her.
It's not too late to make it right. Just say honestly: "That wasn't okay of me. It was never your fault." # ending: The photo is gone, the friendship is hurt
-> END

=== blijft_rondgaan ===
On Friday, the photo turns up in a group at another school. # scene: thuis # sfx: notificatie
Someone saved it on Tuesday evening, before anyone reported it.
Noor stays at home for a week. Ms Bakker, Officer Visser and Helpwanted.nl are working together to get the photo removed. That takes time.
{ geheim:
    On Tuesday evening, no adult knew about it yet. Every hour counted, and nobody said anything.
}
The faster a photo like this is reported and an adult knows, the smaller the chance that it spreads. # channel: thought
If a photo of you or a friend ever goes round: report it, tell an adult and look at Helpwanted.nl. You can also talk to someone at De Kindertelefoon, the free helpline for young people, without giving your name: 0800-0432. # ending: The photo keeps going round
-> END

=== deel_van_probleem ===
On Thursday you're taken out of class. # scene: kantoor
Someone told Mr El Amrani about your screenshot of the photo. Officer Visser is there too, and so is your dad.
Saving or sending on a nude photo of someone under 18 is a crime. Even if you wanted to help. # speaker: wijkagent
The photo has to go, from your phone and from Sara's. And we'll talk with you and your parents about what happens next. # speaker: wijkagent
That evening, Noor messages you. # sfx: ping
u too? # speaker: noor # channel: chat
You wanted proof. Now you're part of the problem yourself. # channel: thought
Ever not sure what to do with a photo like this? Only keep who sent it and when, never the photo itself. On vraaghetdepolitie.nl you can read what is against the law. # ending: You sent it on too
-> END
