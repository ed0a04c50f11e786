# id: cyberbaiting-student
# title: Film jij even?
# mode: student
# topic: cyberbaiting
# age: 12+
# minutes: 10
# summary: Je klas wil meneer De Vries gek maken en het filmen voor TikTok. Doe je mee?
# warning: Dit verhaal gaat over een docent die wordt uitgedaagd, gefilmd en online uitgelachen.
# pair: cyberbaiting-staff

VAR meedoen = false
VAR gefilmd = false
VAR gedeeld = false
VAR verteld = false
VAR bewijs = false

Zondagavond. Je ligt op bed met je telefoon. # scene: thuis # sfx: ping
morgen 3e uur aardrijkskunde 😈 # speaker: jurre # channel: chat
we gaan De Vries gek maken. iedereen tikt met zn pen als hij zich omdraait # speaker: jurre # channel: chat
en als hij ontploft filmt ilias het. tiktok gegarandeerd viral # speaker: jurre # channel: chat
wie doet mee?? # speaker: jurre # channel: chat
In de app komen steeds meer duimpjes. # channel: thought

+ [Je appt: "haha ik doe mee" #step: zelfzorg #rating: fout]
  ~ meedoen = true
  Het voelt als een geintje, en iedereen doet mee. Maar iemand expres uitdagen om hem te filmen en uit te lachen heet cyberbaiting. Dat kan een docent echt kapotmaken. # feedback
+ [Je appt: "niet doen joh, dat is echt gemeen" #step: zelfzorg #rating: goed]
  Goed. Het is lastig om als enige iets te zeggen. Maar zo laat je zien dat niet iedereen het normaal vindt. # feedback
  boeie, saai # speaker: jurre # channel: chat
+ [Je zegt niets en legt je telefoon weg. #step: zelfzorg #rating: matig]
  Je doet niet mee, dat is al wat. Maar door niets te zeggen, lijkt het of iedereen het goed vindt. # feedback
- Maandag, derde uur. Meneer De Vries draait zich om naar het bord. # scene: klaslokaal
Tik. Tik-tik. Overal in de klas tikken pennen. Iemand fluistert "boomer". # sfx: typen
Ilias schuift zijn telefoon naar jou toe. # channel: narrator
film jij even? ik zit te ver weg # speaker: ilias # channel: face

+ [Je pakt de telefoon en filmt. Iedereen doet het toch. #step: zelfzorg #rating: fout]
  ~ gefilmd = true
  Door te filmen, help je mee om hem belachelijk te maken. Als het filmpje rondgaat, kan het nooit meer helemaal weg. # feedback
+ [Je zegt dat je batterij leeg is. #step: zelfzorg #rating: matig]
  Een smoes werkt voor nu. Maar eerlijk zeggen dat je het niet wilt, is sterker. # feedback
+ [Je schuift de telefoon terug en schudt nee. #step: zelfzorg #rating: goed]
  Goed. Stiekem iemand filmen om hem online te zetten, is niet oké. Je hoeft niet mee te doen, ook al vraagt je vriend het. # feedback
- Dan gebeurt het. Meneer De Vries draait zich om en schreeuwt: "Nu is het klaar!" # speaker: de-vries
De klas ligt dubbel. Meneer De Vries wordt rood en loopt de klas uit. # discuss: Is een docent uitdagen en filmen een grap? Waar ligt de grens tussen lol maken en iemand kapotmaken?

+ [Na de les loop je even naar hem toe en zeg je dat je het niet oké vond. #step: zelfzorg #rating: goed]
  Goed. Dat kost moed. Voor iemand die wordt uitgelachen, helpt het te weten dat niet iedereen meedoet. # feedback
  Dank je. Dat waardeer ik. # speaker: de-vries
+ [Je lacht mee. Het wás ook grappig hoe rood hij werd. #step: zelfzorg #rating: fout]
  ~ meedoen = true
  Meelachen voelt onschuldig, maar zo wordt het voor hem erger. Denk eens in hoe het is als de hele klas om jou lacht. # feedback
+ [Je loopt snel naar je volgende les. #step: zelfzorg #rating: matig]
  Begrijpelijk: je wilt er niet bij horen. Maar zo weet hij niet dat niet iedereen meedeed. # feedback
- 's Avonds. Op TikTok staat een filmpje van het account @3b_chaos. # scene: thuis # sfx: notificatie
meneer de vries FLIPT 💀💀 # speaker: schaduw-3b # channel: post
hahaha deze moet iedereen zien # speaker: jurre # channel: post
Het filmpje heeft al vijfduizend likes. In de klassenapp stuurt iedereen de link door. # channel: thought

+ [Je stuurt de link naar je vrienden van voetbal: "kijk dan, mijn leraar". #step: zelfzorg #rating: fout]
  ~ gedeeld = true
  Zo verspreid je het filmpje zelf verder. Hoe meer mensen het hebben, hoe moeilijker het weg te krijgen is. # feedback
+ [Je liket het, maar je stuurt het niet door. #step: zelfzorg #rating: matig]
  Een like lijkt klein, maar het laat het filmpje hoger komen. Zo zien nog meer mensen het. # feedback
+ [Je stuurt niets door en liket het niet. #step: zelfzorg #rating: goed]
  Goed. Elke like en elke keer doorsturen laat het filmpje verder rondgaan. Niet meedoen helpt echt. # feedback
- Mirthe appt je. # sfx: ping
dit gaat echt te ver. wat moeten we doen? # speaker: mirthe # channel: chat

+ [Je maakt screenshots van de plannen in de klassenapp en van het account, met datum. Je stuurt ze niet door. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Met bewijs kan een volwassene laten zien wat er gebeurd is. Bewaar het, maar deel het niet verder. # feedback
+ [Je downloadt het filmpje zelf en stuurt het naar Mirthe, "als bewijs". #step: adviezen #rating: fout]
  ~ gedeeld = true
  Het filmpje zelf doorsturen is verspreiden, ook al bedoel je het goed. Een screenshot van de link en de plannen is genoeg als bewijs. # feedback
+ [Je zegt: "Niks. Morgen is het wel weer vergeten." #step: adviezen #rating: matig]
  Online wordt zoiets juist niet snel vergeten. Bewijs bewaren helpt als volwassenen er iets mee moeten doen. # feedback
- En het filmpje zelf? # speaker: mirthe # channel: chat

+ [Je reageert met een lachende emoji. #step: zelfzorg #rating: fout]
  Zo doe je mee met uitlachen, en het filmpje komt bij nog meer mensen terecht. # feedback
+ [Je meldt het filmpje bij TikTok als pesten. Op Meldknop.nl lees je hoe dat werkt. #step: zelfzorg #rating: goed]
  Goed. Melden bij het platform kan ervoor zorgen dat het filmpje weg gaat. Meldknop.nl legt uit hoe je dat doet. # feedback
+ [Je reageert eronder: "jullie zijn echt zielig". #step: zelfzorg #rating: matig]
  Je bedoelt het goed, maar een reactie geeft het filmpje juist meer aandacht. Melden werkt beter. # feedback
- Dinsdag. Meneer De Vries is er niet. "Ziek", zegt de roostermaker. # scene: gang

+ [Je gaat naar je mentor, mevrouw Jansen, en vertelt wat er gebeurde. Je laat je screenshots zien. #step: zelfzorg #rating: goed]
  ~ verteld = true
  Goed. Hulp halen is geen verraad. Je mentor of de vertrouwenspersoon, mevrouw Bakker, weet wat er moet gebeuren. # feedback
  Fijn dat je komt. Ik zorg dat dit goed wordt opgepakt. Je naam hoeft niet in de klas te vallen. # speaker: jansen
+ [Je houdt je mond. Niemand wil een verrader zijn. #step: zelfzorg #rating: fout]
  Die angst is heel begrijpelijk. Maar zo staat meneer De Vries er alleen voor. Je kunt het ook vertellen aan de vertrouwenspersoon, zonder dat de klas het weet. # feedback
+ [Je vertelt het alleen thuis aan je moeder. #step: zelfzorg #rating: matig]
  Goed dat je erover praat. Maar op school weten ze dan nog niets. Vraag je moeder om samen naar je mentor te gaan. # feedback
  ~ verteld = true
- In de klassenapp verschijnt een bericht. # sfx: ping
wie heeft ons verraden??? we komen er wel achter 😡 # speaker: jurre # channel: chat

+ [Je verlaat de klassenapp. #step: veiligheid #rating: matig]
  Uit de groep gaan geeft rust. Maar vertel ook iemand over het dreigende bericht, dan kan er iets mee gebeuren. # feedback
+ [Je reageert niet en laat het bericht zien aan mevrouw Jansen. #step: veiligheid #rating: goed]
  Goed. Reageren maakt het vaak erger. Een volwassene kan zorgen dat je veilig bent op school. # feedback
+ [Je appt terug: "ik was het, en terecht. kom maar op." #step: veiligheid #rating: fout]
  Eerlijk en dapper, maar zo maak je jezelf een doelwit. Laat het liever aan volwassenen over om dit aan te pakken. # feedback
- Vrijdag. Meneer De Vries is terug. Mevrouw Jansen staat naast hem voor de klas. # scene: klaslokaal
We gaan het hebben over maandag. Wie wil er iets over zeggen? # speaker: jansen # discuss: Moet je iets zeggen als je het niet eens bent met je klas, ook als je dan alleen staat?

+ [Je zegt: "Het was gewoon een grapje, hij kan er toch wel tegen?" #step: zelfzorg #rating: fout]
  ~ meedoen = true
  Voor wie wordt uitgelachen, voelt het nooit als een grapje. Bovendien staat het filmpje nu voor altijd online. # feedback
+ [Je zegt niets en kijkt naar je tafel. #step: zelfzorg #rating: matig]
  Dat is begrijpelijk in zo'n gesprek. Je kunt het ook na de les tegen mevrouw Jansen zeggen. # feedback
+ [Je zegt dat het te ver ging en dat je het rot vindt voor meneer De Vries. #step: zelfzorg #rating: goed]
  Goed. Door het hardop te zeggen, maak je het voor anderen makkelijker om hetzelfde te doen. # feedback
- {verteld and bewijs: -> afspraak}
- -> slot

=== afspraak ===
Na de les vraagt mevrouw Bakker, de vertrouwenspersoon, of je wilt meedenken. # scene: kamer-vp
Wat voor afspraak zou jullie klas helpen? # speaker: bakker

+ [Geen afspraken nodig, dit gebeurt toch nooit meer. #step: preventie #rating: fout]
  Juist na zoiets is het goed om samen afspraken te maken. Dan is de kans kleiner dat het opnieuw gebeurt. # feedback
+ [Niemand filmt in de klas zonder toestemming, en wie iets ziet, mag het altijd bij jou of de mentor melden. #step: preventie #rating: goed]
  Goed. Afspraken die een klas samen maakt, worden beter nageleefd. En iedereen weet dan waar je terechtkunt. # feedback
+ [Alle telefoons moeten de hele dag in een kluisje. #step: preventie #rating: matig]
  Dat kan helpen, maar het gaat om meer dan telefoons: ook om hoe je met elkaar omgaat, online en in de klas. # feedback
- -> slot

=== slot ===
{
- (gefilmd or gedeeld):
  Jij wordt ook bij de teamleider geroepen: jouw naam staat bij het filmpje. Je schaamt je, en je ouders worden gebeld. # ending: Jij staat er ook in
- verteld and bewijs and not meedoen:
  Ilias en Jurre bieden meneer De Vries hun excuses aan. Het filmpje is offline. In 3B mag niemand meer filmen zonder te vragen. # ending: Het filmpje is weg en 3B biedt excuses aan
- else:
  Het filmpje is weg, maar in de klas wordt er nog steeds om gelachen. Meneer De Vries geeft voortaan les met de deur open. # ending: Het filmpje is weg, maar het blijft onrustig
}
-> END
