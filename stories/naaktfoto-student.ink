# id: naaktfoto-student
# title: Nep, maar het doet echt pijn
# mode: student
# topic: naaktfoto
# age: 12+
# minutes: 13
# summary: Er gaat een "naaktfoto" van je vriendin Emma rond. Emma heeft hem nooit gemaakt: Tygo maakte hem met een AI-app. Wat doe jij?
# warning: Dit verhaal gaat over een nep-naaktfoto die met een AI-app is gemaakt en wordt doorgestuurd. Er staan geen beelden in. Je kunt altijd stoppen.

VAR gekeken = false
VAR meegelachen = false
VAR doorgestuurd = false
VAR bewaard = false
VAR bewijs = false
VAR verteld = 0
VAR steun = 0
VAR gemeld = false
VAR ruzie = false
VAR volwassene = false
VAR achterrug = false
VAR bo_eerlijk = false
VAR bo_gepost = false
VAR emma_thuis = false
VAR gezien_lachen = false
VAR beloofd = false

Woensdagavond, tien uur. Je ligt op bed met je telefoon. # scene: thuis
Je zit in 3 mavo. Emma is je beste vriendin.
Bo uit je klas appt je. # sfx: ping
heb je dit al gezien?? # speaker: bo # channel: chat
is dit echt emma 😳 # speaker: bo # channel: chat
Eronder staat een wazig plaatje. Het lijkt op Emma. # channel: thought

+ [Je opent de foto niet. Je appt Bo terug: "Wat is dit? Van wie heb je dat?" #step: zelfzorg #rating: goed]
  Goed. Je hoeft de foto niet te zien om Emma te helpen. Zo heeft één persoon minder haar zo gezien. # feedback
  wat is dit? van wie heb je dat? # speaker: ik # channel: chat
+ [Je opent de foto heel even. Je moet toch weten of het echt Emma is. #step: zelfzorg #rating: matig]
  ~ gekeken = true
  Begrijpelijk dat je het zeker wilt weten. Maar om Emma te helpen, hoef je de foto niet te zien. Elke kijker is er één te veel. # feedback
  Emma's gezicht. Ze lijkt bloot. Je klikt hem weg, maar het beeld blijft in je hoofd.
+ [Je opent de foto. Je schrikt en stuurt Bo een 😳😂 terug. #step: zelfzorg #rating: fout]
  ~ gekeken = true
  ~ meegelachen = true
  Lachen uit schrik gebeurt vaak. Maar Bo leest: dit is grappig. Zo lijkt doorsturen normaler. # feedback
  😳😂 # speaker: ik # channel: chat
- -> nep

=== nep ===
Bo appt meteen terug. # sfx: ping
het is nep hoor. tygo heeft het gemaakt met zo'n AI app # speaker: bo # channel: chat
je zet er een gewone foto in en de app haalt de kleren weg. van haar insta 💀 # speaker: bo # channel: chat
hij zette hem in een snapgroep en nu gaat ie overal rond # speaker: bo # channel: chat
het is toch nep, dus zo erg is het niet # speaker: bo # channel: chat
Nep. Maar wie het niet weet, denkt dat het Emma is. # channel: thought # discuss: De foto is nep, maar hij lijkt echt. Is een nepfoto minder erg dan een echte? Voor wie wel, en voor wie niet?

+ [Je appt Bo: "Ah oké, als het nep is, valt het wel mee." Je stuurt de foto nergens heen. #step: zelfzorg #rating: matig]
  Goed dat je hem niet doorstuurt. Maar een nepfoto die echt lijkt, doet net zoveel pijn als een echte. # feedback
+ [Je stuurt de foto naar je voetbalgroep: "Dit is NEP! Kijk hoe eng AI is." Dan weet iedereen dat het niet echt is. #step: zelfzorg #rating: fout]
  ~ doorgestuurd = true
  Je wilt Emma verdedigen. Maar zo zien twintig mensen meer de foto. Doorsturen kan strafbaar zijn, ook als de foto nep is. # feedback
  Iemand reageert: "nep?? lijkt best echt 👀".
+ [Je appt Bo: "Nep of niet, dit is echt niet oké. Stuur hem niet verder en gooi hem weg." #step: zelfzorg #rating: goed]
  Goed. Je stuurt niets door en zegt waar de grens ligt. Nep of echt: Emma heeft hier nooit ja op gezegd. # feedback
  nep of niet, dit is echt niet oké. stuur hem niet verder en gooi hem weg # speaker: ik # channel: chat
  ok ok sorry. ik wist ook niet wat ik moest doen # speaker: bo # channel: chat
- -> bewijs_knoop

=== bewijs_knoop ===
Als Tygo straks alles ontkent, moet iemand kunnen laten zien hoe het ging. # channel: thought

+ [Je slaat de foto op in je galerij. Dan heb je bewijs. #step: adviezen #rating: fout]
  ~ bewaard = true
  Slim bedoeld, maar de foto zelf bewaar je nooit, ook niet als bewijs: zo kan hij verder lekken. Bewijs is wie wat stuurde, wanneer en waar. Zonder het beeld. # feedback
+ [Je maakt een screenshot van alleen Bo's tekst: wie, hoe laat, en dat Tygo het maakte. De foto verwijder je uit de chat. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Zo heb je bewijs zonder het beeld. Namen, tijden en berichten: dat hebben school en politie nodig. # feedback
+ [Je wist de hele chat met Bo. Je wilt dit gewoon niet op je telefoon hebben. #step: adviezen #rating: matig]
  Logisch dat je de foto weg wilt. Maar nu is ook weg wie hem stuurde en wanneer. Maak eerst een screenshot zonder de foto. # feedback
- -> emma_vertellen

=== emma_vertellen ===
Emma is nog online. Weet ze het al? # channel: thought

+ [Je belt Emma en vertelt dat er een nepfoto rondgaat, zonder hem te sturen. "Ik weet dat jij dit niet bent. Ik ben er voor je." #step: eerste-opvang #rating: goed]
  ~ verteld = 1
  ~ steun = steun + 1
  Goed. Emma moet het weten om hulp te kunnen zoeken, en beter van een vriend dan van de hele klas. Zonder de foto: zij beslist zelf of ze hem wil zien. # feedback
+ [Je zegt niks. Als ze het nog niet weet, kan ze vannacht tenminste slapen. #step: eerste-opvang #rating: matig]
  Je wilt haar beschermen, dat is lief. Maar ze hoort het toch, van iemand anders. Hoe eerder ze het weet, hoe eerder ze hulp krijgt. # feedback
+ [Je stuurt Emma de foto: "Kijk wat er rondgaat!! Wist jij dit?" Ze moet het toch weten. #step: eerste-opvang #rating: fout]
  ~ verteld = 2
  Ze moet het weten, klopt. Maar de foto sturen is ook doorsturen, en het beeld komt keihard binnen. Vertel het in woorden. # feedback
- -> huilen

=== huilen ===
{
  - verteld == 1:
    Eerst is Emma heel stil. Dan hoor je dat ze huilt.
  - verteld == 2:
    Twee minuten later belt Emma. Ze huilt zo hard dat je haar bijna niet verstaat.
  - else:
    Om elf uur belt Emma toch. Iemand anders heeft het haar gestuurd. Ze huilt.
    Wist jij dit al? Waarom zei je niks? # speaker: emma
}
Ik heb nooit zo'n foto gemaakt! Het is mijn foto uit Parijs, met mijn jas aan! # speaker: emma
Iedereen denkt dat ik dat ben. Ik ga morgen niet naar school. # speaker: emma

+ [Je zegt: "Joh, iedereen ziet toch dat het nep is. Morgen zijn ze het alweer vergeten." #step: eerste-opvang #rating: matig]
  Je wilt haar geruststellen. Maar zo klinkt het alsof het niet erg is, en voor Emma is het heel erg. Eerst luisteren. # feedback
  Emma zegt even niks. "Jij snapt het niet," zegt ze dan zacht.
+ [Je laat haar praten. Dan zeg je: "Dit is niet jouw schuld. Tygo deed dit, niet jij." Je vraagt wat ze nodig heeft. #step: eerste-opvang #rating: goed]
  ~ steun = steun + 1
  Goed. Je luistert, neemt haar serieus en zegt waar de schuld ligt: bij wie de foto maakte en deelde. # feedback
  Kun je gewoon even aan de lijn blijven? # speaker: emma
+ [Je zegt: "Zet je Insta meteen op privé. Met een open account kan iedereen je foto's pakken." #step: eerste-opvang #rating: fout]
  Privé zetten kan later handig zijn. Maar nu klinkt het alsof Emma iets fout deed. Een gewone foto posten is normaal; de schuld ligt bij wie er een nepfoto van maakte. # feedback
  Dus het is mijn eigen schuld? # speaker: emma
- -> melden

=== melden ===
Na een tijdje is Emma wat rustiger.
Hij moet weg. Overal. Maar hoe dan? # speaker: emma

+ [Je zegt: "Niks doen. Als we reageren, wordt het groter. Over een week is het vergeten." #step: adviezen #rating: fout]
  Wachten voelt rustig. Maar online gaat het snel: hoe langer je wacht, hoe verder de foto gaat. # feedback
+ [Jullie melden de foto in Snapchat. Dan haalt Snapchat hem weg, klaar. #step: adviezen #rating: matig]
  Melden in de app is goed. Maar de foto gaat al rond op WhatsApp. Helpwanted.nl kan helpen om hem op meer plekken weg te halen. # feedback
+ [Jullie kijken samen op Helpwanted.nl: die helpen beelden weg te halen, ook nepbeelden. En jullie melden Tygo's account in Snapchat. #step: adviezen #rating: goed]
  ~ gemeld = true
  Goed. Helpwanted.nl helpt bij beelden die zonder toestemming rondgaan, ook nepbeelden. Je kunt er anoniem chatten. # feedback
- -> klassenapp

=== klassenapp ===
Half twaalf. Er komt een bericht in de klassenapp van 3 mavo. # sfx: ping
relax mensen ik heb het met AI gemaakt 🤖 niemand is echt bloot geweest lol # speaker: tygo # channel: chat
het is gewoon een grap. emma kan toch wel tegen een grapje # speaker: tygo # channel: chat
Drie mensen sturen een lachende smiley. Je wordt heel boos. # channel: thought

+ [Je appt Tygo privé: "Haal het weg, of ik maak met die app er één van jou." #step: zelfzorg #rating: fout]
  ~ ruzie = true
  Je boosheid is logisch. Maar dreigen maakt het erger, en een nepfoto van Tygo maken is precies wat hij deed. Alleen online iemand aanpakken loopt vaak slecht af. # feedback
  haha screenshot gemaakt 😂 # speaker: tygo # channel: chat
+ [Je maakt een screenshot van Tygo's bericht: hij geeft toe dat hij het maakte. Verder zeg je niks. #step: adviezen #rating: matig]
  ~ bewijs = true
  Slim: dit is goed bewijs, zonder foto. Maar als iedereen zwijgt, lijkt het of de hele klas het normaal vindt. # feedback
+ [Je maakt een screenshot van Tygo's bericht. Dan typ je in de groep: "Nep of niet, dit is niet oké. Stuur het niet door." #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Je bewaart bewijs zonder de foto, en één korte reactie laat zien dat niet iedereen meedoet. De rest is voor volwassenen. # feedback
  nep of niet, dit is niet oké. stuur het niet door # speaker: ik # channel: chat
  Dan schrijft iemand: "ja eens". En nog iemand.
- -> kantine

=== kantine ===
Donderdag, eerste pauze. # scene: kantine
{steun >= 2:
  Emma is toch gekomen. Ze zit dicht naast je, met haar capuchon op.
- else:
  ~ emma_thuis = true
  Emma is niet op school.
}
{ruzie:
  Tygo laat iedereen jouw appje zien. "Kijk, ik word bedreigd!" Nu praat iedereen over jou.
}
Aan de tafel van Tygo en Bo wordt hard gelachen. Tygo roept je.
Kijk, zo werkt het. Foto erin, knopje, klaar. # speaker: tygo
Zal ik jou ook even doen? Kost twee seconden 😂 # speaker: tygo
Doe niet zo moeilijk. Het is toch niet echt. # speaker: bo
{meegelachen:
  Jij vond het gisteren toch ook grappig? # speaker: bo
}
{gekeken:
  Je ziet het plaatje van gisteravond weer voor je. # channel: thought
}

+ [Je zegt niks en loopt snel weg. Je wilt geen ruzie. #step: zelfzorg #rating: matig]
  Weglopen is beter dan meedoen. Maar zo merkt Tygo niet dat iemand het niet oké vindt. Kort iets zeggen mag. # feedback
+ [Je lacht mee en kijkt hoe de app werkt. Anders ben jij straks de volgende. #step: zelfzorg #rating: fout]
  ~ gezien_lachen = true
  Bang zijn om de volgende te worden, is heel echt. Maar meelachen maakt Tygo sterker, en Emma staat er nog meer alleen voor. # feedback
  Verderop ziet iemand uit de klas jou lachen. Ze pakt haar telefoon.
+ [Je zegt rustig: "Nee. Dit is geen grap, dit is gemeen." Dan loop je weg. #step: zelfzorg #rating: goed]
  Goed. Je zegt kort waar de grens ligt, zonder discussie of dreigen. Dat is sterker dan het lijkt. # feedback
  Tygo haalt zijn schouders op. Bo kijkt naar de tafel.
- -> volwassene_knoop

=== volwassene_knoop ===
Na de pauze loop je naar de gang. # scene: gang
{steun >= 2:
  Emma trekt je mee naar de hoek bij de wc's.
  Ik wil niet dat leraren het weten. Dan weet mijn moeder het ook. # speaker: emma
  Beloof je dat je niks zegt? # speaker: emma
- else:
  Je appt Emma. Ze is thuis, in bed. # sfx: ping
  ik wil niet dat leraren het weten. dan weet mijn moeder het ook # speaker: emma # channel: chat
  beloof je dat je niks zegt? # speaker: emma # channel: chat
}
Je kijkt naar de deur verderop. Op een poster staat: Mevrouw Bakker, vertrouwenspersoon. # discuss: Emma vraagt je iets geheim te houden. Wanneer mag je de belofte aan een vriend breken? En wanneer niet?

+ [Je zegt: "Dit is te groot voor ons twee. Ik ga met je mee naar Mevrouw Bakker. Jij beslist mee." #step: zelfzorg #rating: goed]
  ~ volwassene = true
  ~ steun = steun + 1
  Goed. Een foto die rondgaat, stoppen jullie niet alleen. De vertrouwenspersoon luistert, denkt mee en beslist niet over Emma's hoofd heen. En jij gaat mee. # feedback
  -> bakker
+ [Je belooft het. Jullie lossen het samen op. Vrienden houden elkaars geheimen. #step: zelfzorg #rating: fout]
  ~ beloofd = true
  Je wilt Emma's vertrouwen niet beschamen, dat is begrijpelijk. Maar een foto die rondgaat, stop je niet met z'n tweeën. Hulp van een volwassene vragen is dan geen verraad. # feedback
  -> geheim
+ [Je zegt "oké". Maar later vertel je het toch aan je mentor, Mevrouw Jansen. Emma weet van niks. #step: zelfzorg #rating: matig]
  ~ volwassene = true
  ~ achterrug = true
  Goed dat een volwassene het nu weet. Maar Emma voelt zich gepasseerd. Zeg het eerlijk tegen haar, en ga liefst samen. # feedback
  Goed dat je het me vertelt. Ik breng jullie allebei naar Mevrouw Bakker. # speaker: jansen
  -> bakker

=== bakker ===
Vrijdag, eerste uur. Jullie zitten bij Mevrouw Bakker. # scene: kamer-vp
{emma_thuis: Emma is er ook, voor het eerst sinds woensdag.}
{achterrug:
  Emma kijkt je niet aan. "Je had het beloofd," fluistert ze.
}
Mevrouw Bakker laat Emma alles vertellen. Ze vraagt niet om de foto.
Dit is niet jouw schuld, Emma. Een nepfoto kan net zoveel pijn doen als een echte. # speaker: bakker
Wat Tygo deed, kan strafbaar zijn. De politie kan dat beoordelen; Agent Visser, onze jeugdagent, helpt daarbij. # speaker: bakker
{gemeld:
  Goed dat jullie Helpwanted al ingeschakeld hebben. # speaker: bakker
- else:
  Helpwanted.nl kan helpen om de foto overal weg te halen. # speaker: bakker
}
{bewijs:
  Je laat je screenshots zien: geen foto, alleen namen en tijden. Mevrouw Bakker knikt.
}
{bewaard:
  Heeft iemand van jullie de foto zelf nog? # speaker: bakker
  Je wordt rood. Hij staat nog in je galerij. Zonder te kijken laat ze je hem wissen.
}
Ik wil ook graag dat je moeder het weet, Emma. Wat vind jij daarvan? # speaker: bakker
Emma kijkt naar jou. # channel: narrator

+ [Je zegt: "Laat je moeder erbuiten. We praten het zelf uit met Tygo. Dan blijft het klein." #step: zelfzorg #rating: fout]
  Je wilt het klein houden voor Emma. Maar een gesprek met Tygo haalt de foto niet weg. Een ouder kan Emma steunen en meebeslissen over de politie. # feedback
  Emma twijfelt. Mevrouw Bakker zegt dat ze morgen samen verder praten.
+ [Je zegt: "Vertel het je moeder. Ze wordt boos op Tygo, niet op jou. Ik blijf naast je zitten als je belt." #step: zelfzorg #rating: goed]
  ~ steun = steun + 1
  Goed. Een ouder kan Emma steunen en met school beslissen over de politie. Dat jij naast haar zit, maakt die stap kleiner. # feedback
  Emma belt. Een halfuur later staat haar moeder op school.
  Lieverd, jij hebt niks fout gedaan. Die jongen wel. # speaker: moeder-emma
+ [Je zegt: "Je moet vandaag nog aangifte doen. Anders komt Tygo er gewoon mee weg." #step: strafbaar #rating: matig]
  Goed dat je dit serieus neemt. Maar Emma beslist zelf, met haar ouders en Mevrouw Bakker. Op vraaghetdepolitie.nl lees je hoe het werkt. # feedback
  Emma schrikt. Mevrouw Bakker zegt rustig dat het stap voor stap kan.
- -> bo_knoop

=== geheim ===
Donderdagavond. Je telefoon gaat. Het is de moeder van Emma. # scene: thuis # sfx: trillen
Emma ligt de hele dag al op haar kamer te huilen. Ze zegt niks tegen mij. # speaker: moeder-emma
Weet jij wat er aan de hand is? # speaker: moeder-emma
Je hebt het Emma beloofd. # channel: thought

+ [Je zegt: "Ik weet nergens van, mevrouw. Sorry." #step: zelfzorg #rating: fout]
  Je houdt je belofte, en dat voelt loyaal. Maar zo weet geen volwassene wat er speelt, terwijl de foto verder gaat. # feedback
+ [Je zegt: "Dat moet u aan Emma zelf vragen." #step: zelfzorg #rating: matig]
  Je verraadt niks en laat merken dat er iets is. Maar Emma praat met niemand. Je mag zeggen dat het ernstig is en dat Mevrouw Bakker kan helpen. # feedback
  Emma's moeder zucht. "Dan ga ik dat nu doen."
+ [Je vertelt eerlijk wat je weet, zonder de foto te sturen. Je zegt dat Mevrouw Bakker op school kan helpen. #step: zelfzorg #rating: goed]
  ~ volwassene = true
  Goed. Dit geheim mag je breken: Emma kan dit niet alleen. Je vertelt het zonder de foto, en je wijst de weg naar hulp. # feedback
  Dank je wel dat je het zegt. Ik bel morgenochtend meteen de school. # speaker: moeder-emma
- -> bo_knoop

=== bo_knoop ===
Een week later. Je zit op je kamer. # scene: thuis
Bo appt je. # sfx: ping
ik moet je iets zeggen. ik heb die foto van emma ook naar vijf mensen gestuurd # speaker: bo # channel: chat
voordat ik jou appte. ik voel me echt rot # speaker: bo # channel: chat
moet ik het zeggen? of gewoon verwijderen en niks zeggen? niemand weet het toch # speaker: bo # channel: chat # discuss: Bo stuurde de foto door, maar heeft nu spijt. Hoe ga je om met iemand die fout zat en het wil goedmaken?

+ [Je zet Bo's appje in de klassenapp: "Kijk, Bo heeft hem ook verspreid!" #step: zelfzorg #rating: fout]
  ~ bo_gepost = true
  Je boosheid is logisch. Maar iemand aan de schandpaal zetten maakt het groter, en nu gaat het weer over de foto. Bo wil het juist goedmaken. # feedback
+ [Je appt: "Verwijder hem gewoon. Dan is het klaar." #step: zelfzorg #rating: matig]
  Verwijderen is goed. Maar die vijf hebben de foto nog, en zo kan hij terugkomen. Beter is het als Bo het eerlijk vertelt. # feedback
+ [Je appt: "Vertel het eerlijk aan Mevrouw Bakker, en vraag die vijf hem te wissen. Ik ga mee." #step: zelfzorg #rating: goed]
  ~ bo_eerlijk = true
  Goed. Zo wordt de foto op meer telefoons gewist, en Bo kan het goedmaken. # feedback
  ok. morgen in de pauze? # speaker: bo # channel: chat
- -> einde

=== einde ===
{
  - doorgestuurd:
    -> jij_ook
  - volwassene && steun >= 3 && not ruzie && not gezien_lachen:
    -> samen
  - volwassene:
    -> deuk
  - else:
    -> rondgaan
}

=== samen ===
Twee weken later. # scene: schoolplein
{gemeld:
  Via Helpwanted en de meldingen in de apps is de foto binnen een paar dagen op de meeste plekken weg.
- else:
  Met hulp van Helpwanted en Agent Visser is de foto na een week op de meeste plekken weg.
}
{bo_eerlijk: Ook de vijf mensen van Bo hebben hem gewist.}
{bo_gepost: Alleen ging het na jouw bericht over Bo nog even over de foto.}
{achterrug: Emma was eerst boos dat je naar Mevrouw Jansen ging. Nu snapt ze het.}
Emma en haar moeder hebben met Agent Visser gepraat. Hij praat ook met Tygo en zijn ouders. Op school moet Tygo bij Meneer El Amrani komen.
Emma zit weer in de klas. Soms wordt ze nog stil als iemand op zijn telefoon kijkt.
Maar ze weet wie er voor haar zijn: jij, haar moeder en Mevrouw Bakker, die elke week vraagt hoe het gaat. # ending: Weg, en Emma staat er niet alleen voor
-> END

=== deuk ===
Twee weken later. # scene: schoolplein
De school en Agent Visser zijn ermee bezig. Tygo moest bij Meneer El Amrani komen. De foto is op de meeste plekken weg.
{
  - gezien_lachen:
    Emma heeft gehoord dat jij met Tygo meelachte. Dat kan ze niet vergeten.
  - ruzie:
    Maar jouw dreigappje gaat ook rond. Emma wil niet dat het nog langer over haar gaat.
  - beloofd:
    Emma is blij dat het gestopt is. Maar pas toen haar moeder jou belde, kwam er hulp. Dat voelde voor haar als te laat.
  - achterrug:
    Emma snapt wel waarom je naar Mevrouw Jansen ging. Maar ze vertrouwt je niet meer zoals eerst.
  - else:
    Emma voelde zich die eerste dagen erg alleen. Dat zegt ze later tegen je.
}
{bo_gepost: En sinds je Bo in de klassenapp zette, praat de klas weer over de foto.}
Emma loopt in de pauze met andere meiden. Jullie zeggen nog wel hallo, meer niet.
Het is gestopt. Maar jullie vriendschap heeft een deuk. Misschien kun je het met haar uitpraten, samen met Mevrouw Bakker. # ending: Gestopt, maar jullie vriendschap heeft een deuk
-> END

=== rondgaan ===
Twee weken later. # scene: thuis
Geen volwassene weet precies wat er is gebeurd. De foto gaat nog steeds rond, nu ook op andere scholen.
{bewaard: Hij staat ook nog steeds op jouw telefoon.}
Emma is al twee weken niet op school geweest. Ze reageert bijna niet meer op je appjes.
Tygo heeft al een nieuwe foto gemaakt, van een meisje uit de tweede.
Het is nooit te laat om hulp te vragen. Vertel het aan Mevrouw Bakker of je mentor. Helpwanted.nl helpt om beelden weg te halen, ook nepbeelden. En bij De Kindertelefoon (0800-0432) kun je anoniem praten. # ending: De foto blijft rondgaan
-> END

=== jij_ook ===
Twee weken later. # scene: kamer-vp
{volwassene:
  De school en Agent Visser zoeken uit wie de foto allemaal heeft doorgestuurd.
- else:
  De moeder van Emma heeft de school gebeld. De school en Agent Visser zoeken uit wie de foto allemaal heeft doorgestuurd.
}
Jouw naam staat ook op de lijst. Iemand uit je voetbalgroep heeft de foto verder gestuurd.
Doorsturen kan strafbaar zijn, ook als een foto nep is. We bekijken per persoon wat er moet gebeuren. # speaker: wijkagent
Je zit met je ouders tegenover Agent Visser. Je wilde Emma juist helpen.
Emma weet dat haar foto via jou bij nog meer mensen kwam. Ze appt je niet meer.
Terugdraaien kan niet. Wel kun je eerlijk zijn en helpen om de foto overal te laten verwijderen. # ending: Jij hoort er nu ook bij
-> END
