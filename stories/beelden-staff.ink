# id: beelden-staff
# title: Iedereen had een telefoon
# mode: staff
# topic: beelden
# age: 12+
# minutes: 14
# summary: Een vechtpartij op het schoolplein staat op TikTok, en een anoniem account zet een 'bangalijst' met foto's van meisjes online. Wat doe jij als vertrouwenspersoon?
# warning: Dit verhaal gaat over een leerling die wordt geslagen en gefilmd, en over foto's van meisjes die zonder toestemming online worden gezet. Er staan geen beelden in.
# pair: beelden-student

VAR steun = 0
VAR video_weg = false
VAR lijst_weg = false
VAR beschuldigd = false
VAR politie = false
VAR preventie = false
VAR nazorg = 0

Vrijdagochtend, tien over acht. Jij bent de vertrouwenspersoon van de school. Je telefoon gaat. # scene: kamer-vp # sfx: trillen
Bent u de vertrouwenspersoon? Mijn zoon is gisteren op jullie schoolplein in elkaar geslagen. En nu staat het op TikTok! # speaker: vader-ruben
Het is de vader van Ruben uit 2 mavo. Een halfuur later zit hij tegenover je, met Ruben naast zich.
Ruben heeft een blauwe plek op zijn wang. Hij kijkt naar zijn schoenen.
Dat joch uit 3 mavo moet van school. En die kinderen die stonden te filmen ook. Kijk wat ze eronder zetten. # speaker: vader-ruben
Hij houdt zijn telefoon omhoog. Het filmpje zelf start hij niet.
schoolplein fight 🔥 kleintje gaat huilen 😂😂 # speaker: knokaccount # channel: post
Eronder staan meer dan tweehonderd reacties. Veel gaan over Ruben die huilt.

+ [Je zegt tegen de vader dat je zijn boosheid begrijpt. Dan vraag je Ruben of hij zelf wil vertellen wat er gebeurde, in zijn eigen tempo. #step: eerste-opvang #rating: goed]
  ~ steun = steun + 1
  Goed. Je neemt de klacht serieus, erkent de vader en geeft Ruben zelf het woord. Zo hoor je zijn verhaal. # feedback
  Kevin duwde me gewoon. Ik lag op de grond en hij bleef slaan. Iedereen stond te filmen. En toen ging ik huilen. # speaker: ruben
  Huilen als iemand je pijn doet, is heel normaal. Dat ze je uitlachen, is niet jouw schuld. # speaker: ik
+ [Je laat de vader het hele verhaal doen. Hij weet het meeste al, en Ruben lijkt niet te willen praten. #step: eerste-opvang #rating: matig]
  Je luistert, en dat is goed. Maar de klager is Ruben. Vraag hem wat hij zelf heeft meegemaakt en hoe het nu met hem gaat. # feedback
  Ruben zegt het hele gesprek bijna niets.
+ [Je zegt dat het gelukkig bij een blauwe plek is gebleven. Zo'n filmpje is over een week vergeten; daar hoeft Ruben zich niet druk om te maken. #step: eerste-opvang #rating: fout]
  ~ steun = steun - 1
  Je wilt geruststellen, maar zo maak je het kleiner dan het is. Geslagen en daarna door honderden mensen uitgelachen worden, is ernstig. # feedback
  Vergeten? Het staat gewoon online! # speaker: vader-ruben
- -> wie

=== wie ===
Wat weet je? Kevin uit 3 mavo duwde en sloeg Ruben. Jayden en anderen filmden. knokpartij.tv zet vechtfilmpjes van scholen uit de regio online. Wie het filmpje daarheen stuurde, weet niemand.
Het is vast die Jayden. Die filmt alles en zet het overal op. # speaker: vader-ruben # discuss: Jayden en anderen filmden de vechtpartij in plaats van hulp te halen. Is filmen meedoen, toekijken of iets anders? Waar ligt de grens?

+ [Je maakt onderscheid: Kevin en de filmers zijn bekend. Wie achter knokpartij.tv zit, is onbekend; daar beschuldig je niemand, maar je helpt wel om het filmpje weg te krijgen. #step: aangeklaagde #rating: goed]
  Goed. Je stelt vast wie bekend is en wie niet. Tegen Kevin en de filmers zijn stappen mogelijk; bij het anonieme account blijft het bij opvang, tips en opsporen via anderen. # feedback
+ [Je laat Jayden uit de les halen. Als hij het filmpje heeft ingestuurd, wil je dat nu weten, en dan moet hij het meteen laten verwijderen. #step: aangeklaagde #rating: fout]
  ~ beschuldigd = true
  Jayden filmde, maar of hij het filmpje instuurde, weet je niet. Iemand zonder grond als dader aanwijzen is oneerlijk en zorgt voor onrust rond Ruben. # feedback
  Jayden ontkent en loopt boos weg. In de pauze zegt half 2 mavo dat Jayden achter knokpartij.tv zit.
+ [Je richt je op Kevin. De klap is het echte probleem; de filmers en het account laat je voorlopig rusten. #step: aangeklaagde #rating: matig]
  Kevin is terecht het eerste aandachtspunt. Maar het filmen en delen raakt Ruben net zo hard, en de filmers zijn bekend. # feedback
- -> routes

=== routes ===
En wat gaat de school nu doen? Ik wil dat die Kevin geschorst wordt. Vandaag nog. # speaker: vader-ruben
Ruben kijkt geschrokken op.

+ [Je belooft de vader dat je Meneer El Amrani vraagt Kevin te schorsen. Dat is wat hij wil, en het laat zien dat de school dit serieus neemt. #step: vervolgstappen #rating: matig]
  Dat Kevin erop wordt aangesproken, is terecht. Maar je slaat Ruben over en kiest meteen de zwaarste route. Leg de routes uit en vraag wat hij wil. # feedback
  Ruben zegt niets. Hij lijkt vooral bang voor wat Kevin daarna gaat doen.
+ [Je legt de routes uit: een gesprek van de schoolleiding met Kevin en met de filmers, bemiddeling, hoor en wederhoor, de klachtencommissie en aangifte. Dan vraag je wat Ruben wil. #step: vervolgstappen #rating: goed]
  ~ steun = steun + 1
  Goed. Je legt uit en adviseert, en Ruben kiest. Wat de straf wordt, beslist de schoolleiding; jij zorgt dat zijn wens meetelt. # feedback
  Ik wil Kevin niet zien. Maar Meneer El Amrani mag wel met hem praten. En met die filmers. # speaker: ruben
+ [Je stelt voor dat Ruben en Kevin maandag onder jouw leiding samen om tafel gaan. Dan is het uitgepraat en kan iedereen verder. #step: vervolgstappen #rating: fout]
  ~ steun = steun - 1
  Bemiddeling is een route, maar alleen als Ruben dat zelf wil. Na geweld kan een gesprek met de dader onveilig voelen. Vraag eerst wat hij wil. # feedback
  Met hem aan tafel? Echt niet. # speaker: ruben
- Moet ik dan alleen naar Meneer El Amrani? # speaker: ruben

+ [Je zegt dat je mee kunt als hij dat wil, en spreekt af wat jij wel en niet doet. Je noemt ook de externe vertrouwenspersoon, als hij liever iemand van buiten school spreekt. #step: rol-afspreken #rating: goed]
  ~ steun = steun + 1
  Goed. Je rol is helder: je begeleidt, Ruben houdt de regie. De externe vertrouwenspersoon is een extra keuze. # feedback
+ [Je zegt dat hij er niet bij hoeft te zijn. Jij regelt alles met Meneer El Amrani en laat het hem weten. #step: rol-afspreken #rating: fout]
  Goed bedoeld, maar zo neem je de zaak over en weet Ruben niet wat er over hem besproken wordt. Spreek af wat jouw rol is. # feedback
+ [Je zegt dat hij altijd bij je mag binnenlopen als er iets is. #step: rol-afspreken #rating: matig]
  Beschikbaar zijn is fijn, maar zo blijft je rol vaag. Spreek concreet af wat je doet en wanneer jullie elkaar weer zien, en noem de externe vertrouwenspersoon. # feedback
- -> filmpje

=== filmpje ===
Na het tweede uur steekt Meneer de Vries zijn hoofd om de deur. # sfx: deur
Dat filmpje gaat door de hele school. Ik heb het gedownload; zal ik het je sturen voor het dossier? En in de pauze kan ik bij 2 mavo de telefoons innemen. Dan zien we wie het gedeeld heeft. # speaker: de-vries

+ [Je zegt ja tegen het filmpje: dan ligt het bewijs tenminste veilig bij school. Over de telefoons overleg je eerst met Meneer El Amrani. #step: adviezen #rating: fout]
  Ook voor het dossier verspreid je het filmpje zo verder, nu via leraren. Telefoons innemen om ze te doorzoeken is te zwaar. Link, accountnaam, datum en screenshots van de reacties zijn bewijs genoeg. # feedback
  In de pauze gaat rond dat de leraren het filmpje ook hebben. Het wordt opnieuw gedeeld.
+ [Je vraagt De Vries niets te sturen, het filmpje te wissen en geen telefoons in te nemen. De vader raad je aan: bewaar link, accountnaam en datum, en meld het filmpje bij TikTok en via Meldknop.nl. #step: adviezen #rating: goed]
  ~ video_weg = true
  Goed. Beelden verzamelen of doorsturen verspreidt ze alleen verder; link, accountnaam, datum en screenshots van de reacties zijn bewijs genoeg. Meldknop.nl heeft een snelle lijn naar platforms. # feedback
+ [Je zegt tegen De Vries dat hij het filmpje moet wissen. Ruben kan het zelf bij TikTok melden. Meer kan de school hier niet aan doen. #step: adviezen #rating: matig]
  Niets verzamelen is goed. Maar zonder link en screenshots is er straks geen bewijs, en een losse melding kan lang duren. Wijs ook op Meldknop.nl. # feedback
- -> aangifte

=== aangifte ===
Aan het eind van de ochtend belt de vader van Ruben opnieuw. # sfx: trillen
We komen van de huisarts. Hij zit onder de blauwe plekken. Ik wil aangifte doen. Moet dat via de school? # speaker: vader-ruben

+ [Je belt Agent Visser en vraagt hem Kevin vanmiddag uit de les te halen. Dan ziet iedereen dat de school dit niet pikt. #step: strafbaar #rating: fout]
  ~ steun = steun - 1
  Overleg met de politie is hier terecht, maar dit is een show. Kevin in het openbaar laten ophalen zet Ruben nog meer in de schijnwerpers, en over aangifte beslissen Ruben en zijn vader. # feedback
+ [Je zegt dat aangifte hun eigen keus is en wijst op vraaghetdepolitie.nl. De school zelf houdt het bij een gesprek met Kevin. #step: strafbaar #rating: matig]
  De keuze bij hen laten is goed. Maar mishandeling op het schoolplein is niet alleen een zaak voor thuis: volg het schoolprotocol en overleg zelf ook met de politie. # feedback
+ [Je zegt dat slaan strafbaar kan zijn en dat je volgens het schoolprotocol overlegt met jeugdagent Visser. Hij kan beoordelen of aangifte zin heeft. Ruben en zijn vader beslissen zelf. #step: strafbaar #rating: goed]
  ~ politie = true
  Goed. Dit is geen gewone ruzie: mishandeling kan strafbaar zijn, en overleg met de politie past. De keuze voor aangifte blijft bij Ruben en zijn ouders. # feedback
  Agent Visser belt terug. # sfx: trillen
  knokpartij.tv kennen we. Er komen meldingen van meer scholen. Via het platform proberen we te achterhalen wie erachter zit. # speaker: wijkagent
- -> eva

=== eva ===
Vijfde uur. Er wordt geklopt. Eva uit 2 mavo staat in de deuropening, met een vriendin uit haar klas. Haar ogen zijn rood. # sfx: deur
Gisteravond is er een account begonnen. exposed.college. Met een bangalijst. # speaker: eva
de bangalijst van onze school 👀 deel 1. tag ze maar # speaker: banga-account # channel: post
Er staan namen en foto's van meisjes op, met gemene woorden erbij. Ik sta er ook op. Mijn foto is in de kleedkamer gemaakt, bij gym. Ik was me aan het omkleden. # speaker: eva

+ [Je zegt meteen: "We melden dat account, dan is het vandaag nog weg." Je wilt haar zo snel mogelijk geruststellen. #step: eerste-opvang #rating: matig]
  Actie is nodig, maar eerst moet het hele verhaal op tafel. En of het vandaag weg is, beslist het platform; dat kun je niet beloven. # feedback
+ [Je laat haar vertellen. Je zegt dat het logisch is dat ze zich rot voelt, en dat het niet haar schuld is. Wie stiekem fotografeert en dat online zet, gaat over de grens. #step: eerste-opvang #rating: goed]
  ~ steun = steun + 1
  Goed. Je luistert, neemt het serieus en maakt duidelijk waar de schuld ligt. Eva voelt zich al bekeken; zij hoeft niets uit te leggen. # feedback
+ [Je vraagt of je de foto even mag zien. Dan weet je precies hoe erg het is en waar je het over hebt. #step: eerste-opvang #rating: fout]
  ~ steun = steun - 1
  Begrijpelijk, maar niet nodig: voor Eva is het opnieuw bekeken worden. Haar verhaal is genoeg; vraag nooit om zulke beelden te zien. # feedback
- -> eva_wie

=== eva_wie ===
Iedereen zegt dat het iemand uit 3 mavo is. Of een meisje uit onze klas. Ik weet het niet. # speaker: eva
Mevrouw Jansen, de mentor van Eva, komt binnen. Ze heeft het ook gehoord.
Zal ik de meiden van 2 mavo na gym hun telefoon laten zien? Die foto moet toch ergens vandaan komen. # speaker: jansen # discuss: Niemand weet wie de bangalijst maakte. Wat kan een school dan nog doen, en waar houdt het op?

+ [Je vindt het een goed idee, als het vrijwillig is. Wie niets te verbergen heeft, vindt het vast geen probleem. #step: aangeklaagde #rating: fout]
  ~ beschuldigd = true
  Ook vrijwillig voelt dit als een verhoor, en de hele klas wordt verdacht. Eigen onderzoek via telefoons van leerlingen hoort niet bij de school. # feedback
  Na gym wijst de klas twee meisjes aan als dader, zonder bewijs. Eva voelt zich nog meer bekeken.
+ [Je zegt eerlijk dat de school zonder naam weinig kan. Weet Eva wie het is, dan kan ze terugkomen. #step: aangeklaagde #rating: matig]
  ~ steun = steun - 1
  Klopt: tegen een onbekende kan geen klacht komen. Maar opvang en tips kun je altijd geven, en opsporen kan via politie, platform of systeembeheerder. # feedback
+ [De maker is onbekend, dus een klacht tegen iemand kan niet. Maar je helpt Eva wel. De politie kan via het platform natrekken wie het account beheert; de systeembeheerder kan kijken of het via de schoolwifi ging. Telefoons worden niet nagekeken. #step: aangeklaagde #rating: goed]
  Goed. Bij een onbekende maker blijft het bij opvang en tips, en dat is niet niks. Opsporen doen politie, platform of systeembeheerder, niet de mentor via telefoons van leerlingen. # feedback
- -> eva_advies

=== eva_advies ===
Maar hoe krijg ik die foto weg? Ik wil niet dat nog meer mensen hem zien. # speaker: eva

+ [Je raadt haar aan het account te blokkeren en er niet meer naar te kijken. Dan heeft ze er in elk geval geen last meer van. #step: adviezen #rating: matig]
  Blokkeren geeft rust, maar het account blijft online. Leg eerst de accountnaam en de link vast, meld het bij het platform en vraag hulp bij Helpwanted.nl. # feedback
+ [Samen leggen jullie de accountnaam en de link vast, zonder de foto's. Eva meldt het account in de app. Je wijst op Helpwanted.nl, dat helpt bij verwijderen, en op Meldknop.nl. En je vraagt of je haar ouders mag bellen. #step: adviezen #rating: goed]
  ~ lijst_weg = true
  Goed. Bewijs bewaren zonder de beelden verder te verspreiden, melden bij het platform en hulp van Helpwanted.nl. Zo heeft Eva ook iets in handen voor de politie. # feedback
  Mijn moeder mag het weten. Als u erbij bent. # speaker: eva
+ [Je vraagt haar screenshots van de hele lijst naar je te sturen, met alle foto's. Dan kun je ze doorsturen naar Meneer El Amrani en heeft de school alles. #step: adviezen #rating: fout]
  Bewijs is belangrijk, maar zo verzamel en verspreid je juist de beelden die weg moeten, ook van de andere meisjes. Leg de accountnaam en de link vast, niet de foto's. # feedback
- -> maandag

=== maandag ===
Maandag. # scene: kamer-vp
{video_weg:
    Het filmpje van Ruben is van TikTok gehaald, na de melding via Meldknop.nl.
  - else:
    Het filmpje van Ruben staat nog online. Het is nu meer dan tienduizend keer bekeken.
}
{lijst_weg:
    exposed.college is offline gehaald. Wie het maakte, is nog onbekend.
  - else:
    exposed.college staat nog online. Er is een deel 2 bijgekomen.
}
{beschuldigd:
    Op school doen geruchten de ronde over wie de accounts zou beheren. Er worden namen genoemd, zonder enig bewijs.
}
Ruben en Eva komen los van elkaar bij je langs.
Ik wil niet in de kantine zitten als Kevin daar is. # speaker: ruben
En ik kleed me nooit meer om in die kleedkamer. # speaker: eva

+ [Je vraagt Mevrouw Jansen om het in 2 mavo te bespreken: de vechtpartij en de lijst. Dan weet de klas dat dit niet kan. #step: veiligheid #rating: fout]
  ~ steun = steun - 1
  Goed bedoeld, maar een klassengesprek dat Ruben en Eva niet vroegen, zet hen juist in de schijnwerpers. Vraag eerst wat zij nodig hebben. # feedback
  Ruben en Eva horen het pas als de les al begonnen is. Iedereen draait zich naar hen om.
+ [Je vraagt ze allebei wat ze nodig hebben om zich veilig te voelen. Dat regel je met Mevrouw Jansen en Meneer El Amrani, en vrijdag vraag je of het werkt. #step: veiligheid #rating: goed]
  ~ steun = steun + 1
  Goed. Ruben en Eva bepalen wat ze nodig hebben, mentor en schoolleiding regelen het, en jij checkt of het gebeurt. # feedback
  Ruben wil in de pauze met een vriend naar de mediatheek. Eva wil zich voor gym apart omkleden. Geen gesprek in de klas, willen ze allebei.
+ [Je laat Meneer El Amrani regelen dat Kevin voorlopig in de pauzes binnen moet blijven. Dan is het plein weer veilig. #step: veiligheid #rating: matig]
  Een afspraak met Kevin kan nodig zijn, maar je bedenkt hem over hun hoofden heen, en voor Eva is er niets geregeld. Vraag wat zij nodig hebben. # feedback
- -> leiding

=== leiding ===
Dinsdagmiddag vraagt Meneer El Amrani je op zijn kantoor. # scene: kantoor
Twee accounts in één week, en allebei met beelden van onze leerlingen. Ik denk erover om telefoons helemaal te verbieden. Wat is jouw advies? # speaker: el-amrani
Het is even stil. # discuss: Helpt een telefoonverbod op school tegen filmen en delen, of verschuift het probleem alleen naar buiten de school?

+ [Je adviseert een volledig telefoonverbod. Wie toch filmt, wordt geschorst. Streng is tenminste duidelijk. #step: preventie #rating: matig]
  Regels zijn nodig, maar verbieden en straffen alleen leert niet waarom filmen en delen pijn doet. Buiten school gaat het gewoon door. # feedback
+ [Je adviseert regels: niemand filmen zonder toestemming, geen telefoons in kleedkamers. Plus lessen over hulp halen in plaats van filmen en over delen, een ouderavond, en jij stelt je voor in alle klassen. #step: preventie #rating: goed]
  ~ preventie = true
  Goed. Regels, lessen voor leerlingen en ouders en een bekende vertrouwenspersoon versterken elkaar. Leerlingen weten dan wat niet mag, waarom niet, en bij wie ze terechtkunnen. # feedback
  Dat neem ik mee naar het team. Die lessen wil ik nog voor de kerst. # speaker: el-amrani
+ [Je zegt dat die accounts buiten school draaien, 's avonds thuis. Dat is aan ouders en platforms. Je adviseert om af te wachten. #step: preventie #rating: fout]
  Veel gebeurt buiten schooltijd, maar de gevolgen zie je in de klas. Wachten tot het weer gebeurt, is geen preventie. # feedback
- -> nazorg_knoop

=== nazorg_knoop ===
Drie weken later, in de personeelskamer. # scene: personeelskamer
{politie: Agent Visser heeft met Kevin en zijn ouders gepraat. Ruben en zijn vader hebben aangifte gedaan.}
Ruben en Eva zijn al een tijdje niet meer langs geweest. Het lijkt rustig.

+ [Het is rustig, dus je sluit het dossier. Ze weten je te vinden als er weer iets is. #step: nazorg #rating: fout]
  Rustig is nog niet hetzelfde als veilig. Leerlingen komen vaak niet uit zichzelf terug. Houd zelf contact en check of de afspraken werken. # feedback
+ [Je vraagt Mevrouw Jansen om een oogje in het zeil te houden. Zij ziet Ruben en Eva toch elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij halen is goed. Maar nazorg hoort ook bij jou: spreek ze zelf, check de afspraken en noem de klachtencommissie. # feedback
+ [Je spreekt Ruben en Eva allebei nog eens, vraagt Mevrouw Jansen of de afspraken lopen, en vertelt hen en hun ouders over de klachtencommissie voor als de school tekortschiet. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Goed. Nazorg is contact houden en nagaan of de maatregelen werken. Ze weten nu ook waar ze terechtkunnen als ze niet tevreden zijn. # feedback
- -> einde

=== einde ===
{
  - video_weg && lijst_weg && steun >= 4 && nazorg == 2 && not beschuldigd:
    -> einde_gesteund
  - beschuldigd:
    -> einde_verdacht
  - video_weg && lijst_weg:
    -> einde_afgehaakt
  - else:
    -> einde_rond
}

=== einde_gesteund ===
Het filmpje en de bangalijst zijn offline. Wie achter exposed.college zit, weet niemand nog; de politie zoekt verder via het platform. # scene: schoolplein
Ruben zit weer in de kantine, met twee vrienden. Eva doet weer mee met gym.
{preventie: Na de kerst krijgt elke klas een les over filmen en delen. Je stelt je in alle klassen voor. Er komen meer leerlingen langs dan vroeger.}
Ruben en Eva voelen zich gehoord, en weten waar ze terechtkunnen als het weer misgaat. # ending: Offline, en Ruben en Eva staan er niet alleen voor
-> END

=== einde_verdacht ===
Er gaan namen rond van leerlingen die de accounts zouden beheren. Bewijs is er niet. # scene: gang
De ouders van een van hen dienen een klacht in: hun kind is zonder grond beschuldigd.
{video_weg: Het filmpje van Ruben is offline.|Het filmpje van Ruben gaat nog steeds rond.} {lijst_weg: De bangalijst is offline.|De bangalijst staat nog online, met een nieuw deel.}
De echte makers zijn nog steeds onbekend. Ruben en Eva voelen zich door alle onrust nog meer bekeken. # ending: Verkeerde verdachten, en de makers blijven onbekend
-> END

=== einde_afgehaakt ===
Het filmpje en de bangalijst zijn offline. Op het scherm is het opgelost. # scene: gang
{
  - nazorg == 0: Niemand vraagt nog hoe het gaat. De afspraken van toen zijn na twee weken vergeten.
  - nazorg == 1: Mevrouw Jansen houdt een oogje in het zeil, maar met jou praten ze niet meer.
  - else: Je spreekt ze nog af en toe, maar ze zeggen weinig. Echt gehoord voelden ze zich niet.
}
Ruben gaat niet meer naar de kantine. Eva zegt tegen haar vriendin dat ze nooit meer naar een vertrouwenspersoon gaat. # ending: De beelden zijn weg, maar het vertrouwen ook
-> END

=== einde_rond ===
{video_weg: Het filmpje van Ruben is offline.|Het filmpje van Ruben gaat nog steeds rond. Leerlingen van andere scholen sturen het elkaar door.} # scene: gang
{lijst_weg: De bangalijst is offline.|De bangalijst staat nog online. Er zijn nieuwe namen bij gekomen, en nieuwe foto's.}
{preventie: De lessen over filmen en delen komen eraan, maar voor Ruben en Eva is het te laat.}
Ruben is een week ziek thuisgebleven. Eva gaat niet meer naar gym. Naar jou komen ze niet meer: het heeft toch geen zin, zeggen ze. # ending: De beelden blijven rondgaan
-> END
