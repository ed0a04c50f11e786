# id: cyberbaiting-student-en
# title: Can you film it?
# mode: student
# topic: cyberbaiting
# age: 12+
# minutes: 10
# summary: Your class wants to wind up Mr De Vries and film it for TikTok. Are you in?
# warning: This story is about a teacher who is provoked, filmed and laughed at online.
# lang: en
# pair: cyberbaiting-staff-en

VAR meedoen = false
VAR gefilmd = false
VAR gedeeld = false
VAR verteld = false
VAR bewijs = false

Sunday evening. You're lying on your bed with your phone. # scene: thuis # sfx: ping
tomorrow 3rd period geography 😈 # speaker: jurre # channel: chat
we're gonna wind up De Vries. everyone taps their pen when he turns round # speaker: jurre # channel: chat
and when he loses it ilias films it. guaranteed viral on tiktok # speaker: jurre # channel: chat
who's in?? # speaker: jurre # channel: chat
More and more thumbs-ups appear in the chat. # channel: thought

+ [You text: "haha I'm in" #step: zelfzorg #rating: fout]
  ~ meedoen = true
  It feels like a joke, and everyone is joining in. But pushing someone on purpose so you can film him and laugh at him is called cyberbaiting. It can really break a teacher. # feedback
+ [You text: "don't, that's really mean" #step: zelfzorg #rating: goed]
  Good. It's hard to be the only one who says something. But now they can see that not everyone thinks it's normal. # feedback
  whatever, boring # speaker: jurre # channel: chat
+ [You say nothing and put your phone away. #step: zelfzorg #rating: matig]
  You don't join in, and that's something. But if you say nothing, it looks like everyone is OK with it. # feedback
- Monday, third period. Mr De Vries turns to the board. # scene: klaslokaal
Tap. Tap-tap. All over the classroom, pens are tapping. Someone whispers "boomer". # sfx: typen
Ilias slides his phone over to you. # channel: narrator
can you film it? I'm too far away # speaker: ilias # channel: face

+ [You take the phone and film. Everyone's doing it anyway. #step: zelfzorg #rating: fout]
  ~ gefilmd = true
  By filming, you help to make fun of him. Once the video goes round, it can never be fully deleted. # feedback
+ [You say your battery is dead. #step: zelfzorg #rating: matig]
  An excuse works for now. But saying honestly that you don't want to is stronger. # feedback
+ [You slide the phone back and shake your head. #step: zelfzorg #rating: goed]
  Good. Secretly filming someone to put him online is not OK. You don't have to join in, even if your friend asks you. # feedback
- Then it happens. Mr De Vries turns round and shouts: "That's enough!" # speaker: de-vries
The whole class is in fits of laughter. Mr De Vries goes red and walks out of the room. # discuss: Is winding up a teacher and filming it just a joke? Where is the line between having a laugh and really hurting someone?

+ [After the lesson you go up to him and say you didn't think it was OK. #step: zelfzorg #rating: goed]
  Good. That takes courage. When people laugh at you, it helps to know that not everyone joined in. # feedback
  Thank you. I really appreciate that. # speaker: de-vries
+ [You laugh along. It WAS funny how red he went. #step: zelfzorg #rating: fout]
  ~ meedoen = true
  Laughing along feels harmless, but it makes things worse for him. Imagine the whole class laughing at you. # feedback
+ [You hurry off to your next lesson. #step: zelfzorg #rating: matig]
  That's understandable: you don't want to be part of it. But now he doesn't know that not everyone joined in. # feedback
- That evening. There's a video on TikTok from the account @3b_chaos. # scene: thuis # sfx: notificatie
mr de vries FLIPS OUT 💀💀 # speaker: schaduw-3b # channel: post
hahaha everyone needs to see this # speaker: jurre # channel: post
The video already has five thousand likes. In the class group chat, everyone is sending the link around. # channel: thought

+ [You send the link to your friends from football: "look, it's my teacher". #step: zelfzorg #rating: fout]
  ~ gedeeld = true
  Now you're spreading the video yourself. The more people have it, the harder it is to get it removed. # feedback
+ [You like it, but you don't send it on. #step: zelfzorg #rating: matig]
  A like seems small, but it pushes the video higher up. Then even more people see it. # feedback
+ [You don't send it on, and you don't like it. #step: zelfzorg #rating: goed]
  Good. Every like and every share makes the video spread further. Not joining in really helps. # feedback
- Mirthe messages you. # sfx: ping
this is going way too far. what should we do? # speaker: mirthe # channel: chat

+ [You take screenshots of the plans in the class group chat and of the account, with the date. You don't send them to anyone. #step: adviezen #rating: goed]
  ~ bewijs = true
  Good. With evidence, an adult can show what happened. Keep it, but don't share it. # feedback
+ [You download the video yourself and send it to Mirthe, "as evidence". #step: adviezen #rating: fout]
  ~ gedeeld = true
  Sending the video itself is spreading it, even if you mean well. A screenshot of the link and the plans is enough evidence. # feedback
+ [You say: "Nothing. Everyone will have forgotten by tomorrow." #step: adviezen #rating: matig]
  Online, things like this are not forgotten quickly. Saving evidence helps if adults need to deal with it. # feedback
- and the video itself? # speaker: mirthe # channel: chat

+ [You comment with a laughing emoji. #step: zelfzorg #rating: fout]
  That way you join in the laughing, and the video reaches even more people. # feedback
+ [You report the video to TikTok as bullying. On Meldknop.nl you read how that works. #step: zelfzorg #rating: goed]
  Good. Reporting it to the platform can get the video taken down. Meldknop.nl explains how to do it. # feedback
+ [You comment under it: "you lot are so sad". #step: zelfzorg #rating: matig]
  You mean well, but a comment gives the video even more attention. Reporting it works better. # feedback
- Tuesday. Mr De Vries isn't at school. "He's ill," says the timetable office. # scene: gang

+ [You go to your mentor, Ms Jansen, and tell her what happened. You show her your screenshots. #step: zelfzorg #rating: goed]
  ~ verteld = true
  Good. Getting help is not snitching. Your mentor or Ms Bakker, the school's confidential adviser (vertrouwenspersoon), knows what needs to happen. # feedback
  I'm glad you came to me. I'll make sure this is dealt with properly. Your name doesn't have to come up in class. # speaker: jansen
+ [You keep quiet. Nobody wants to be a snitch. #step: zelfzorg #rating: fout]
  That fear is very understandable. But now Mr De Vries is left on his own. You can also tell the confidential adviser, without the class knowing. # feedback
+ [You only tell your mum at home. #step: zelfzorg #rating: matig]
  It's good that you talk about it. But the school still doesn't know anything. Ask your mum to go to your mentor with you. # feedback
  ~ verteld = true
- A message appears in the class group chat. # sfx: ping
who snitched on us??? we'll find out 😡 # speaker: jurre # channel: chat

+ [You leave the class group chat. #step: veiligheid #rating: matig]
  Leaving the group gives you some peace. But also tell someone about the threatening message, so something can be done about it. # feedback
+ [You don't reply, and you show the message to Ms Jansen. #step: veiligheid #rating: goed]
  Good. Replying often makes it worse. An adult can make sure you are safe at school. # feedback
+ [You text back: "it was me, and I was right. bring it on." #step: veiligheid #rating: fout]
  Honest and brave, but it makes you a target. Leave it to the adults to deal with this. # feedback
- Friday. Mr De Vries is back. Ms Jansen is standing next to him at the front of the class. # scene: klaslokaal
We're going to talk about Monday. Who wants to say something about it? # speaker: jansen # discuss: Should you speak up when you don't agree with your class, even if it means standing alone?

+ [You say: "It was just a joke, he can take it, can't he?" #step: zelfzorg #rating: fout]
  ~ meedoen = true
  For the person being laughed at, it never feels like a joke. And the video is now online forever. # feedback
+ [You say nothing and look down at your desk. #step: zelfzorg #rating: matig]
  That's understandable in a talk like this. You can also tell Ms Jansen after the lesson. # feedback
+ [You say it went too far and that you feel bad for Mr De Vries. #step: zelfzorg #rating: goed]
  Good. By saying it out loud, you make it easier for others to do the same. # feedback
- {verteld and bewijs: -> afspraak}
- -> slot

=== afspraak ===
After the lesson, Ms Bakker, the confidential adviser, asks if you want to help think of ideas. # scene: kamer-vp
What kind of agreement would help your class? # speaker: bakker

+ [No agreements needed, this will never happen again anyway. #step: preventie #rating: fout]
  Right after something like this is a good time to make agreements together. Then it's less likely to happen again. # feedback
+ [Nobody films in class without permission, and anyone who sees something can always tell you or the mentor. #step: preventie #rating: goed]
  Good. Rules that a class makes together are easier to stick to. And everyone knows where they can go for help. # feedback
+ [All phones stay in a locker all day. #step: preventie #rating: matig]
  That can help, but it's about more than phones: it's also about how you treat each other, online and in class. # feedback
- -> slot

=== slot ===
{
- (gefilmd or gedeeld):
  You get called in to see the team leader too: your name is linked to the video. You feel ashamed, and your parents get a phone call. # ending: You're part of it too
- verteld and bewijs and not meedoen:
  Ilias and Jurre apologise to Mr De Vries. The video is offline. In 3B, nobody films anymore without asking first. # ending: The video is gone and 3B apologises
- else:
  The video is gone, but people in class still laugh about it. From now on, Mr De Vries teaches with the door open. # ending: The video is gone, but things are still tense
}
-> END
