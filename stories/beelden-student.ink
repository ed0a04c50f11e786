# id: beelden-student
# title: Alle camera's aan
# mode: student
# topic: beelden
# age: 12+
# minutes: 13
# summary: Op het schoolplein wordt Ruben geslagen en iedereen filmt. Dezelfde avond staat je vriendin Eva op een bangalijst. Wat doe jij?
# warning: Dit verhaal gaat over een vechtpartij die gefilmd en gedeeld wordt, en over een lijst met foto's van meiden die zonder toestemming online staan. Er staan geen beelden in. Je kunt altijd stoppen.
# pair: beelden-staff

VAR hulp = false
VAR gefilmd = false
VAR ruben = 0
VAR verspreid = 0
VAR video_gemeld = false
VAR lijst_gemeld = false
VAR bewijs = false
VAR fotos_bewaard = false
VAR foto_aan_eva = false
VAR eva_stil = false
VAR eva_pijn = false
VAR getuige = false
VAR meegegaan = false
VAR bedreiging_verteld = false

Donderdag, grote pauze. Je staat met Eva bij de bankjes op het schoolplein. # scene: schoolplein
Bij de fietsenstalling roept iemand: "Fight! Fight!" Er staat al een kring. In het midden: Kevin uit 3 mavo en Ruben uit jouw jaar.
Kevin duwt Ruben hard tegen de grond. Dan slaat hij hem. Ruben begint te huilen.
Overal gaan telefoons omhoog. Jayden staat vooraan en filmt. # sfx: camera
Meneer de Vries staat aan de andere kant van het plein. Hij heeft nog niks door. # channel: thought # discuss: Bij een vechtpartij filmt bijna iedereen. Is filmen meedoen, toekijken of bewijs verzamelen? Waar ligt voor jou de grens?

+ [Je filmt ook. Als er later gedoe komt, heb je tenminste bewijs van wat Kevin deed. #step: zelfzorg #rating: fout]
  ~ gefilmd = true
  Bewijs lijkt slim, maar zo hoor je bij het publiek. Camera's maken een gevecht vaak erger, en niemand haalt hulp. # feedback
+ [Je rent naar Meneer de Vries en roept dat er gevochten wordt. #step: zelfzorg #rating: goed]
  ~ hulp = true
  ~ ruben += 1
  Goed. Hulp halen is het beste wat je kunt doen. Zelf ertussen springen is gevaarlijk, en filmen helpt Ruben niet. # feedback
+ [Je blijft in de kring staan en roept: "Stop nou! Kevin, stop!" #step: zelfzorg #rating: matig]
  Moedig dat je laat horen dat het niet oké is. Maar Kevin luistert niet. Een volwassene halen stopt het sneller. # feedback
- -> na_gevecht

=== na_gevecht ===
{hulp: Binnen een halve minuut is Meneer de Vries er. Hij trekt Kevin weg en stuurt hem naar binnen.|Pas na een paar minuten komt Meneer de Vries aanrennen. Hij trekt Kevin weg en stuurt hem naar binnen.}
Telefoons weg, allemaal! Nu! # speaker: de-vries
Ruben zit tegen het hek. Zijn lip bloedt. Een paar jongens lachen nog, en eentje filmt gewoon door.

+ [Je loopt weg met Eva. Ruben schaamt zich vast al genoeg. Hij wil niet dat nog iemand naar hem kijkt. #step: eerste-opvang #rating: fout]
  Je wilt hem niet nog meer laten schamen, dat is begrijpelijk. Maar zo lijkt het alsof niemand om hem geeft. Even naast hem staan helpt meer dan je denkt. # feedback
+ [Je laat hem nu met rust. Vanavond app je hem: "Hé, gaat het een beetje?" #step: eerste-opvang #rating: matig]
  Een appje is lief. Maar juist nu, met al die telefoons om hem heen, heeft hij iemand naast zich nodig. # feedback
+ [Je gaat naast Ruben staan, met je rug naar de telefoons. "Gaat het? Zal ik met je meelopen naar binnen?" #step: eerste-opvang #rating: goed]
  ~ ruben += 1
  Goed. Je laat merken dat hij niet alleen staat, en je haalt hem uit beeld. Er zijn is al veel. # feedback
  Ruben knikt en loopt met je mee naar binnen.
- -> klassenapp

=== klassenapp ===
Donderdagmiddag. Je zit in de bus naar huis. # scene: onderweg
{gefilmd: -> eigen_filmpje}
In de klassenapp stuurt Jayden een filmpje. # sfx: ping
RUBEN HUILBABY 😂😂😂 # speaker: jayden # channel: chat
stuur door naar iedereen # speaker: jayden # channel: chat
Drie mensen sturen een lachende emoji terug. De rest zegt niks.

+ [Je stuurt niks door. In de app zet je: "Niet doorsturen. Ruben heeft het al zwaar genoeg." #step: zelfzorg #rating: goed]
  Goed. Je stuurt niks door en laat zien waar de grens ligt. Vaak denken anderen hetzelfde, maar durven ze het niet als eerste. # feedback
  niet doorsturen. ruben heeft het al zwaar genoeg # speaker: ik # channel: chat
  Even later appt iemand: "eens".
+ [Je stuurt het naar je nicht op een andere school: "Moet je zien wat hier gebeurde 😳" Je lacht er niet om, je bent geschrokken. #step: zelfzorg #rating: fout]
  ~ verspreid += 1
  Geschrokken zijn is menselijk. Maar zo gaat het filmpje naar nog een school, en Ruben krijgt het nooit meer terug. Praat erover zonder het te sturen. # feedback
+ [Je stuurt niks door en zegt ook niks. Je zet de groep op stil. #step: zelfzorg #rating: matig]
  Niet doorsturen is het belangrijkste. Maar als niemand iets zegt, lijkt het of de hele klas het grappig vindt. # feedback
- -> tiktok

=== eigen_filmpje ===
Jouw filmpje staat nog op je telefoon. Dan appt Jayden je, alleen jou. # sfx: ping
yo stuur ff die van jou. die van mij is helemaal wazig # speaker: jayden # channel: chat
jij stond beter # speaker: jayden # channel: chat

+ [Je stuurt het niet. Maar je houdt het wel, als bewijs voor als school erom vraagt. #step: zelfzorg #rating: matig]
  Niet doorsturen is goed. Maar een filmpje van iemand die geslagen wordt, hoef je niet te bewaren: het kan toch uitlekken. Vertel liever wat je zag. # feedback
+ [Je stuurt het. De halve school heeft het toch al gezien. #step: zelfzorg #rating: fout]
  ~ verspreid += 1
  Eén filmpje meer lijkt niks uit te maken. Maar elk doorgestuurd filmpje maakt het groter en moeilijker om weg te halen. # feedback
+ [Je stuurt het niet. Je wist je filmpje. Ruben die huilt, op jouw telefoon: dat wil je niet. #step: zelfzorg #rating: goed]
  Goed. Niet doorsturen is het belangrijkste. Wat je zag, kun je altijd aan een leraar vertellen; daar heb je het filmpje niet voor nodig. # feedback
  nee. ik stuur niks. wis die van jou ook # speaker: ik # channel: chat
- -> tiktok

=== tiktok ===
Donderdagavond. Je ligt op bed en scrolt door TikTok. # scene: thuis # sfx: notificatie
Dan zie je het filmpje van vanmiddag. Het staat op een account met vechtfilmpjes van scholen uit de buurt.
Brugpieper gaat huilend naar de grond 😭🥊 welke school is dit?? # speaker: knokaccount # channel: post
14.000 views. Honderden reacties: "Huilbaby." "Hahaha die tranen." Iemand heeft de naam van Ruben eronder gezet.
Wie zit er achter dit account? # channel: thought # discuss: Iemand deelt een filmpje omdat hij het erg vindt, niet omdat hij het grappig vindt. Maakt dat verschil voor degene die erin staat?

+ [Je meldt het filmpje in TikTok, als pesten en geweld. Het account meld je ook. Je liket niks en reageert niet. #step: adviezen #rating: goed]
  ~ video_gemeld = true
  Goed. Melden is de beste manier om het filmpje offline te krijgen. En elke like of reactie laat het aan meer mensen zien. # feedback
+ [Je zet de link in je story: "Dit is gewoon ziek. Wie doet zoiets?" Iedereen moet zien hoe erg dit is. #step: zelfzorg #rating: fout]
  ~ verspreid += 1
  Je bent boos, en terecht. Maar door de link te delen zien nog meer mensen Ruben huilen. Ook delen omdat je het erg vindt, is delen. # feedback
+ [Je reageert eronder: "Laat hem met rust. Jullie zijn zielig." #step: adviezen #rating: matig]
  Opkomen voor Ruben is moedig. Maar elke reactie laat het filmpje aan meer mensen zien. Melden helpt meer. # feedback
  Binnen een minuut reageert iemand op jou: "wie vroeg jou wat 🤡".
- -> lijst

=== lijst ===
Half elf. Je telefoon trilt. # sfx: trillen
heb je exposed.college al gezien?? 👀 # speaker: jayden # channel: chat
eva staat er ook op # speaker: jayden # channel: chat
Je opent de link. Een nieuw account.
BANGALIJST 🔥 deel 1. deel met iedereen die ze kent 😈 # speaker: banga-account # channel: post
Foto's van meiden van jullie school, met een naam en een gemeen woord erbij.
Dan zie je Eva, in de kleedkamer van de gymzaal. Ze wist duidelijk niet dat iemand een foto maakte.
Je wordt er misselijk van. # channel: thought # discuss: Waarom kijken zoveel mensen naar zo'n lijst, ook als ze hem gemeen vinden? Ben je dan ook een beetje deel van het probleem?

+ [Je scrolt de hele lijst door. Je wilt weten wie er nog meer op staan. #step: zelfzorg #rating: matig]
  Nieuwsgierig zijn is normaal. Maar elke klik geeft het account aandacht, en daar gaat het de makers om. # feedback
+ [Je kijkt niet verder. Aan Jayden appt je: "Niet delen. Dit zijn gewoon meiden van onze school." #step: zelfzorg #rating: goed]
  Goed. Je kijkt niet verder, stuurt niks door en zegt waar de grens ligt. # feedback
  niet delen. dit zijn gewoon meiden van onze school # speaker: ik # channel: chat
+ [Je stuurt de link naar een paar meiden uit je klas: "Check of jullie erop staan!!" #step: zelfzorg #rating: fout]
  ~ verspreid += 1
  Waarschuwen is lief bedoeld. Maar zo stuur je de lijst zelf rond en zien nog meer mensen de foto's. Waarschuw zonder link. # feedback
- -> bewijs_knoop

=== bewijs_knoop ===
Dit account moet weg. Maar dan weet straks niemand meer hoe het heette. # channel: thought

+ [Je maakt één screenshot van alleen de naam van het account, en je kopieert de link. Dan meld je het account in de app. #step: adviezen #rating: goed]
  ~ bewijs = true
  ~ lijst_gemeld = true
  Goed: naam en link zijn genoeg bewijs, zonder de foto's. Door te melden weet de app dat dit account over de grens gaat, en via Meldknop.nl vind je nog meer hulp. # feedback
+ [Je meldt het account meteen in de app. Screenshots maken voelt vies, dus dat doe je niet. #step: adviezen #rating: matig]
  ~ lijst_gemeld = true
  Melden is goed. Maar als het account verdwijnt of een andere naam krijgt, heb je niks meer. Een screenshot van alleen de naam en de link is genoeg. # feedback
+ [Je maakt screenshots van alle foto's, ook die van Eva. Dan heeft school straks bewijs. #step: adviezen #rating: fout]
  ~ fotos_bewaard = true
  ~ eva_pijn = true
  Bewijs klinkt slim. Maar nu staan foto's van meiden die dat niet willen op jouw telefoon. Een screenshot van de naam van het account en de link is genoeg. # feedback
- -> eva_vertellen

=== eva_vertellen ===
Het is bijna elf uur. Eva is nog online. Weet ze het al? # channel: thought

+ [Je stuurt Eva de foto, zodat ze precies weet waar het om gaat. #step: eerste-opvang #rating: fout]
  ~ foto_aan_eva = true
  ~ eva_pijn = true
  ~ verspreid += 1
  Je wilt eerlijk zijn. Maar nu krijgt ze die foto 's avonds laat, alleen op haar kamer, en ook nog van jou. Vertel het haar zonder de foto. # feedback
  Eva leest het bericht. Dan gaat ze offline.
+ [Je belt Eva. Je vertelt rustig wat je zag, zonder foto. Je zegt dat het niet haar schuld is, en dat je er voor haar bent. #step: eerste-opvang #rating: goed]
  Goed. Je vertelt het zelf, rustig en zonder de foto. En je zegt het belangrijkste: dit is niet haar schuld. # feedback
  Eva huilt. Jullie bellen tot ze rustiger is.
+ [Je zegt niks. Misschien is het account morgen al weg, en dan hoeft ze het nooit te weten. #step: eerste-opvang #rating: matig]
  ~ eva_stil = true
  Je wilt haar beschermen. Maar waarschijnlijk hoort ze het dan van een ander, op een slecht moment. # feedback
- -> vrijdag

=== vrijdag ===
Vrijdag, eerste uur. Mevrouw Jansen, jullie mentor, kijkt ernstig. # scene: klaslokaal # sfx: bel
Gisteren is er op het plein iets ergs gebeurd, en er is gefilmd. Heeft iemand iets gezien? Kom na de les even bij mij. # speaker: jansen
Als Kevin hoort dat jij iets hebt gezegd... # channel: thought

+ [Je schrijft op een briefje zonder naam wat je zag, en legt het op haar bureau. #step: zelfzorg #rating: matig]
  Bang zijn voor Kevin is heel normaal, en iets laten weten is goed. Maar bij een briefje kan je mentor niks navragen. In een gesprek gaat ze voorzichtig om met wat jij vertelt. # feedback
+ [Je downloadt het filmpje van TikTok en appt het naar Mevrouw Jansen. Dan kan ze zelf zien wat er gebeurde. #step: zelfzorg #rating: fout]
  ~ getuige = true
  ~ verspreid += 1
  Je wilt helpen. Maar zo stuur je het filmpje toch weer door. Vertel wat je zag en noem de naam van het account; dan kan de school het laten weghalen. # feedback
+ [Na de les vertel je Mevrouw Jansen wat je zag, en dat het filmpje op knokpartij.tv staat. Het filmpje zelf stuur je niet. #step: zelfzorg #rating: goed]
  ~ getuige = true
  Goed. Zo kan de school Ruben beschermen en het filmpje weg laten halen. De naam van het account is genoeg. # feedback
  {gefilmd: Je zegt ook eerlijk dat jij hebt gefilmd. Mevrouw Jansen knikt. "Fijn dat je dat zegt. Stuur het naar niemand."}
- -> pauze

=== pauze ===
Grote pauze. Eva zit naast je in de kantine, met haar capuchon op. # scene: kantine
{foto_aan_eva: Waarom stuurde je me die foto? Nu staat hij ook nog op mijn eigen telefoon. # speaker: eva}
{eva_stil: Jij wist het gisteren al? Ik hoorde het vanochtend bij de fietsen. Iedereen keek naar me. # speaker: eva}
Iedereen heeft het gezien. Ik ga nooit meer naar gym. # speaker: eva
Ik wil dat het weg is. Maar ik ga het niet aan een leraar vertellen. Dan weten nog meer mensen het. # speaker: eva

+ [Je zegt dat ze het echt aan een volwassene moet vertellen. Maar meegaan durf je niet; dat moet ze zelf doen. #step: zelfzorg #rating: matig]
  Goed advies. Maar alleen gaan is voor Eva een grote stap. Als jij meeloopt, wordt die kleiner. # feedback
  Eva knikt, maar ze staat niet op.
  -> zaterdag
+ [Je vertelt over Mevrouw Bakker, de vertrouwenspersoon. "Zal ik met je meelopen? Jij beslist wat je vertelt." #step: zelfzorg #rating: goed]
  ~ meegegaan = true
  Goed. Je dwingt haar niet, maar je maakt de stap kleiner. De vertrouwenspersoon gaat zorgvuldig om met wat Eva vertelt, en helpt de foto weg te krijgen. # feedback
  -> bakker
+ [Je zegt: "Dan zoeken we zelf uit wie exposed.college is. Jayden kent iemand die accounts kan hacken." #step: zelfzorg #rating: fout]
  Je wilt terugvechten voor Eva. Maar zelf speuren of hacken is gevaarlijk en kan strafbaar zijn. Uitzoeken wie erachter zit, kan de politie samen met het platform. # feedback
  Jayden "kent iemand". Er gebeurt niks, maar nu weten nog meer mensen dat Eva op de lijst staat.
  -> zaterdag

=== bakker ===
Je loopt met Eva mee naar de kamer van Mevrouw Bakker. # scene: gang # sfx: deur
Eva gaat alleen naar binnen. Jij wacht op de gang. Na een half uur komt ze rustiger naar buiten.
Wat fijn dat je met Eva bent meegelopen. # speaker: bakker
We gaan de foto laten weghalen. Daar kan Helpwanted.nl bij helpen. En via Meldknop.nl komt een melding sneller bij een platform. # speaker: bakker
{bewijs: Eva zegt dat jij de naam van het account en de link hebt bewaard. Daar kan ik veel mee. # speaker: bakker}
{fotos_bewaard: Mevrouw Bakker vraagt of jij iets hebt bewaard. Je laat je screenshots zien. Eva ziet haar eigen foto op jouw telefoon. Ze draait haar hoofd weg.}
{fotos_bewaard: Wis die foto's, alsjeblieft. De naam van het account en de link zijn genoeg. # speaker: bakker}
-> zaterdag

=== zaterdag ===
Zaterdagavond. # scene: thuis
{video_gemeld or getuige: Het filmpje van Ruben is van TikTok af.|Het filmpje van Ruben staat nog op TikTok. Al 40.000 views.}
Dan een bericht van een onbekend nummer. # sfx: ping
met kevin. ze zeggen dat jij hebt geklikt # speaker: kevin # channel: chat
maandag ben jij aan de beurt # speaker: kevin # channel: chat
Je hart bonkt in je keel. # channel: thought

+ [Je reageert niet en blokkeert hem. Verder vertel je het aan niemand; je wilt niet nog meer gedoe. #step: zelfzorg #rating: matig]
  Niet reageren en blokkeren is slim. Maar zonder screenshot heb je geen bewijs, en niemand weet dat je bent bedreigd. # feedback
+ [Je appt terug: "Ik was het niet! Vraag maar aan Jayden, die heeft alles gefilmd." #step: zelfzorg #rating: fout]
  Jezelf beschermen is logisch. Maar zo blijf je in gesprek met Kevin en breng je een ander in gevaar. Niet reageren, bewaren en vertellen is veiliger. # feedback
  gaan we zien # speaker: kevin # channel: chat
+ [Je reageert niet. Je maakt een screenshot, blokkeert Kevin en laat het aan je ouders zien. Maandag vertel je het op school. #step: zelfzorg #rating: goed]
  ~ bedreiging_verteld = true
  Goed. Dit is een bedreiging, die hoef je niet alleen te dragen. Als volwassenen het weten, kan school zorgen dat je veilig bent. # feedback
- -> maandag

=== maandag ===
Maandag, grote pauze. # scene: kantine
{bedreiging_verteld: Meneer El Amrani heeft je screenshot gezien en met Kevin gepraat. Kevin blijft bij jou uit de buurt.|Je kijkt steeds om je heen. Waar is Kevin?}
Ruben zit alleen aan een tafel bij het raam. Iemand fluistert: "Huilbaby." Jayden lacht.

+ [Je gaat bij Ruben zitten. Je praat over iets gewoons en vraagt hoe het gaat. #step: eerste-opvang #rating: goed]
  ~ ruben += 1
  Goed. Je hoeft niet over het filmpje te beginnen: naast hem zitten zegt al veel. # feedback
  Na een paar minuten schuift Eva ook aan. Ruben glimlacht even.
+ [Je gaat bij je vrienden zitten. Als je nu naast Ruben gaat zitten, noemen ze jou straks ook huilbaby. #step: eerste-opvang #rating: fout]
  Die angst is echt. Maar zo zit Ruben helemaal alleen, en dat maakt het pesten groter. Als één iemand bij hem gaat zitten, volgen anderen vaak. # feedback
+ [Je zegt tegen Jayden: "Doe normaal, man." Daarna ga je bij je vrienden zitten. #step: eerste-opvang #rating: matig]
  Jayden aanspreken is moedig. Maar Ruben zit nog steeds alleen. # feedback
- -> einde

=== einde ===
{
  - verspreid >= 2 || (not getuige && not meegegaan):
    -> rondgaan
  - eva_pijn:
    -> eva_afstand
  - ruben < 2:
    -> ruben_alleen
  - else:
    -> samen
}

=== samen ===
Twee weken later. # scene: schoolplein
{video_gemeld or getuige: Het filmpje van Ruben is offline.|Het filmpje van Ruben staat nog online. Mevrouw Bakker helpt nu om het te laten weghalen.} Via Meldknop.nl en Helpwanted.nl is de bangalijst weggehaald.
{bewijs: Dankzij jouw screenshot van de naam en de link ging dat snel.}
Wie achter exposed.college zat, weet nog niemand. Mevrouw Bakker zegt dat de politie en het platform dat kunnen uitzoeken.
Eva praat elke week even met Mevrouw Bakker. Met Mevrouw Jansen heeft ze afgesproken wat ze nodig heeft om weer te gaan gymmen.
Ruben eet nu elke pauze bij jullie. Hij lacht weer soms.
Je hebt geen held hoeven zijn. Je hebt gemeld wat fout was, en je vrienden niet alleen gelaten. # ending: Gemeld, en niemand staat alleen
-> END

=== rondgaan ===
Twee weken later. # scene: thuis
Het filmpje van Ruben gaat nog steeds rond. Er staan kopieën op andere accounts, en in de gang roepen ze nog steeds "huilbaby".
{not lijst_gemeld: De bangalijst is nooit gemeld. Er is nu ook een deel 2.|De bangalijst is weg, maar er is een nieuw account met dezelfde foto's.}
Ruben is een paar dagen thuisgebleven. {meegegaan: Eva praat met Mevrouw Bakker, maar ze schaamt zich nog elke dag.|Eva is alleen naar Mevrouw Bakker gegaan. Jij wist niet eens dat ze ging.}
{verspreid >= 2: Een deel van wat er rondgaat, kwam ook van jouw telefoon.}
Het is nooit te laat. Je kunt nog steeds melden via Meldknop.nl, en Helpwanted.nl helpt om foto's weg te krijgen. Praat erover met een volwassene die je vertrouwt, of anoniem met De Kindertelefoon: 0800-0432. # ending: Het blijft rondgaan
-> END

=== eva_afstand ===
Twee weken later. # scene: kantine
{video_gemeld or getuige: Het filmpje van Ruben is offline.|Het filmpje van Ruben staat nog online.} Via Meldknop.nl en Helpwanted.nl is de bangalijst weggehaald. Mevrouw Bakker helpt Eva.
Maar tussen jou en Eva is het anders. {foto_aan_eva: Die foto kwam die avond van jou.|Ze weet dat haar foto op jouw telefoon stond.}
Ze zit nu bij andere meiden in de pauze. Als je iets zegt, geeft ze kort antwoord.
Je bedoelde het goed. Dat weet ze ergens ook wel. Maar vertrouwen komt niet vanzelf terug. Wis wat je nog hebt, en zeg eerlijk sorry. Dan kan het misschien weer groeien. # ending: De lijst is weg, maar Eva houdt afstand
-> END

=== ruben_alleen ===
Twee weken later. # scene: gang
{video_gemeld or getuige: Het filmpje is offline en de bangalijst is weggehaald.|De bangalijst is weggehaald, maar het filmpje staat nog online.} Eva krijgt hulp van Mevrouw Bakker{meegegaan:, en jij staat naast haar}.
Maar Ruben zit elke pauze alleen. In de gang roept nog steeds iemand "huilbaby". Hij heeft zijn mentor gevraagd of hij naar een andere klas mag.
Op het plein lachte niet iedereen. Maar bijna niemand ging naast hem staan.
Het is nog niet te laat. Morgen is er weer een pauze, en naast Ruben is een stoel vrij. # ending: Eva krijgt hulp, Ruben staat alleen
-> END
