# id: grooming-student-en
# title: Just for you
# mode: student
# topic: grooming
# age: 12+
# minutes: 14
# summary: Mr Vos from the school band messages you more and more often, later and later, and more and more personally. When is being nice no longer okay?
# warning: This story is about an adult who crosses the line with a pupil, step by step (grooming). There are no images or sexual details in it. You can stop at any time.
# lang: en
# pair: grooming-staff-en

VAR mee = 0
VAR prive = false
VAR snap = false
VAR bewijs = false
VAR ayla_weet = false
VAR foto = false
VAR gewaarschuwd = false
VAR gestopt = false
VAR laat = false
VAR mama_weet = false
VAR ayla_verteld = false
VAR mama_belde = false
VAR gewist = false

Your name is Lieke. You're in 3 vwo, the third year of the pre-university stream, and you play guitar in the school band. # scene: thuis
Mr Vos, the music teacher, runs the band. Everyone likes him. So do you.
It's evening. In the band group on the school app, you ask which chords go with the chorus.
At twenty to eleven your phone buzzes. A WhatsApp from a number you don't know. # sfx: trillen
Hi Lieke, it's Vos 🙂 I'll just send you the chords privately. # speaker: vos # channel: chat # sfx: ping
You're really more grown-up than the rest, you know that? # speaker: vos # channel: chat
And outside lessons just call me Mark, ok? # speaker: vos # channel: chat
Your cheeks go warm. # channel: thought # discuss: A teacher sends you a private compliment in the evening. When is that still just being nice, and when is it not?

+ [You don't reply. It feels weird, but it's probably nothing. #step: zelfzorg #rating: matig]
  Not replying is fine. But that weird feeling is an important signal. You can always tell someone you trust about it. # feedback
+ [You reply: "Thank you! Can you put them in the band group too?" #step: zelfzorg #rating: goed]
  Good. Band things belong in the band group, where everyone can read along. A teacher who wants to help can just do it in the open. # feedback
  Haha, sure. But this is easier 😉 # speaker: vos # channel: chat
+ [You reply happily: "Thanks Mark! 😊" It's nice that he notices you. #step: zelfzorg #rating: fout]
  ~ mee = mee + 1
  ~ prive = true
  Of course a compliment feels nice. But a teacher who messages you privately late at night to say you're "more grown-up" is crossing a line. That's on him, not on you. # feedback
- -> snapchat

=== snapchat ===
Two weeks later. Mr Vos messages you almost every evening. Sometimes at half past eleven. # scene: thuis
{prive:You chat about all kinds of things. He even knows you had a fight with your brother.}
Shall we move to Snapchat? The messages disappear there. Much easier 😉 # speaker: vos # channel: chat # sfx: ping

+ [You say you don't have Snapchat. That way you don't have to say no. #step: zelfzorg #rating: matig]
  That makes sense: saying no to a teacher is hard. But he'll keep trying. You're always allowed to say a clear no, and tell someone he asked this. # feedback
+ [You add him on Snapchat. Everyone uses it anyway. #step: zelfzorg #rating: fout]
  ~ mee = mee + 1
  ~ snap = true
  Snapchat is normal between friends. But an adult who wants to talk to a pupil where messages disappear doesn't want anyone to see them later. That's a warning sign. It's his choice, not yours. # feedback
+ [You reply: "I'd rather not. Band stuff can go on the school app." You take a screenshot. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Good. You say what you want, and you keep evidence. An adult who wants to talk where messages disappear is a big warning sign. # feedback
- -> geheim

=== geheim ===
A week later. Quarter past eleven. # sfx: ping
Are you asleep yet? I was thinking about you. About your solo, I mean 😉 # speaker: vos # channel: chat
This stays between us, right? The others wouldn't get it. # speaker: vos # channel: chat
The next day in the canteen, Ayla looks at you. She's your best friend and she sings in the band. # scene: kantine
Who keeps messaging you? 👀 # speaker: ayla
Your stomach turns. # channel: thought # discuss: "This stays between us." When is a secret okay, and when should you tell someone?

+ [You show Ayla all the messages. #step: zelfzorg #rating: goed]
  ~ ayla_weet = true
  Good. A secret that makes your stomach turn is not one you have to keep. "This stays between us" is a well-known trick to keep someone on their own. # feedback
  Lieke... a teacher sending this? This is really not normal. # speaker: ayla
+ [You laugh and tell Ayla that Vos messages you sometimes. She has to promise not to say anything. #step: zelfzorg #rating: matig]
  ~ ayla_weet = true
  It's good that Ayla knows something. But a secret like this is too heavy for just a friend. And you don't have to protect him. # feedback
+ [You say: "Nobody, just my cousin." You don't want to get him into trouble. #step: zelfzorg #rating: fout]
  Lots of young people want to be loyal. But that's exactly what a secret like this is for: to keep you on your own with it. You're not getting him into trouble. He's doing that himself. # feedback
- -> repetitie

=== repetitie ===
Week four. After band practice, everyone packs up their things. # scene: klaslokaal # sfx: bel
Lieke, can you stay a bit? Then we'll work on your solo. It goes better with just the two of us. # speaker: vos

+ [You stay. He's your teacher, and that solo really needs work. #step: veiligheid #rating: fout]
  ~ mee = mee + 1
  Of course you trust your teacher. But an adult who keeps wanting to be alone with you is crossing a line. You can always say you won't stay on your own. # feedback
  He shuts the door and sits down very close to you. "You're different from other girls your age."
  Your fingers are shaking. All you want is to get out.
+ [You stay, but you ask {ayla_weet:Ayla|someone from the band} to wait in the corridor. #step: veiligheid #rating: matig]
  Smart to have someone close by. But you don't have to stay alone with a teacher who makes you feel uncomfortable. You're allowed to say no. # feedback
  After five minutes he says: "Never mind. Next time, when it's quieter."
+ [You say: "Can we do it at the next practice?" and walk out with the others. #step: veiligheid #rating: goed]
  Good. You make sure you're not alone with him. You can practise with the rest of the band there too. # feedback
- -> lift

=== lift ===
A week later it's pouring with rain after practice. # scene: schoolplein
At the bike racks, a car stops next to you. The window goes down.
Get in, I'll drive you home. Your mum doesn't need to know about it. # speaker: vos

+ [You say: "No, thank you." Back inside, you text your mum to ask if she can pick you up. #step: veiligheid #rating: goed]
  Good. You don't get into a car with someone who says your parents don't need to know. And your mum knows where you are. # feedback
+ [You get in. It's raining so hard, and he's a teacher. #step: veiligheid #rating: fout]
  ~ mee = mee + 1
  That's very understandable in this weather. But "your mum doesn't need to know" is an alarm bell. An adult who means well wants your parents to know. # feedback
  "So, do you have a boyfriend?" he asks. He drops you off at the corner of your street. Not at your front door.
+ [You say no and cycle home alone in the rain. At home you don't say anything. #step: veiligheid #rating: matig]
  Saying no is good! But nobody knows what happened. Tell someone you trust, even if it was "only" a lift. # feedback
- -> outfit

=== outfit ===
That evening. {snap:A snap from Mark.|A WhatsApp from Mr Vos.} # scene: thuis # sfx: ping
Send me a photo of your new outfit for the concert? Just for me 😉 # speaker: vos # channel: chat

+ [You send a photo of just the clothes, lying on your bed. #step: zelfzorg #rating: matig]
  Smart that you're not in the photo yourself. But you're still going along with his secret request, and then there's often another one. No is an answer too. # feedback
  Haha, I meant with you in it of course 😉 # speaker: vos # channel: chat
+ [You don't send anything. You take a screenshot of what he asked. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Good. You don't have to send anything or explain anything. The screenshot will show later what he asked. # feedback
+ [You send a mirror selfie in your outfit. They're just clothes, right? #step: zelfzorg #rating: fout]
  ~ mee = mee + 1
  ~ foto = true
  It seems harmless. But an adult who asks a pupil for a photo "just for me" is looking for the next step. It's never your fault that he asks. # feedback
  Wow. You look really older like that 😍 # speaker: vos # channel: chat
  You feel sick.
- -> bewaren

=== bewaren ===
You're lying awake, scrolling through everything he sent.
{snap:On Snapchat, most of the messages are already gone.}

+ [You screenshot everything. What's already gone, you write down with the date and time. #step: adviezen #rating: goed]
  ~ bewijs = true
  Good. Screenshots and a list are evidence. {snap:Snapchat might tell him you took a screenshot. That's okay: your safety comes first.|He can delete WhatsApp messages for everyone, so save them now.} # feedback
+ [You delete all your chats with him. You never want to see them again. #step: adviezen #rating: fout]
  ~ bewijs = false
  ~ gewist = true
  That's very understandable. But now your evidence is gone. It's better to put screenshots in a separate folder, so you don't have to keep seeing them. # feedback
+ [You leave everything as it is. Taking screenshots feels like betraying him. #step: adviezen #rating: matig]
  You don't have to protect him. He can delete messages, and on Snapchat they disappear by themselves. A screenshot protects you. # feedback
- -> week6

=== week6 ===
Week six. Your replies are getting shorter and shorter. He notices. # sfx: ping
Why are you being so distant? I thought we had something special 😔 # speaker: vos # channel: chat
You feel angry. And scared. # channel: thought

+ [You quit the band and leave the band group. You don't tell anyone why. #step: zelfzorg #rating: matig]
  ~ gestopt = true
  Keeping your distance makes sense. But now you lose something you love, and he carries on, maybe with someone else. Tell an adult why. # feedback
+ [You stop replying. You decide: tomorrow I'll tell an adult. #step: zelfzorg #rating: goed]
  Good. You don't owe him an explanation. And this is too big to carry on your own. # feedback
+ [You send: "I know what you're doing. If you don't stop, I'll tell someone." #step: zelfzorg #rating: fout]
  ~ gewaarschuwd = true
  That's really brave. But if you face him alone and online, he can delete messages and put pressure on you. Leave that to adults. # feedback
  Nobody is going to believe I did anything wrong, Lieke. # speaker: vos # channel: chat
  A little later, all his messages are gone.
- -> vertellen

=== vertellen ===
The next day. # scene: gang
{ayla_weet:Ayla grabs your arm. "You have to tell someone, Lieke. I'll come with you."|Next to the library there's a poster: Ms Bakker, the school's confidential adviser (vertrouwenspersoon).}

+ [Tonight you chat with De Kindertelefoon, without giving your name. At school you say nothing. #step: zelfzorg #rating: matig]
  ~ laat = true
  It's good that you talk to someone: you can do that without your name at De Kindertelefoon, the free helpline for young people (0800-0432), or at Helpwanted.nl. But they can't stop Mr Vos. Someone at school can. # feedback
  That evening someone from De Kindertelefoon writes: "It's not your fault. Is there someone at school you trust?" # scene: thuis
  It takes another week before you dare. Then you walk{ayla_weet: with Ayla} to Ms Bakker.
  -> bakker
+ [You say nothing. The school year is almost over. Then it'll stop by itself. #step: zelfzorg #rating: fout]
  It's very understandable to hope for that. But this rarely stops by itself; often it gets worse. You don't have to carry it on your own. # feedback
  -> zwijgen
+ [You go{ayla_weet: with Ayla} to Ms Bakker, the school's confidential adviser. #step: zelfzorg #rating: goed]
  Good. This is exactly what the confidential adviser is there for. She listens, and she makes sure something is done to protect you. # feedback
  -> bakker

=== zwijgen ===
Two weeks later. On Saturday the band has its concert. # scene: thuis # sfx: ping
{gestopt:
    Are you coming to watch on Saturday? I miss you. # speaker: vos # channel: chat
}
After the concert I'll drive you home. Then we can finally talk properly. Just us. # speaker: vos # channel: chat

+ [You reply: "Okay." If you say no, he might get angry. #step: zelfzorg #rating: fout]
  That fear is very understandable. But you don't have to go with him, not even if he gets angry. Tell an adult, or call De Kindertelefoon. # feedback
  -> na_zwijgen
+ [You text your mum: "Can you pick me up on Saturday? I need to tell you something." #step: zelfzorg #rating: goed]
  ~ mama_weet = true
  ~ laat = true
  Good. It's never too late to tell someone. Your mum can protect you and go to school with you. # feedback
  That evening you tell your mum everything. The next morning you go to Ms Bakker together.
  -> bakker
+ [You say okay, as long as Ayla comes in the car too. #step: veiligheid #rating: matig]
  Smart that you don't want to be alone. But this way the secret carries on, and Ayla can't protect you. Tell an adult. # feedback
  -> na_zwijgen

=== na_zwijgen ===
{ayla_weet:
    ~ ayla_verteld = true
    ~ laat = true
    Ayla sees the message on your screen. On Friday she goes to Ms Jansen, your class mentor. Ms Jansen takes you both straight to Ms Bakker. # scene: gang
    You promised! # speaker: ik
    I was so scared for you. # speaker: ayla
    -> bakker
}
-> alleen

=== bakker ===
Ms Bakker closes the door. # scene: kamer-vp # sfx: deur
{mama_weet:Your mum is sitting next to you.|{ayla_weet:Ayla is sitting next to you.}}
You tell her everything, from the very first message. She listens and lets you finish.
{
  - bewijs:
    You show her the screenshots.
  - snap || gewaarschuwd || gewist:
    Lots of the messages are gone. You're scared that's bad.
    That doesn't matter. What you tell me counts too. # speaker: bakker
  - else:
    You show her the chat.
}
{bewijs || not (snap || gewaarschuwd || gewist):
    Well done for saving this. Keep it on your own phone, and don't send it to anyone. # speaker: bakker
}
You can't tell anyone, okay? Promise? # speaker: ik
I can't promise that, Lieke. I'm being honest with you. # speaker: bakker
If someone from school crosses the line with a pupil, I have to report it straight away to the school board, to Mr Willems. That's the rule for everyone at school. It's to protect you and others. # speaker: bakker
Your class and the band don't need to know anything. And you haven't done anything wrong. He's the adult. # speaker: bakker
For a moment you don't say anything. # discuss: Ms Bakker won't promise to keep it secret. Is that betrayal, or is it protection?

+ [You ask if she could talk to Mr Vos herself first. Then maybe he'll stop. #step: zelfzorg #rating: matig]
  It makes sense that you want the smallest step. But then he's been warned, and he can delete evidence or put pressure on you. This has to go through the school board. # feedback
  I'm not going to do that. This goes to the school board today. # speaker: bakker
+ [You say: "Forget it. I'm probably overreacting. It was only messages." #step: zelfzorg #rating: fout]
  You're not overreacting. Step by step he went further over the line: that's how grooming works. Making it smaller doesn't protect you. # feedback
  You're not overreacting. I'm still going to report it, and I'll tell you what happens. # speaker: bakker
+ [You say: "It's scary. But I want it to stop. What happens now?" #step: zelfzorg #rating: goed]
  Good. An adult who is honest about what she can and can't promise is someone you can trust. Now you know what's coming. # feedback
  The school board will talk to the Inspectorate of Education, which checks on schools. If needed, the police will be involved. Your parents will be told too. # speaker: bakker
- Would you like to talk to someone from outside the school? You can, with Ms Okafor. She's a confidential adviser too, but she doesn't work for the school. # speaker: bakker
{foto:
    And that photo: if it ever turns up anywhere, Helpwanted.nl can help get it taken down. # speaker: bakker
}
-> mama

=== mama ===
That evening at the kitchen table. # scene: thuis
{not mama_weet:Ms Bakker has called your mum. She's white with anger.}
I'm calling that man right now. And I want someone who's got nothing to do with that school. # speaker: moeder-lieke

+ [You say: "Don't call him, Mum. Let's call Ms Okafor. She's from outside the school." #step: zelfzorg #rating: goed]
  Good. If your mum calls him, he can deny everything or delete evidence. Ms Okafor doesn't work for the school and can help you both. # feedback
+ [You say: "Go on then. Tell him he has to stop." #step: zelfzorg #rating: matig]
  ~ mama_belde = true
  It's very understandable that you're both angry. But this way he can get ready and deny everything. Leave it to the school board and the police. # feedback
  Your mum calls. After two minutes she hangs up. "He says you've got a crush on him and you're making things up. I believe you, Lieke."
+ [You say: "Just leave it, Mum. I want everyone to forget about it." #step: zelfzorg #rating: fout]
  It's very normal to want it to be over. But you can't just forget it, and the school has to do something anyway. Right now you need your mum. # feedback
  We're not going to forget this, love. But we'll get through it together. # speaker: moeder-lieke
- -> bericht

=== bericht ===
A few days later. Mr Vos isn't at school. Rumours are going round. # scene: thuis
Then, late in the evening: # sfx: trillen
Lieke. What did you tell them?? I thought we trusted each other. Call me. # speaker: vos # channel: chat

+ [You block him straight away and delete the message. You don't tell anyone. #step: adviezen #rating: matig]
  Blocking is good. But save it first and tell someone: the school and the police need to know he's putting pressure on you. # feedback
+ [You write: "Sorry. I didn't want you to get into trouble." #step: zelfzorg #rating: fout]
  Lots of young people feel guilty. But you haven't done anything wrong: he has. Don't reply, so he can't put pressure on you, and tell an adult. # feedback
  Then tomorrow just say it was a misunderstanding. Okay? # speaker: vos # channel: chat
  You throw your phone onto the bed. The next day your mum shows it to Ms Bakker.
+ [You don't reply. You take a screenshot and show it to your mum and Ms Bakker. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Good. You don't owe him anything. Ms Bakker reports it: he's not allowed to put pressure on you. # feedback
- -> einde

=== einde ===
{
  - ayla_verteld:
    -> door_ayla
  - laat || foto || mee >= 2:
    -> laat_verteld
  - else:
    -> beschermd
}

=== beschermd ===
A month later. # scene: klaslokaal
Mr Vos isn't coming back to school. The school board talked to the Inspectorate and called in the police.
{gewaarschuwd:He had deleted lots of messages. {bewijs:Luckily you had screenshots.|Your story was still taken seriously.}}
{gestopt:You're back in the band. }The band carries on with a different music teacher. You play your solo at the concert, with Ayla singing next to you.
Ms Bakker asks every week how you're doing. Sometimes a ping in the evening still makes you jump.
But now you know: being nice and crossing the line are not the same thing. And it was never your fault. # ending: Told in time, and safe
-> END

=== laat_verteld ===
A month later. # scene: thuis
Mr Vos isn't at school any more. The school board called in the police. A police officer talked to you and your mum.
It took a long time before it stopped. {mee >= 2 || foto:You went along with more than you wanted to.|It took you a long time to dare to tell someone. That's very normal.} It wasn't your fault: he knew what he was doing.
{foto:That photo still bothers you. The police know about it, and if it turns up, Helpwanted.nl can help.}
{not bewijs && (snap || gewaarschuwd || gewist):Lots of messages were gone. Your story still counted.}
{mama_belde:Your mum calling him made things harder. But she's on your side.}
You don't feel ready to go back to the band yet. Every week you talk to Ms Okafor or Ms Bakker.
Slowly things are getting better. You're not alone with the secret any more. # ending: Told, but only late
-> END

=== door_ayla ===
A month later. # scene: schoolplein
Mr Vos isn't at school any more. The school board called in the police.
After the talk you were furious with Ayla. For a whole week you didn't say a word to her. She had broken her promise.
{foto:That photo still bothers you. If it ever turns up, Helpwanted.nl can help.}
Now you sit together at break again. It's still a bit awkward.
"Thank you," you say quietly. Ayla nods. She was the only one who saw it. # ending: Ayla told
-> END

=== alleen ===
{gestopt:In the end you don't go and watch on Saturday. You don't play guitar any more.|On Saturday, after the concert, you slip out the back door. After that you quit the band. You don't tell anyone why.} # scene: thuis
Mr Vos still runs the band. Ayla says a girl from 2 vwo often stays behind after practice now, "to practise".
Your stomach turns. You know how that starts.
It was never your fault. He's the adult, and he crossed the line.
You can still tell someone, any time: your mum, Ms Jansen or Ms Bakker. Or talk to someone first without giving your name: De Kindertelefoon (0800-0432) or the Helpwanted.nl chat. # ending: Alone with a secret
-> END
