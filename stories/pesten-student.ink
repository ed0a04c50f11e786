# id: pesten-student
# title: 2B zonder Jesse
# mode: student
# topic: pesten
# age: 12+
# minutes: 13
# summary: Je zit in een groepsapp van 2B waar Jesse niet in zit, want hij is het doelwit. Lach je mee, stap je eruit of doe je iets?
# warning: Dit verhaal gaat over online pesten in een groepsapp en op een Instagram-account dat klasgenoten een cijfer geeft. Er staan gemene berichten in. Je kunt altijd stoppen.
# pair: pesten-staff

VAR meedoen = 0
VAR opgekomen = false
VAR bewijs = false
VAR verspreid = false
VAR beschuldigd = false
VAR wraak = false
VAR gemeld = 0
VAR jesse = 0
VAR lina_ok = false
VAR terug_in_groep = false
VAR uit_groep = false
VAR laat = false
VAR naast_jesse = false
VAR foto = false

Maandagavond. Je ligt op bed met je telefoon. # scene: thuis
Romy heeft je toegevoegd aan 2B zonder Jesse. # speaker: groep-2b # channel: chat # sfx: ping
Je kijkt naar de leden. Bijna de hele klas zit erin. Lina ook. Alleen Jesse niet.
Kian stuurt een sticker. Het is een foto van Jesse bij gym. Zijn hoofd staat op een pinguïn. # sfx: ping
Jesse rent de 100 meter 🐧🐧 # speaker: kian # channel: chat
HAHAHA kian legend 💀 # speaker: romy # channel: chat
😂😂 # speaker: lina # channel: chat
en jij? stuur ook wat 😂 # speaker: romy # channel: chat
Iedereen ziet dat jij het bericht hebt gelezen. # channel: thought # discuss: Een sticker van een klasgenoot in een groep waar hij zelf niet in zit. Wanneer is iets een grapje, en wanneer wordt het pesten?

+ [Je stuurt een 😂. Het is maar een emoji, en iedereen doet het. #step: zelfzorg #rating: fout]
  ~ meedoen = meedoen + 1
  Eén emoji voelt als niks. Maar elke lach laat de maker zien dat het werkt, en zo gaat het pesten door. Meedoen is ook meedoen als het klein is. # feedback
  -> foto_vraag
+ [Je schrijft in de groep: "Ff serieus, dit is gemeen. Jesse zit gewoon bij ons in de klas." #step: zelfzorg #rating: goed]
  ~ opgekomen = true
  Goed. Je zegt dat het niet oké is, zonder te schelden. Vaak denken meer mensen zo, maar durft niemand de eerste te zijn. # feedback
  ff serieus, dit is gemeen. jesse zit gewoon bij ons in de klas # speaker: ik # channel: chat
  -> saai
+ [Je reageert niet. Je zet de groep op stil en legt je telefoon weg. #step: zelfzorg #rating: matig]
  Je doet niet mee, en dat is al iets. Maar wie zwijgt, blijft publiek voor het pesten. Er is meer dat je kunt doen, ook zonder ruzie. # feedback
  -> saai

=== foto_vraag ===
Even later appt Romy je privé. # sfx: ping
haha zie je wel, jij snapt het 😂 # speaker: romy # channel: chat
maak jij morgen bij gym een foto van jesse? dan maakt kian er weer een sticker van # speaker: romy # channel: chat

+ [Je appt terug: "Nee, dat doe ik niet. Die sticker was ook niet grappig." #step: zelfzorg #rating: goed]
  ~ opgekomen = true
  Goed. Je mag je bedenken. Een duidelijk nee helpt Jesse meer dan je denkt, en jij hoeft niet mee te doen om erbij te horen. # feedback
  nee, dat doe ik niet. die sticker was ook niet grappig # speaker: ik # channel: chat
+ [Je stuurt "haha misschien 😅". Je doet het morgen gewoon niet. #step: zelfzorg #rating: matig]
  Zo voorkom je ruzie, dat snap je. Maar Romy denkt nu dat je meedoet, en ze vraagt het morgen weer. Een rustig nee is duidelijker. # feedback
+ [Je zegt ja. Als jij de foto maakt, hoor je er in elk geval bij. #step: zelfzorg #rating: fout]
  ~ meedoen = meedoen + 1
  Erbij willen horen is heel normaal. Maar zonder te vragen een foto van iemand maken om hem uit te lachen, is zelf pesten. Dan ben je niet meer alleen toeschouwer. # feedback
  ~ foto = true
  komt goed 📸 # speaker: ik # channel: chat
  🔥🔥🔥 # speaker: romy # channel: chat
- -> bewijs_knot

=== saai ===
Even later appt Romy je privé. # sfx: ping
{ opgekomen:
    doe niet zo saai joh. het is een grapje # speaker: romy # channel: chat
    jesse weet er niks van. dus wat is het probleem # speaker: romy # channel: chat
  - else:
    waarom zeg jij niks? doe niet zo saai 😒 # speaker: romy # channel: chat
    stuur gewoon een sticker, dan is het gezellig # speaker: romy # channel: chat
}

+ [Je stuurt "sorry haha, grapje 😅" en zet een sticker in de groep. Dan is het weer goed met Romy. #step: zelfzorg #rating: fout]
  ~ meedoen = meedoen + 1
  ~ opgekomen = false
  Ruzie met Romy voelt eng, dat is echt. Maar zo doe je toch mee, en Jesse is er nog steeds het doelwit van. Je hoeft niet mee te doen om erbij te horen. # feedback
+ [Je appt: "Ik vind het niet grappig. Ik doe niet mee." Meer zeg je niet. #step: zelfzorg #rating: goed]
  ~ opgekomen = true
  Goed. Je blijft bij je grens, kort en rustig. Je hoeft Romy niet te overtuigen, en je hoeft ook niet in discussie. # feedback
  ik vind het niet grappig. ik doe niet mee # speaker: ik # channel: chat
  👀 oké dan # speaker: romy # channel: chat
+ [Je leest het en antwoordt niet. Ruzie met Romy is wel het laatste wat je wilt. #step: zelfzorg #rating: matig]
  Niet meedoen is goed. Maar Romy weet nu niet waar jij staat, en ze blijft aandringen. Een kort, rustig nee is genoeg. # feedback
- -> bewijs_knot

=== bewijs_knot ===
Later die avond gaat het door in de groep. # sfx: ping
Kian stuurt een foto van Jesse in de kantine, met zijn mond vol. # sfx: ping
smakelijk varkentje 🐷 # speaker: kian # channel: chat
die komt morgen echt niet meer 😂 # speaker: romy # channel: chat
Je maag draait om. Dit is niet meer grappig, als het dat ooit was. # channel: thought

+ [Je maakt screenshots van de groep: de berichten, de namen en de datum. Je zet ze in een aparte map en stuurt ze naar niemand. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Zo heb je bewijs als iemand er later iets mee moet doen. Je bewaart het, maar je verspreidt de foto's van Jesse niet. # feedback
+ [Je zet een screenshot in je story: "Wie doet nou zoiets 🤮". Dan ziet iedereen hoe gemeen ze zijn. #step: zelfzorg #rating: fout]
  ~ verspreid = true
  Je wilt laten zien dat het niet kan, dat is goed bedoeld. Maar nu zien nog meer mensen de foto van Jesse. Bewaar bewijs, maar deel het niet. # feedback
  Binnen een uur hebben veertig mensen je story bekeken. Ook mensen uit andere klassen. # sfx: notificatie
+ [Je wist de hele chat. Je wilt die foto's niet op je telefoon hebben. #step: zelfzorg #rating: matig]
  Heel begrijpelijk dat je dit niet wilt zien. Maar nu is het bewijs weg, als iemand het later nodig heeft. Maak eerst screenshots en zet ze weg in een map. # feedback
- -> groep

=== groep ===
De groep blijft maar pingen. Je kijkt naar de knop: Groep verlaten. # sfx: ping

+ [Je stapt eruit. Eerst stuur je: "Ik doe hier niet aan mee. Doei." #step: adviezen #rating: goed]
  ~ uit_groep = true
  Goed. Een groep verlaten waar gepest wordt, is een sterke stap. Met één zin laat je zien waarom, en misschien volgen anderen. # feedback
  ik doe hier niet aan mee. doei # speaker: ik # channel: chat
  {opgekomen: Twee minuten later stapt er nog iemand uit de groep.}
+ [Je blijft erin. Als je eruit gaat, ziet iedereen dat. Dan ben jij straks de volgende. #step: adviezen #rating: fout]
  ~ meedoen = meedoen + 1
  Die angst is echt, en veel mensen voelen hem. Maar zolang je in de groep zit, kijk je mee en voelt de groep groter. Eruit gaan mag altijd. # feedback
+ [Je stapt stilletjes uit de groep. Niemand hoeft te weten waarom. #step: adviezen #rating: matig]
  ~ uit_groep = true
  Goed dat je uit de groep gaat: dan kijk je niet meer mee. Maar de anderen merken niet dat jij het niet oké vindt. Eén zin is vaak genoeg. # feedback
- -> dinsdag

=== dinsdag ===
Dinsdag, eerste uur. # scene: klaslokaal # sfx: bel
Jesse zit achterin, alleen. Hij kijkt niemand aan.
Lina buigt naar je toe.
Hij weet het. Iemand heeft hem screenshots gestuurd. # speaker: lina
{ foto:
    Bij gym, het tweede uur, maak je stiekem de foto. Jesse ziet het niet. Lina wel. # sfx: camera
}
{verspreid: En jouw story heeft hij ook gezien. Hij kijkt even naar jou en draait dan snel weg.}
In de pauze pak je je telefoon. Je opent een chat met Jesse.

+ [Je appt: "Trek het je niet aan. Het zijn gewoon stomme grapjes, morgen zijn ze het vergeten." #step: eerste-opvang #rating: fout]
  ~ jesse = jesse - 1
  Je wilt hem geruststellen, dat is lief. Maar zo maak je het kleiner dan het voor hem is. Laat liever merken dat je ziet hoe erg het is. # feedback
  ok # speaker: jesse # channel: chat
  Meer zegt hij niet.
+ [Je appt niks. Het is ongemakkelijk, en misschien schaamt hij zich als hij weet dat jij het ook hebt gezien. #step: eerste-opvang #rating: matig]
  Dat je hem niet in verlegenheid wilt brengen, is begrijpelijk. Maar voor Jesse voelt het nu alsof de hele klas tegen hem is. Eén berichtje kan veel doen. # feedback
+ [Je appt: "Ik zag wat er in die groep gebeurt. Echt niet oké. Ik doe niet mee. Wil je erover praten?" #step: eerste-opvang #rating: goed]
  ~ jesse = jesse + 1
  Goed. Je laat weten dat je het serieus neemt en dat hij niet alleen is. Je oordeelt niet en duwt niet: je luistert. # feedback
  ik snap niet wat ik ze heb gedaan # speaker: jesse # channel: chat
  ik wil eigenlijk niet meer naar school # speaker: jesse # channel: chat
  Je schrijft dat het niet aan hem ligt. Hij stuurt een duimpje terug. # channel: thought
- -> rating

=== rating ===
Dinsdagavond. Lina stuurt je een link. # scene: thuis # sfx: ping
heb je dit gezien?? 😳 # speaker: lina # channel: chat
Het is een Instagram-account: 2b.rating. Geen naam, geen foto. Elke dag een klasgenoot met een cijfer. # sfx: notificatie
JESSE – 2/10. Zelfs zijn schaduw loopt liever bij hem weg. # speaker: rating-2b # channel: post
💀💀💀 # speaker: romy # channel: post
volgens mij is het kian. hij doet altijd zo met cijfers # speaker: lina # channel: chat
Je weet het niet zeker. Niemand weet het zeker. # channel: thought # discuss: Een anoniem account dat klasgenoten een cijfer geeft voor hun uiterlijk. Is dat nog een spelletje? En maakt het uit of je zelf een hoog of een laag cijfer krijgt?

+ [Je zet eronder: "Kian, we weten allemaal dat jij dit bent. Zielig." #step: zelfzorg #rating: fout]
  ~ beschuldigd = true
  Je wilt Jesse verdedigen, dat is goed. Maar je weet niet wie erachter zit. Zo noem je iemand zonder bewijs, en de post krijgt nog meer aandacht. # feedback
  Binnen een kwartier staan er twintig reacties onder. Over Jesse én over Kian.
+ [Je meldt de post en het account bij Instagram, als pesten. Je liket niks en volgt het account niet. #step: adviezen #rating: goed]
  Goed. Melden kan anoniem, en hoe meer meldingen, hoe sneller het platform kijkt. Niet liken en niet volgen helpt ook: het account leeft van aandacht. # feedback
+ [Je volgt het account. Dan zie je tenminste wie er nog op komt. #step: adviezen #rating: matig]
  Willen weten wat er gebeurt is logisch. Maar elke volger maakt het account groter. Melden helpt meer dan meekijken. # feedback
- -> vertellen

=== vertellen ===
Woensdag, in de gang bij de mediatheek. # scene: gang
Op een deur hangt een poster: Mevrouw Bakker, vertrouwenspersoon. Je kunt altijd even langskomen.
We moeten iets doen, toch? # speaker: lina
Maar als Romy hoort dat wij het hebben verteld... dan zijn wij de volgende. # speaker: lina

+ [Je wacht nog even. Het is Jesses verhaal. Als hij hulp wil, vraagt hij het zelf wel. #step: zelfzorg #rating: fout]
  Je wilt niet over Jesse heen walsen, dat is netjes bedacht. Maar wie gepest wordt, durft vaak zelf niks te zeggen. Een volwassene inlichten is geen klikken: het is hulp halen. # feedback
  -> donderdag
+ [Je zegt na de les tegen Mevrouw Jansen dat er "iets is met een groepsapp". Namen of screenshots laat je liever niet zien. #step: zelfzorg #rating: matig]
  ~ gemeld = 1
  Goed dat je je mentor iets vertelt. Maar zonder wat meer uitleg kan ze weinig doen. Je mag gerust vragen of ze je naam niet noemt. # feedback
  Dank je dat je het zegt. Mijn deur staat open, en die van Mevrouw Bakker ook. # speaker: jansen
  -> donderdag
+ [Je gaat naar Mevrouw Bakker. Je vertelt wat er gebeurt en laat het zien op je eigen telefoon. Je vraagt Lina mee, maar dat hoeft niet. #step: zelfzorg #rating: goed]
  ~ gemeld = 2
  Goed. De vertrouwenspersoon is er precies voor dit soort dingen. Je laat het zien zonder de foto's door te sturen, en Lina mag zelf kiezen. # feedback
  -> bakker

=== bakker ===
Lina twijfelt. Dan loopt ze toch mee. # scene: kamer-vp
Mevrouw Bakker luistert. Ze laat je alles vertellen, zonder je te onderbreken.
{ bewijs:
    Wat goed dat je dit hebt bewaard, en dat je het aan niemand hebt gestuurd. Zo kan ik er echt iets mee. # speaker: bakker
  - else:
    Heb je geen screenshots meer? Dat geeft niet. Wat je vertelt, is ook belangrijk. # speaker: bakker
}
Dit is geen klikken. Je haalt hulp voor iemand. Je naam noem ik niet zonder het eerst aan je te vragen. # speaker: bakker
Wat zou jij willen dat er nu gebeurt? # speaker: bakker

+ [Je zegt: "Kunt u niet gewoon de politie bellen? En Romy en Kian schorsen?" #step: strafbaar #rating: fout]
  Je wilt dat het stopt, en snel. Maar pesten in een klassenapp is eerst iets voor school. De politie komt pas in beeld bij bijvoorbeeld bedreiging. En wat er gebeurt, beslis je niet over Jesses hoofd heen. # feedback
  Ik snap dat je boos bent. Maar laten we eerst met Jesse praten. # speaker: bakker
+ [Je zegt: "Ik wil dat het stopt. Maar het gaat om Jesse. Kunt u met hem praten?" #step: zelfzorg #rating: goed]
  Goed. Jij haalt hulp, en Jesse mag zelf meedenken over wat er nu gebeurt. Zo help je zonder het over te nemen. # feedback
  Dat ga ik doen. En jij mag altijd terugkomen, ook als het niet lukt. # speaker: bakker
+ [Je zegt: "Eigenlijk niks. Ik wilde het alleen even kwijt." #step: zelfzorg #rating: matig]
  Het is goed dat je het hebt verteld, en ook dat je het kwijt wilde. Maar Jesse heeft er nog niks aan. Zeg gerust dat je hoopt dat Mevrouw Bakker hem helpt. # feedback
  Ik ga er zorgvuldig mee om. En ik kijk of ik Jesse kan helpen. # speaker: bakker
- -> donderdag

=== donderdag ===
Donderdagavond. Je telefoon licht op. # scene: thuis # sfx: notificatie
Er is een nieuwe post op 2b.rating. Het is een foto van jou.
{ opgekomen:
    4/10. Speelt voor held. Niemand vroeg om jouw mening 🙄 # speaker: rating-2b # channel: post
  - else:
    4/10. Saai. Je vergeet dat deze bestaat 😴 # speaker: rating-2b # channel: post
}
hahaha 💀 # speaker: romy # channel: post
Je wangen worden warm. Iedereen uit de klas kan dit zien. # channel: thought

+ [Je maakt een screenshot, meldt de post bij Instagram en blokkeert het account. Daarna vertel je het aan je ouders. #step: zelfzorg #rating: goed]
  Goed. Bewaren, melden, blokkeren, en het niet alleen dragen. Dit zegt niks over jou, alles over wie het maakt. Op Meldknop.nl lees je wat je nog meer kunt doen. # feedback
+ [Je maakt zelf een account: 2b.echte.rating. Romy krijgt een 1. Kian ook. Kijken hoe zij het vinden. #step: zelfzorg #rating: fout]
  ~ wraak = true
  Boos zijn mag, dit is gemeen. Maar zo word jij zelf iemand die pest, en het wordt alleen maar groter. Melden en hulp vragen werkt beter dan terugslaan. # feedback
  Na een uur heeft jouw account 30 volgers. Romy heeft een screenshot gemaakt.
+ [Je gooit Instagram van je telefoon. Je zegt er tegen niemand iets over. #step: zelfzorg #rating: matig]
  Even weg van een app kan rust geven, en dat mag. Maar bewaar eerst een screenshot en meld de post. En je hoeft het niet alleen te dragen: je kunt ook anoniem praten met De Kindertelefoon, 0800-0432. # feedback
- -> vrijdag

=== vrijdag ===
Vrijdag, pauze op het schoolplein. # scene: schoolplein
Lina komt naar je toe. Ze kijkt boos, en een beetje bang.
{
  - gemeld == 2:
    Romy zag ons uit de kamer van Mevrouw Bakker komen. Ze zegt dat wij klikkers zijn. # speaker: lina
    Nu praat niemand meer met mij. Dat had ik dus gezegd! # speaker: lina
  - gemeld == 1:
    Romy zag jou na de les bij Mevrouw Jansen staan. Ze denkt dat jij hebt geklikt. # speaker: lina
    En nu doet ze tegen mij ook raar. Omdat ik met jou omga. # speaker: lina
  - uit_groep:
    Romy zegt dat jij saai bent. Ze wil dat we gewoon weer normaal doen in de groep. # speaker: lina
    Kom nou terug. Anders zijn wij straks de volgende op 2b.rating. # speaker: lina
  - else:
    Romy zegt dat je nooit meer iets stuurt in de groep. Ze vindt je saai. # speaker: lina
    Doe nou gewoon mee. Anders zijn wij straks de volgende op 2b.rating. # speaker: lina
}
{ wraak:
    En iedereen weet van jouw account. Romy laat het aan iedereen zien. # speaker: lina
}
{ beschuldigd:
    Kian zegt dat hij niks met 2b.rating te maken heeft. Hij is woedend op jou. # speaker: lina
}
Je ziet Romy bij het hek staan. Ze kijkt jullie kant op. # discuss: Lina is bang de volgende te zijn. Is het laf om in een groep te blijven waar gepest wordt, of snap je het? Wat zou jou helpen om eruit te stappen?

+ [Je zegt: "Jij lachte eerst zelf ook mee. Dus doe niet alsof ik de slechte ben." Dan loop je weg. #step: eerste-opvang #rating: matig]
  Je hebt een punt, en het is logisch dat je gekwetst bent. Maar Lina is bang, en met een verwijt help je haar niet. Luisteren werkt beter dan gelijk krijgen. # feedback
+ [Je luistert naar Lina. Je zegt dat je snapt dat ze bang is, en waarom jij niet meedoet. Je zegt dat ze ook naar Mevrouw Bakker kan. #step: eerste-opvang #rating: goed]
  ~ lina_ok = true
  Goed. Je neemt haar angst serieus en je blijft toch bij je keuze. Je duwt haar nergens in: Lina mag zelf kiezen wat ze doet. # feedback
  Ik ben gewoon bang, weet je. # speaker: lina
  Ik ook. Maar samen is het minder eng. # speaker: ik
+ [Je gaat naar Romy en zegt sorry. Vanaf nu doe je weer gewoon mee in de groep, met Lina. Dan is het klaar. #step: zelfzorg #rating: fout]
  ~ meedoen = meedoen + 1
  ~ terug_in_groep = true
  ~ lina_ok = true
  Je wilt rust, voor jou en voor Lina. Dat snap je. Maar zo betaal jij die rust met Jesse, en het pesten gaat gewoon door. # feedback
  Romy lacht. Die avond stuur jij weer stickers in de groep. Lina ook. # sfx: ping
- -> maandag

=== maandag ===
Een week later, maandag. # scene: kantine
{
  - gemeld > 0:
    -> kantine_jesse
  - else:
    -> lege_stoel
}

=== kantine_jesse ===
Jesse is met zijn moeder bij Mevrouw Bakker geweest, hoor je. Sindsdien is de groep stil.
Jesse is er. Hij heeft een dienblad in zijn handen en zoekt een plek.
Overal zitten mensen uit 2B. Niemand schuift op.

+ [Je zwaait naar hem: "Jesse, kom hier zitten!" Je schuift een stoel bij. #step: eerste-opvang #rating: goed]
  ~ jesse = jesse + 1
  ~ naast_jesse = true
  Goed. Iets kleins, maar voor Jesse is het groot. Zo laat je zien dat hij er gewoon bij hoort, ook als anderen kijken. # feedback
  Jesse aarzelt. Dan komt hij zitten. Hij lacht, voor het eerst in dagen.
+ [Je knikt naar hem, maar je blijft zitten waar je zit. Romy kijkt, en je wilt geen gedoe. #step: eerste-opvang #rating: matig]
  Een knikje is beter dan niks. Maar Jesse zoekt nog steeds een plek. Met iemand gaan zitten is vaak de grootste steun. # feedback
  Jesse gaat alleen aan een tafeltje bij het raam zitten.
+ [Je kijkt weg. Als jij bij hem gaat zitten, zet 2b.rating jou er morgen weer op. #step: eerste-opvang #rating: fout]
  ~ jesse = jesse - 1
  Die angst is heel begrijpelijk, zeker na wat jij meemaakte. Maar wegkijken laat Jesse alleen, en de pesters merken dat het nog werkt. Samen met anderen is het minder eng. # feedback
  Jesse eet zijn brood staand, bij de deur. Dan loopt hij weg.
- -> einde

=== lege_stoel ===
Jesses stoel is leeg. Vandaag ook weer. # scene: klaslokaal
Hij is ziek, zegt Mevrouw Jansen. # speaker: lina
{terug_in_groep: In de groep gaat het gewoon door. Nu over dat hij "eindelijk" weg is.}
Je pakt je telefoon en kijkt naar de chat met Jesse.

+ [Je appt: "We missen je. Zal ik morgen bij je langs komen?" En je vertelt het nu wél aan Mevrouw Jansen. #step: eerste-opvang #rating: goed]
  ~ jesse = jesse + 1
  ~ gemeld = 1
  ~ laat = true
  Goed. Contact houden laat zien dat hij niet vergeten is. En dat je het alsnog vertelt, is moedig: het is nooit te laat om hulp te halen. # feedback
  dank je. ik weet niet of ik terugkom # speaker: jesse # channel: chat
+ [Je appt: "Hoi, beterschap!" Over de groep begin je niet. #step: eerste-opvang #rating: matig]
  Een berichtje is aardig. Maar Jesse is waarschijnlijk niet ziek van een griepje. Vraag hoe het echt met hem gaat, en vertel een volwassene wat je weet. # feedback
+ [Je appt niks. Misschien is hij echt gewoon ziek. #step: eerste-opvang #rating: fout]
  ~ jesse = jesse - 1
  Dat kan. Maar je weet wat er in de groep gebeurt, en dat hij niet meer naar school wilde. Eén bericht, en een volwassene inlichten, kan veel voor hem doen. # feedback
- -> einde

=== einde ===
{
  - gemeld == 0:
    -> thuis_einde
  - not lina_ok:
    -> vriendin_kwijt
  - jesse >= 2 && naast_jesse && not terug_in_groep && not laat:
    -> samen
  - else:
    -> half
}

=== samen ===
Twee weken later. # scene: klaslokaal
Mevrouw Bakker heeft met Jesse gepraat, en met zijn moeder. Met Romy en Kian is ook gepraat.
{bewijs && gemeld == 2: Jouw screenshots hielpen: nu was duidelijk wat er in de groep stond.}
De groep 2B zonder Jesse is weg. 2b.rating is offline gehaald na veel meldingen.
{wraak: Ook jouw account 2b.echte.rating moest offline. Daar ben je niet trots op.}
{beschuldigd: Of Kian achter 2b.rating zat, weet niemand zeker. Je hebt hem sorry gezegd voor je reactie.}
Nog niet alles is goed. Maar Jesse zit in de pauze nu bij jou en Lina.
Soms zegt Lina: "Ik was echt bang. Fijn dat je me niet liet vallen." # ending: De groep stopt en Jesse staat er niet alleen voor
-> END

=== half ===
Twee weken later. # scene: kantine
Mevrouw Bakker heeft met Jesse en zijn moeder gepraat. De school praat met Romy en Kian.
{terug_in_groep: Jij en Lina zaten weer in de groep. Nu sta jij ook in de screenshots die Jesse liet zien. Dat voelt niet goed.}
{wraak: Ook jouw account 2b.echte.rating moest offline. Daar ben je niet trots op.}
De oude groep is weg. Maar je hoort dat er een nieuwe is, met een andere naam.
{naast_jesse: Jesse zit soms bij jou. Maar voor de rest van de klas lijkt hij lucht.|Jesse zit in de pauze nog vaak alleen.}
Je kunt nog steeds naast hem staan. En zie je die nieuwe groep? Vertel het Mevrouw Bakker. # ending: School grijpt in, maar het is nog niet voorbij
-> END

=== vriendin_kwijt ===
Twee weken later. # scene: schoolplein
School weet wat er speelt. Met Romy en Kian is gepraat. De groep is stil en 2b.rating is offline.
{jesse >= 2: Jesse zegt soms hoi tegen je in de gang. Hij weet dat jij niet meedeed.}
{wraak: Ook jouw account 2b.echte.rating moest offline. Daar ben je niet trots op.}
Maar Lina loopt nu met andere meiden. Ze appt je niet meer.
Je deed het goede, en toch doet het pijn. Misschien komt het weer goed als de rust terug is. Je kunt het haar ook gewoon vragen. # ending: Je kwam op voor Jesse, maar Lina is even weg
-> END

=== thuis_einde ===
Twee weken later. # scene: thuis
{terug_in_groep: Je zit nog in de groep. Je stuurt niks meer, maar je leest alles.}
In 2B zonder Jesse gaat het gewoon door. Elke week een nieuwe sticker. 2b.rating post ook nog steeds.
Jesse komt bijna niet meer naar school. Uiteindelijk gaat zijn moeder met screenshots naar school.
Niemand uit de klas stond naast hem. Dat had jij kunnen zijn.
Het is nooit te laat. Je kunt nog altijd naar Mevrouw Bakker of Mevrouw Jansen gaan. Of praat eerst anoniem met De Kindertelefoon: 0800-0432. # ending: Het gaat door en Jesse blijft thuis
-> END
