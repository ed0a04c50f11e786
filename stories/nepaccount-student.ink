# id: nepaccount-student
# title: Niet echt Sanne
# mode: student
# topic: nepaccount
# age: 12+
# minutes: 13
# summary: Een account met de naam en foto van Sanne zet gemene posts online. Iedereen denkt dat zij het is. Jij ook?
# warning: Dit verhaal gaat over een nepaccount en online pesten. Er staan gemene berichten in. Je kunt altijd stoppen.
# pair: nepaccount-staff

VAR steun = 0
VAR bewijs = false
VAR gemeld = false
VAR gedeeld = false
VAR gerucht = false
VAR volwassene = false

Dinsdagavond. Je ligt op bed met je telefoon. # scene: thuis
De app van 2C ontploft. # sfx: ping
heb je gezien wat sanne heeft gepost?? # speaker: mees # channel: chat
Je opent Instagram. Het account heet sanne.2c. Haar naam, haar profielfoto. # sfx: notificatie
Femke denkt dat ze kan dansen 💀🤢 iemand moet haar echt vertellen hoe ze eruitziet # speaker: nep-sanne # channel: post
echt 💀💀 # speaker: bram # channel: post
wtf sanne # speaker: mees # channel: post
Eronder staat een filmpje van Femke in de gymles. Femke is je beste vriendin.
waarom doet ze dit?? ik heb haar niks gedaan 😭 # speaker: femke # channel: chat
Sanne? Dat had je nooit van haar gedacht. Je wordt woedend. # channel: thought

+ [Je appt Sanne: "Waarom doe je zo gemeen over Femke?? Haal het weg!" #step: zelfzorg #rating: matig]
  Beter dan in het openbaar, en je zegt duidelijk wat je ervan vindt. Maar je gaat ervan uit dat het klopt. Check eerst of dit echt Sanne is. # feedback
  wat?? ik heb niks gepost. over welk account heb je het? # speaker: sanne # channel: chat
  -> nep
+ [Je reageert nog niet. Eerst kijk je goed naar het account. Is dit wel echt Sanne? #step: zelfzorg #rating: goed]
  Goed. Online kan iedereen doen alsof hij iemand anders is. Eerst checken voorkomt dat je iemand de schuld geeft die er niks aan kan doen. # feedback
  -> nep
+ [Je zet een reactie onder de post: "Sanne, jij bent echt de ergste. Nu ziet iedereen wie je bent." #step: zelfzorg #rating: fout]
  ~ steun = steun - 1
  Je wilt Femke verdedigen, dat is goed. Maar je weet nog niet wie dit echt post. Zo geef je Sanne in het openbaar de schuld en krijgt het account nog meer aandacht. # feedback
  Binnen tien minuten heeft je reactie 25 likes. Dan appt Sanne je.
  waarom zet je dat eronder?? dat account is niet van mij!! # speaker: sanne # channel: chat
  -> nep

=== nep ===
Je kijkt beter naar het profiel. Het account bestaat pas drie dagen. Het volgt alleen mensen uit 2C.
Sannes echte account is sannetjuh_. Dat staat op privé, en ze heeft al twee weken niks gepost.
Dit is niet Sanne. Iemand doet alsof hij Sanne is. # channel: thought
In de app van 2C gaat het gewoon door. Iedereen scheldt op Sanne.

+ [Je zet in de app van 2C: "Dit is een nepaccount!! Sanne heeft dit niet gedaan." #step: zelfzorg #rating: matig]
  Opkomen voor Sanne is sterk. Maar je vraagt haar niet wat zij wil. En nu klikt iedereen nog een keer op het account. Praat eerst met Sanne zelf. # feedback
  Een paar mensen sturen een duimpje. De meesten reageren niet.
+ [Je laat het erbij. Misschien heeft Sanne toch een tweede account. Dat hebben meer mensen. #step: zelfzorg #rating: fout]
  ~ steun = steun - 1
  Zo blijft Sanne alleen met de schuld, terwijl jij ziet dat het account nep lijkt. Laat het haar weten, dan kan ze er iets aan doen. # feedback
  Een uur later appt Sanne je. Ze weet inmiddels hoe erg het is.
+ [Je appt Sanne: "Ik geloof je. Iemand heeft een nepaccount gemaakt met jouw naam en foto. Ik help je." #step: zelfzorg #rating: goed]
  ~ steun = steun + 1
  Goed. Sanne is hier ook slachtoffer, net als Femke. Als je laat weten dat je haar gelooft, staat ze er niet alleen voor. # feedback
  echt?? dankjewel. iedereen denkt dat ik het ben 😭 # speaker: sanne # channel: chat
- -> bewaren

=== bewaren ===
ik wil dat het weg is. NU. mijn moeder denkt ook al dat ik het ben # speaker: sanne # channel: chat
Op het account staat een nieuwe post. Nu over Mees. # sfx: notificatie
Mees slaapt nog steeds met een knuffel 😂 baby # speaker: nep-sanne # channel: post

+ [Je maakt screenshots van elke post. De datum, de tijd en de accountnaam staan erop. Je bewaart ze en stuurt ze niet door. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Met screenshots kun je later laten zien wat er stond, ook als het account weg is. En omdat je ze niet doorstuurt, gaan de posts niet verder rond. # feedback
+ [Je maakt screenshots en zet ze in de app van 2C. Dan ziet iedereen hoe gemeen dat account is. #step: adviezen #rating: fout]
  ~ bewijs = true
  ~ gedeeld = true
  Bewaren is goed. Maar zo stuur je de gemene posts naar nog meer mensen, ook naar wie ze nog niet had gezien. Bewaar bewijs, maar deel het niet. # feedback
+ [Je maakt geen screenshots. Als je het meldt, haalt Instagram het toch weg. #step: adviezen #rating: matig]
  Melden is goed. Maar als het account weg is, is ook het bewijs weg. Dat heb je nodig om het aan school of de politie te laten zien. # feedback
- -> melden

=== melden ===
hoe krijg ik dat account weg? # speaker: sanne # channel: chat

+ [Je maakt zelf een account: echte.sanne.2c. Daarop zet je dat het andere account nep is. #step: zelfzorg #rating: fout]
  Goed bedoeld. Maar nu zijn er twee accounts met Sannes naam, en weet niemand meer wat echt is. Meld het nepaccount liever bij Instagram. # feedback
  Binnen een uur denken mensen dat dát het nepaccount is.
+ [Je blokkeert het account. Dan zie jij die gemene posts tenminste niet meer. #step: zelfzorg #rating: matig]
  Blokkeren is fijn voor jezelf. Maar het account blijft gewoon online, en de rest van de klas ziet het nog wel. Meld het ook. # feedback
+ [Je meldt het account bij Instagram als "doet zich voor als iemand anders". Je legt Sanne uit hoe zij het zelf ook meldt. #step: zelfzorg #rating: goed]
  ~ gemeld = true
  Goed. Een nepaccount meld je als "doet zich voor als iemand anders". Als de echte Sanne het meldt, telt dat extra. Op Meldknop.nl lees je hoe het werkt. # feedback
- -> woensdag

=== woensdag ===
Woensdag, in de pauze. Je zit met Femke in de kantine. # scene: kantine
{gemeld: Het account staat nog online. Instagram heeft de melding nog niet bekeken.|Het account staat nog steeds online.}
Er staat weer iets nieuws. Deze keer over Femke én Mees. De app van 2C stroomt vol.
kijk wat ze nu weer zegt 😂 sanne is echt psycho # speaker: bram # channel: chat
stuur door naar 2D haha # speaker: bram # channel: chat
en wat is er met de insta van pauw?? die zet ook rare dingen online # speaker: mees # channel: chat
{gedeeld: Jouw screenshots van gisteren staan er ook nog tussen. Iemand heeft ze al naar 2D gestuurd.}
Iedereen stuurt lachende smileys. Je voelt dat ze op jou wachten. # discuss: Is een lachend emoji onder een gemene post al meedoen? En doorsturen "omdat het toch al rondgaat"?

+ [Je stuurt niks door. In de app zet je: "Stop met delen. Dit account is nep." #step: zelfzorg #rating: goed]
  Goed. Niet doorsturen stopt de verspreiding. Dat je er iets van zegt, helpt Sanne en Femke allebei. # feedback
  boeie. het is toch grappig # speaker: bram # channel: chat
  Maar een paar mensen halen hun smiley weg.
+ [Je stuurt de post door naar je nicht in 2D. Zij kent Sanne niet, dus dat maakt niks uit. #step: zelfzorg #rating: fout]
  ~ gedeeld = true
  Elke keer dat je iets doorstuurt, zien meer mensen Femke en Mees uitgelachen worden. En Sannes naam gaat mee. Doorsturen maakt het altijd groter. # feedback
+ [Je doet niet mee, maar je zegt ook niks. Je zet de app op stil. #step: zelfzorg #rating: matig]
  Niet meedoen is goed. Maar door niks te zeggen, lijkt het of iedereen het normaal vindt. Eén bericht kan het al stoppen. # feedback
- -> sporthal

=== sporthal ===
Na de pauze heb je gym. Mees loopt naast je naar de kleedkamer. # scene: sporthal
Ik moet je wat zeggen. Gisteren in de bus zat Bram te typen. Ik zag Sannes foto op zijn scherm. Toen snapte ik het nog niet. # speaker: mees
Bram? Hij schreef ook steeds "echt 💀" onder de posts. Maar zeker weten doe je het niet. # channel: thought
Mees kijkt je aan. Hij wil weten wat je gaat doen. # discuss: Je denkt te weten wie het nepaccount heeft gemaakt, maar je weet het niet zeker. Noem je die naam? Tegen wie wel, en tegen wie niet?

+ [Je vertelt het aan Femke en Sanne. Zij moeten toch weten dat het Bram is? #step: zelfzorg #rating: matig]
  ~ gerucht = true
  Je deelt het met mensen die je vertrouwt. Maar het is nog maar een vermoeden. Zo gaat het voor je het weet rond als feit. Vertel het liever aan een volwassene. # feedback
  Aan het eind van de dag zegt iemand uit 2D tegen je: "Dus Bram heeft het gedaan?"
+ [Je noemt de naam tegen niemand. Je schrijft op wat Mees zag, en wanneer. Dat vertel je aan een volwassene. #step: zelfzorg #rating: goed]
  Goed. Een volwassene kan uitzoeken wat waar is. Jij hoeft de dader niet zelf te vinden, en zo zet je niemand zonder bewijs te kijk. # feedback
+ [Je loopt naar Bram: "Ik weet dat jij het bent. Stop ermee, of iedereen hoort het." #step: zelfzorg #rating: fout]
  ~ gerucht = true
  Je wilt dat het stopt, dat snap je. Maar in je eentje iemand aanspreken zonder bewijs kan flink misgaan. En als hij het is, weet hij nu dat hij zijn sporen moet wissen. # feedback
  Ben je gek? Ik heb niks gedaan. # speaker: bram
  Na de gymles weet de halve klas dat jij Bram ervan beschuldigt.
- -> durven

=== durven ===
Na school fiets je met Sanne mee naar huis. # scene: onderweg
Ze is stil. Bij het stoplicht zegt ze wat ze denkt.
Ik durf het niet te zeggen op school. Straks denken de leraren ook dat ik het ben. En mijn ouders pakken mijn telefoon af. # speaker: sanne

+ [Je zegt: "We gaan samen naar Mevrouw Jansen. Of naar Mevrouw Bakker, de vertrouwenspersoon. Ik ga mee." #step: zelfzorg #rating: goed]
  ~ volwassene = true
  ~ steun = steun + 1
  Goed. Dit is te groot om met z'n tweeën op te lossen. Een mentor of vertrouwenspersoon kan helpen, met de klas en met het account. Samen gaan maakt het minder eng. # feedback
  Oké. Maar dan ga je wel mee naar binnen, hè. # speaker: sanne
  Voor het eerst in twee dagen lacht ze even.
+ [Je belooft dat je het aan niemand vertelt. Jullie lossen het samen op. #step: zelfzorg #rating: fout]
  Je wilt Sanne beschermen, dat is lief. Maar zo blijven jullie met z'n tweeën met dit probleem zitten. Een volwassene kan veel meer doen. Praten kan ook anoniem, bij De Kindertelefoon: 0800-0432. # feedback
+ [Je gaat morgen in je eentje naar Mevrouw Jansen. Dat hoeft Sanne niet te weten. #step: zelfzorg #rating: matig]
  ~ volwassene = true
  ~ steun = steun - 1
  Een volwassene erbij halen is goed. Maar het gaat over Sanne. Zonder dat zij het weet, kan ze zich overvallen voelen. Vraag of ze meegaat. # feedback
- -> donderdag

=== donderdag ===
Donderdag, eerste uur. # scene: klaslokaal
{ volwassene:
    Mevrouw Jansen heeft jullie verhaal gehoord. {bewijs: Je liet haar de screenshots zien, op je eigen telefoon.|Screenshots heb je niet. Je kunt alleen vertellen wat je zag.}
    Dit is niet niks. Ik regel het met Meneer El Amrani. En Mevrouw Bakker weet er ook van. # speaker: jansen
  - else:
    Sanne is er niet. Haar moeder heeft de school gebeld: Sanne is ziek van alle berichten.
    Mevrouw Jansen vraagt je na de les te blijven. Ze heeft gehoord dat jij er meer van weet. Je vertelt wat je weet.
}
In de pauze komt Femke bij je zitten. Bram zit aan de tafel ernaast.
Dit is toch strafbaar? Ik bel gewoon 112. # speaker: femke
Doe normaal. Het is gewoon een grap op Insta. Daar doet de politie echt niks mee. # speaker: bram

+ [Je zegt: "Ja, bel maar! Dan schrikt die maker zich rot." #step: strafbaar #rating: matig]
  Je neemt het serieus, en dat is terecht. Maar 112 is alleen voor spoed, als iemand in gevaar is. School kan de politie op een andere manier om advies vragen. # feedback
+ [Je zegt: "Het kan strafbaar zijn, ja. Maar 112 is voor nood. School kan met de politie overleggen. Op vraaghetdepolitie.nl staat wat strafbaar is." #step: strafbaar #rating: goed]
  Goed. Een nepaccount maken om iemand pijn te doen kan strafbaar zijn. Maar 112 bel je bij direct gevaar. School en politie kunnen samen kijken wat zin heeft. # feedback
+ [Je zegt: "Bram heeft wel gelijk. Het is maar online. Dat is niet echt strafbaar." #step: strafbaar #rating: fout]
  Online is ook echt. Iemand nadoen met een nepaccount om hem te schaden kan strafbaar zijn, ook als je 12 of 13 bent. Op vraaghetdepolitie.nl lees je meer. # feedback
- -> klas

=== klas ===
{ volwassene:
    Na de pauze zitten jullie bij Mevrouw Bakker, de vertrouwenspersoon. Mevrouw Jansen is er ook. Sanne zit naast je. # scene: kamer-vp
  - else:
    Vrijdag is Sanne terug. Jullie zitten bij Mevrouw Bakker, de vertrouwenspersoon. Mevrouw Jansen is er ook. # scene: kamer-vp
}
Ik wil in de klas zeggen dat het account nep is. Maar Sanne, wat wil jij? # speaker: jansen
Sanne kijkt naar jou.

+ [Je zegt: "Sanne moet het zelf voor de klas vertellen. Dan gelooft iedereen haar." #step: veiligheid #rating: fout]
  ~ steun = steun - 1
  Je wilt dat iedereen haar gelooft, dat is goed. Maar voor de klas staan kan heel zwaar zijn. Sanne bepaalt zelf wat ze nodig heeft. # feedback
  Sanne zegt niks meer. Mevrouw Jansen stelt voor dat zij het zelf kort zegt.
+ [Je zegt: "Gewoon niks zeggen in de klas. Het waait vanzelf over." #step: veiligheid #rating: matig]
  Misschien wil Sanne dat ook. Maar het is haar keuze, niet die van jou. En veel klasgenoten denken nog steeds dat zij het was. # feedback
  Mevrouw Jansen vraagt het Sanne nog een keer. Sanne wil dat de mentor het kort zegt.
+ [Je zegt tegen Sanne: "Zeg maar wat jij wilt. Ik zit naast je, wat je ook kiest." #step: veiligheid #rating: goed]
  ~ steun = steun + 1
  Goed. Sanne kiest zelf wat ze nodig heeft om zich weer veilig te voelen in de klas. Jij steunt haar daarin. # feedback
  Sanne wil dat Mevrouw Jansen het kort zegt. Zelf wil ze niet voor de klas staan. En ze wil naast jou zitten.
- -> avond

=== avond ===
Donderdagavond. Je telefoon trilt. # scene: thuis # sfx: trillen
er is een nieuw account. sanne.2c.echt 😭 en iemand probeerde in te loggen op mijn insta # speaker: sanne # channel: chat
Je schrikt. Dit houdt niet op. # channel: thought

+ [Je zegt: "Gooi al je accounts weg. Dan ben je overal vanaf." #step: adviezen #rating: matig]
  Even weg van social media kan rust geven. Maar het nepaccount blijft gewoon bestaan. Beveilig haar eigen account en meld het nieuwe account. # feedback
+ [Je helpt haar: nieuw wachtwoord, inloggen in twee stappen aan, account op privé. Het nieuwe account screenshotten, melden, en Mevrouw Jansen laten weten. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Met een sterk wachtwoord en inloggen in twee stappen komt niemand zomaar in haar account. Het nieuwe account bewaren en melden helpt school en Instagram. # feedback
+ [Je stuurt het nieuwe account een bericht: "Ik weet wie je bent. Stop ermee, Bram." #step: zelfzorg #rating: fout]
  ~ gerucht = true
  Je bent er klaar mee, dat snap je. Maar met de maker in gesprek gaan geeft hem juist aandacht. En je noemt een naam zonder bewijs. Bewaar, meld en vertel het een volwassene. # feedback
- -> einde

=== einde ===
{
  - volwassene && gemeld && bewijs && not gedeeld && not gerucht && steun >= 2:
    -> einde_weg
  - (volwassene && (gemeld || bewijs)) || (gemeld && bewijs):
    -> einde_rommelig
  - else:
    -> einde_online
}

=== einde_weg ===
Een week later. # scene: klaslokaal
Instagram heeft beide accounts verwijderd. Met de screenshots en wat Mees zag, hebben Mevrouw Jansen en Meneer El Amrani met Bram gepraat. Hij heeft het toegegeven.
Hij moest Sanne, Femke en Mees zijn excuses aanbieden. Zijn ouders weten ervan, en de school heeft met de wijkagent overlegd.
Mevrouw Jansen heeft in de klas kort gezegd dat het account nep was. Niemand scheldt nog op Sanne.
Sorry nog van die eerste avond. En bedankt dat je naast me zat. # speaker: sanne
Ik zou het zo weer doen. # speaker: ik # ending: Het nepaccount is weg, Sanne staat weer sterk
-> END

=== einde_rommelig ===
Een week later. # scene: gang
{gemeld: Instagram heeft het eerste account verwijderd.|Het eerste account is weg. Instagram heeft het na een melding van Sannes moeder verwijderd.}
{ gerucht:
    Maar wie het deed, is niet duidelijk. Bram zegt overal dat hij vals wordt beschuldigd. Zijn ouders hebben de school gebeld.
  - else:
    Maar wie het deed, is niet duidelijk. Zonder genoeg bewijs kan de school niemand aanspreken.
}
{gedeeld: De screenshots gaan nog steeds rond, tot in 2D. Sommigen denken nog altijd dat Sanne het zelf was.}
Sanne komt weer naar school. Maar op de gang hoort ze nog wel eens gefluister. # ending: Het account is weg, maar de verhalen niet
-> END

=== einde_online ===
Een week later. # scene: thuis
Het nepaccount staat nog steeds online. Er komen nog steeds posts bij.
{gerucht: Bram is boos op jou, en de klas kiest partij. Over het account zelf praat niemand meer met een volwassene.}
Sanne heeft haar eigen Instagram verwijderd. Ze zit in de pauze vaak alleen.
Had je maar eerder iets gezegd, tegen iemand die kon helpen. # channel: thought # ending: Het nepaccount blijft online
-> END
