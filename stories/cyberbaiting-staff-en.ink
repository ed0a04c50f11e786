# id: cyberbaiting-staff-en
# title: The Mr De Vries clip
# mode: staff
# topic: cyberbaiting
# age: 12+
# minutes: 12
# summary: Pupils provoked a teacher and secretly filmed him. The clip is going round. You are the school's confidential adviser (vertrouwenspersoon).
# warning: This story is about a teacher who is mocked online, with nasty comments and a threat.
# lang: en
# pair: cyberbaiting-student-en

VAR vertrouwen = 0
VAR offline = false
VAR poster_bekend = false
VAR te_ver = false
VAR veilig = false

Monday, eighth period. There's a knock at your door. # scene: kamer-vp # sfx: deur
Mr De Vries is standing in the doorway, phone in hand. He looks pale.
Have you got a minute? There's a video of me online. From this morning, in 3B. # speaker: de-vries
On the screen you see him shouting at the class. Behind him, someone is giggling. The clip already has fourteen thousand views. # discuss: Is secretly filming a teacher in class ever just a joke? Where is the line between a prank and cyberbaiting?

+ [You say straight away: "We'll get this taken down today. I'll ring the team leader." #step: eerste-opvang #rating: matig]
  Speed matters with online complaints, but you skip the listening. So you don't know yet what he needs. # feedback
+ [You make tea, close the door and ask him to take his time and tell you what happened. You say you can see this has hit him hard. #step: eerste-opvang #rating: goed]
  ~ vertrouwen += 1
  Good. You take the complaint seriously and give him room to tell the whole story. Solutions come after that. # feedback
+ [You watch the clip and say: "Well, you really lose it there. What set you off?" #step: eerste-opvang #rating: fout]
  ~ vertrouwen -= 1
  You mean it as a question, but it sounds like blame. People who are shown up online often feel guilty already. Listen first and don't judge. # feedback
- He tells you. A group in 3B tapped their pens all lesson and whispered "boomer" whenever he turned his back. When he snapped, he saw two phones under a desk: Ilias's and Jurre's.
The account that posted it is called @3b_chaos. No name, no photo. # speaker: de-vries

+ [You say: "Ilias is behind everything. That account is bound to be his too." #step: aangeklaagde #rating: fout]
  ~ te_ver = true
  Pointing at someone without grounds is unfair and can wreck the case. Establish what you do know: who filmed, and that the poster is still unknown. # feedback
+ [You say: "The account is anonymous. I'm afraid there isn't much we can do, then." #step: aangeklaagde #rating: matig]
  It's true that no complaint can be filed against an unknown person. But the pupils who filmed are known, and the account might still be traced. # feedback
+ [You set out what is known: who filmed (Ilias and Jurre) and who posted the clip (still unknown). #step: aangeklaagde #rating: goed]
  ~ vertrouwen += 1
  Good. The pupils who filmed are known, so with them you can take further steps. For the anonymous account it is first care and tips for now, and trying to find out who is behind it. # feedback
- -> opsporen

=== opsporen ===
The clip is still going round. It has already been posted three times in 3B's class group chat.
How do you find out who is behind the account? # channel: thought

+ [You report the clip to TikTok, ask the system administrator whether it was posted from the school network, and point De Vries to Meldknop.nl. #step: dader-opsporen #rating: goed]
  ~ offline = true
  ~ poster_bekend = true
  Good. The platform, the system administrator or the police can sometimes trace an unknown offender; that is not your job. Meldknop.nl helps with reporting to the platform. # feedback
  Two days later the clip is offline. The system administrator finds that @3b_chaos was created over the school wifi, using Jurre's school account.
+ [You have the mentor collect every phone in 3B and search them until the account turns up. #step: dader-opsporen #rating: fout]
  ~ te_ver = true
  ~ vertrouwen -= 1
  Searching pupils' phones goes too far: it invades their privacy and turns the whole class against you. Tracing is for the police, the system administrator or the platform. # feedback
  After an hour nothing has turned up. Three parents have already rung the school. The clip is still online.
+ [You reply under the clip from the school account: "Take this video down now!" #step: dader-opsporen #rating: fout]
  That only gives the clip more attention and brings in even more comments. Report the clip to the platform instead, and leave the searching to those who can do it. # feedback
  Two hundred new comments appear under yours. The clip spreads even faster.
- -> routes

=== routes ===
De Vries is sitting across from you again.
So what now? What happens to Ilias and Jurre? # speaker: de-vries

+ [You decide the boys should be suspended and email the team leader to say so. #step: vervolgstappen #rating: fout]
  ~ vertrouwen -= 1
  You decide over his head, and go straight for the heaviest step. First ask what the complainant wants, then advise. # feedback
+ [You say: "They're teenagers. Let it blow over and it'll be forgotten in no time." #step: vervolgstappen #rating: fout]
  ~ vertrouwen -= 1
  That leaves him on his own. With social media, acting fast is exactly what matters, because a clip keeps on spreading. # feedback
+ [You explain the possible steps: a talk with the pupils, mediation, or hearing both sides, by the school leadership or by the complaints committee. You ask what he wants. #step: vervolgstappen #rating: goed]
  ~ vertrouwen += 1
  Good. You give him an overview and leave the choice to him, with your advice. With online complaints you can be active in giving advice. # feedback
  He chooses a talk with the pupils and their mentor, with the team leader there too.
- -> rol

=== rol ===
What will you do in this, and what won't you do?

+ [You agree on your role, offer to come with him to the meeting and tell him there is also an external confidential adviser. #step: rol-afspreken #rating: goed]
  ~ vertrouwen += 1
  Good. Clear agreements about your role give him something to hold on to. Mention the external confidential adviser too, in case he would rather talk to someone from outside the school. # feedback
+ [You say: "Just leave it to me. You don't need to be involved any more." #step: rol-afspreken #rating: matig]
  Well meant, but you are taking the case over. De Vries is still the complainant; he has a say in what happens. # feedback
+ [You tell him he can always drop in, and wrap up the conversation. #step: rol-afspreken #rating: fout]
  That leaves it vague who does what. Agree exactly what you will do, when, and whether you will go with him. # feedback
- -> veiligheid

=== veiligheid ===
I've got 3B again tomorrow, third period. I'm really dreading it. # speaker: de-vries

+ [You ask the team leader to give 3B a stern talking-to tomorrow, without checking with De Vries. #step: veiligheid #rating: matig]
  A talk with the class can help, but only if the complainant wants it. You agree on measures together, not over someone's head. # feedback
+ [You ask what he needs to face the class again, and arrange it with the team leader: the mentor in the room for the first fifteen minutes, and a short talk with the class if he wants one. #step: veiligheid #rating: goed]
  ~ veilig = true
  Good. Ask what is needed for him to work safely again, and arrange it together with the leadership. Then keep an eye on whether it actually happens. # feedback
+ [You say: "Just teach as if nothing happened. Then they'll see it doesn't get to you." #step: veiligheid #rating: fout]
  You don't ask what he needs. Tomorrow he will be on his own, in front of the class that filmed him. # feedback
- -> bewijs

=== bewijs ===
Colleagues keep sending me the clip. "Have you seen this yet?" # speaker: de-vries

+ [You advise him: take screenshots of the clip, the link and the comments, with date and time, forward nothing, and report the comments to the platform as well. #step: adviezen #rating: goed]
  ~ offline = true
  Good. Saving evidence is needed to trace an offender and for a possible police report. Forwarding only spreads the clip further. # feedback
+ [You post the clip in the staff group chat, so everyone knows what is going on. #step: adviezen #rating: fout]
  ~ vertrouwen -= 1
  That way you spread the clip yourself. Save evidence, but don't share it; tell colleagues without sending the video. # feedback
+ [You advise him to delete all his own accounts and stop looking at it. #step: adviezen #rating: matig]
  Stepping back can do him good, but without evidence, tracing and reporting get difficult. Save screenshots first; then he can block people or close his account. # feedback
- Then he shows you a comment under a copy of the clip: "we know where u live old man". # discuss: When is a comment under a video a matter for the police, and when is it not?

+ [You go straight to the police and report the whole of 3B, for the filming and for the comment. #step: strafbaar #rating: fout]
  ~ te_ver = true
  That goes too far. Secretly filming and posting is hurtful and against the school rules, but the police are there for offences like the threat. Consult first, and choose the right route for each part. # feedback
+ [You say this may be a threat, and so a criminal offence. You follow the school protocol and, together with him, consult the community police officer (wijkagent). #step: strafbaar #rating: goed]
  ~ vertrouwen += 1
  Good. With a possible offence you follow the protocol and consult the police. They can judge whether a report makes sense and help find the writer. # feedback
  Officer Visser takes the screenshots with him. He calls a week later: the comment came from an adult in the village, who has been spoken to.
+ [You say: "That's just a teenager acting tough. Don't react to it." #step: strafbaar #rating: fout]
  ~ vertrouwen -= 1
  A threatening comment is not a joke to brush aside. Consult the police: they can judge whether it is an offence. # feedback
- -> nazorg

=== nazorg ===
A week later. It's quiet in 3B's corridor. # scene: gang

+ [It seems sorted. You close the file. #step: nazorg #rating: fout]
  ~ vertrouwen -= 1
  After one conversation you don't know whether the agreements are working. Stay in touch and check how he is doing. # feedback
+ [You ask 3B's mentor to keep an eye on things. #step: nazorg #rating: matig]
  It's good that the mentor is watching too, but aftercare for De Vries is your job as confidential adviser. Go and see him yourself. # feedback
+ [You go and find De Vries: how is he doing, have the agreements been kept, and does he feel safe again? You mention the complaints committee in case the school falls short. #step: nazorg #rating: goed]
  ~ vertrouwen += 1
  Good. Aftercare means checking that the measures are really in place and that he feels safe. If he is unhappy with the school, he can go to the complaints committee. # feedback
- {offline and vertrouwen >= 2: -> preventie}
- -> slot

=== preventie ===
Mr El Amrani from the school leadership asks you to drop by. # scene: kantoor
What can we learn from this week as a school? # speaker: el-amrani

+ [You say: "This was a one-off. We'll only do something if it happens again." #step: preventie #rating: fout]
  Waiting until it happens again is not prevention. Now is exactly the moment for agreements and lessons. # feedback
+ [You advise clear rules about filming in class, lessons on cyberbaiting for pupils and parents, and making yourself better known as the confidential adviser. #step: preventie #rating: goed]
  Good. Without agreements about phones and social media, it is hard to hold pupils to account. The confidential adviser may advise the leadership on this, whether asked or not. # feedback
+ [You suggest banning all phones from now on and giving the whole of 3B a week of detention. #step: preventie #rating: matig]
  Rules about phones are part of it, but a group punishment also hits those who did nothing. Combine rules with lessons and information. # feedback
- -> slot

=== slot ===
{
- offline and veilig and vertrouwen >= 3 and not te_ver:
  In the meeting, Ilias and Jurre apologise. The clip is offline. De Vries enjoys teaching 3B again. # ending: The clip is offline and 3B apologises
- te_ver:
  The parents of three pupils file a complaint about how the school handled it. De Vries feels guilty that it got so big. # ending: Parents complain about how it was handled
- offline:
  The clip is gone, but De Vries calls in sick for two weeks. He says he felt he was left on his own. # ending: The clip is gone, De Vries calls in sick
- else:
  Copies of the clip keep going round. De Vries files a complaint with the complaints committee. # ending: The clip keeps spreading, a complaint to the complaints committee
}
-> END
