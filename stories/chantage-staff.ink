# id: chantage-staff
# title: Nog één keer betalen
# mode: staff
# topic: chantage
# age: 12+
# minutes: 14
# summary: Thijs uit 4 havo wordt afgeperst met een foto die hij naar een nepprofiel stuurde. Hij heeft al betaald en er komt een nieuwe eis. Hoe help jij als vertrouwenspersoon?
# warning: Dit verhaal gaat over sextortion: een jongen wordt afgeperst met een intieme foto van zichzelf. Er staan geen beelden in.
# pair: chantage-student

VAR vertrouwen = 0
VAR betaald = false
VAR bewijs = 0
VAR politie = false
VAR vader = 0
VAR gelekt = false
VAR spoor = false
VAR nazorg = 0
VAR preventie = false

Maandagochtend, tien over acht. Jij bent de vertrouwenspersoon van de school. Er wordt hard geklopt. # scene: kamer-vp # sfx: deur
Luuk uit 4 havo staat in de deuropening. Achter hem staat Thijs, bleek, met zijn telefoon in zijn hand.
Hij moet u iets vertellen. Het is echt dringend. # speaker: luuk
Thijs gaat zitten en kijkt naar de grond. Zijn knie wipt op en neer.
Ik heb iets heel doms gedaan. En nu wil iemand geld van me. # speaker: thijs
Hij vertelt het in stukjes. Na een game leerde hij op Instagram jade.xo kennen: 15 jaar, uit Utrecht. Ze chatten een week. Ze stuurde foto's, flirtte en vroeg om een foto terug.
Vrijdagavond heb ik er een gestuurd. Binnen een paar minuten was ze iemand anders. # speaker: thijs
Zaterdag heb ik 50 euro betaald, met een cadeaukaart. Ik dacht dat het dan klaar was. # speaker: thijs

+ [Je zegt dat het goed is dat hij gekomen is en laat hem rustig alles vertellen. Je zegt erbij: dit is afpersing, en dat wordt hem aangedaan. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je luistert en benoemt de schaamte zonder oordeel. Wie afgeperst wordt, voelt zich vaak schuldig; het helpt te horen dat de fout bij de afperser ligt. # feedback
  Wat hier gebeurt, is een misdrijf tegen jou. Fijn dat je er bent. Vertel maar, in je eigen tempo. # speaker: ik
+ [Er is haast, dus je onderbreekt hem: "Heb je vanochtend al gereageerd? Niet meer antwoorden, hoor." #step: eerste-opvang #rating: matig]
  Het advies klopt, maar komt te vroeg. Wie meteen met oplossingen komt, mist de rest van het verhaal en laat de paniek liggen. # feedback
+ [Je zegt vriendelijk dat je hem niet veroordeelt, maar dat hij ervan moet leren: nooit meer zulke foto's sturen naar iemand die je niet kent. #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Het klinkt als een goede les, maar Thijs hoort een verwijt, terwijl hij zich al kapot schaamt. De schuld ligt bij de afperser, die hem bewust misleidde. # feedback
  Thijs knikt en zegt een tijdje niets meer.
- -> foto

=== foto ===
Thijs schuift zijn telefoon over het bureau. De chat met jade.xo staat open.
Moet u de foto zien? Dan weet u hoe erg het is. # speaker: thijs
Luuk kijkt snel de andere kant op. # discuss: Wat moet een vertrouwenspersoon weten om een leerling te helpen, en wat juist niet? Waar ligt hier de grens?

+ [Je kijkt heel even. Je moet toch kunnen inschatten hoe ernstig het is als de foto uitlekt. #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Begrijpelijk, maar het is een intiem beeld van een minderjarige: dat bekijk je niet, ook niet kort. Voor Thijs komt er zo nog meer schaamte bij. # feedback
+ [Je schuift de telefoon terug. "Die foto hoef ik niet te zien, en niemand anders ook. Laat me alleen de berichten van jade.xo zien." #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Om te helpen heb je de foto niet nodig. Een intiem beeld van een minderjarige bekijk, vraag of bewaar je nooit. # feedback
+ [Je kijkt niet, maar vraagt hem kort te zeggen wat er op de foto staat. Dan weet je wat er op het spel staat. #step: eerste-opvang #rating: matig]
  Goed dat je niet kijkt. Maar wat erop staat, heb je niet nodig, en erover vertellen maakt de schaamte groter. De dreigberichten zijn genoeg. # feedback
- Je leest het bericht van vrijdagavond, 23.14 uur.
Betaal 300 euro in cadeaukaarten binnen een uur, anders stuur ik je foto naar al je volgers en je school. # speaker: jade-nep # channel: chat
Eronder een lijst: de namen van zijn volgers, zijn familie, het Instagram-account van de school.
-> wie

=== wie ===
Maar wie is het dan? Ze weet op welke school hij zit. Misschien is het iemand van school die hem wil pakken. # speaker: luuk
Je bekijkt het profiel: foto's van een lachend meisje, 38 volgers, twee weken oud. De berichten klinken als slecht vertaald Engels.

+ [Je zegt eerlijk dat de school hier weinig kan: tegen een onbekende kun je geen klacht indienen. Dit is iets voor de politie. #step: aangeklaagde #rating: matig]
  ~ vertrouwen = vertrouwen - 1
  Klopt: tegen een onbekende kan geen klacht komen. Maar opvang en tips kun je altijd geven. Stuur Thijs niet weg met alleen een verwijzing. # feedback
  Thijs zakt nog verder in zijn stoel. Je bedenkt je en zegt dat je hem hier niet alleen mee laat.
+ [Je vraagt Thijs wie op school een hekel aan hem heeft. Die namen geef je aan zijn mentor, zodat zij het stil kan navragen. #step: aangeklaagde #rating: fout]
  ~ gelekt = true
  Niets wijst op een leerling. Zonder grond namen noemen maakt anderen verdacht, en zo gaat het verhaal rond in 4 havo. Een onbekende dader zoeken is werk voor politie en platform. # feedback
+ [Je stelt samen vast wat bekend is: een nepprofiel, waarschijnlijk iemand die dit vaker doet. Een klacht kan dus niet. Wel help je met opvang en tips; zoeken laat je aan politie en platform. #step: aangeklaagde #rating: goed]
  Goed. De dader is onbekend, dus het blijft bij opvang en advies, en opsporen via politie of platform. Zo beschuldig je niemand zonder grond. # feedback
  Zulke afpersers proberen dit vaak bij veel jongeren tegelijk. Het gaat ze om geld, niet om jou. # speaker: ik
- -> eis

=== eis ===
Dan trilt de telefoon op het bureau. # sfx: trillen
ik zie dat je online bent. nu 200 euro. voor 12 uur. anders gaat je foto naar je school en je familie. laatste kans # speaker: jade-nep # channel: chat # sfx: ping
Ik heb nog 150 euro van mijn verjaardag. Als ik dat stuur en zeg dat ik niet meer heb, stopt het misschien. # speaker: thijs

+ [Je zegt: niet betalen, niets meer sturen, ook geen antwoord. Het geld van zaterdag liet juist zien dat er iets te halen valt. Nog niet blokkeren of wissen: eerst het bewijs. #step: adviezen #rating: goed]
  Goed. Betalen leidt bijna altijd tot een nieuwe, hogere eis, en elk antwoord houdt het contact open. Zo blijft ook het bewijs bewaard. # feedback
+ [Je helpt hem één kort bericht terug te sturen: "Ik betaal niet meer en ik ga naar de politie." Dan weet de afperser dat het geen zin heeft. #step: adviezen #rating: matig]
  Niet betalen is goed. Maar elk antwoord houdt het contact open en kan de afperser uitdagen. Beter is helemaal niet meer reageren. # feedback
  Binnen een minuut komt er een antwoord: een aftelklok en een screenshot van zijn volgerslijst. # channel: narrator
+ [Je zegt dat hij deze ene keer nog betaalt. Dan heb je tijd om rustig alles met de politie te regelen. #step: adviezen #rating: fout]
  ~ betaald = true
  Tijd kopen lijkt verstandig, maar afpersers stoppen niet na een betaling: wie betaalt, laat zien dat er geld te halen is. Het advies is altijd: niet betalen, niets meer sturen. # feedback
  Om 11.40 uur stuurt Thijs de code van een nieuwe cadeaukaart.
- -> bewijs_vastleggen

=== bewijs_vastleggen ===
Thijs staart naar zijn scherm. Zijn stem trilt.
Ik wil gewoon dat alles weg is. Die chat, dat account, alles. # speaker: thijs

+ [Je helpt hem de chat te wissen, jade.xo te blokkeren en zijn account op privé te zetten. Dan is hij even onbereikbaar. #step: adviezen #rating: fout]
  ~ bewijs = 0
  Rust is begrijpelijk. Maar als de chat weg is, is ook het bewijs weg, en kan de politie de afperser moeilijk opsporen. Eerst bewaren, dan blokkeren. # feedback
+ [Je laat hem eerst een screenshot maken van het laatste dreigbericht. Dat is genoeg bewijs; daarna mag de rest weg. #step: adviezen #rating: matig]
  ~ bewijs = 1
  Eén screenshot is beter dan niets. Maar voor aangifte en opsporen is meer nodig: het profiel, de gebruikersnaam, alle dreigingen en betaalverzoeken. # feedback
+ [Je laat hem eerst alles vastleggen: screenshots van het profiel, de gebruikersnaam, alle dreigingen en betaalverzoeken, en de bon van de cadeaukaart. Niet de foto, en niets naar jou doorsturen. Daarna melden en blokkeren. #step: adviezen #rating: goed]
  ~ bewijs = 2
  Goed. Dit bewijs heeft de politie nodig voor aangifte en om de dader te zoeken. De foto hoort er niet bij, en het bewijs blijft bij Thijs. # feedback
  Thijs maakt de screenshots zelf. De bon zit nog in zijn jaszak.
- -> politie_vraag

=== politie_vraag ===
Moet de politie dit echt weten? Dan weet straks iedereen het. # speaker: thijs

+ [Thijs smeekt je het binnen school te houden. Jullie kijken eerst hoe het loopt. Duikt de foto op, dan bel je alsnog de politie. #step: strafbaar #rating: fout]
  Afwachten voelt zorgvuldig, maar afpersing is een misdrijf en de dreiging loopt nu al. Hoe eerder de politie erbij is, hoe groter de kans om verspreiding te voorkomen. # feedback
+ [Je belt meteen zelf de politie en meldt de zaak, met de naam van Thijs erbij. Hij zit ernaast en zegt niets. #step: strafbaar #rating: matig]
  ~ politie = true
  ~ vertrouwen = vertrouwen - 1
  De politie erbij halen is terecht. Maar je doet het over Thijs heen, terwijl hij doodsbang is dat het uitkomt. Leg uit waarom, en laat hem meebeslissen over het hoe. # feedback
+ [Je legt uit dat dit een misdrijf is en dat aangifte altijd het advies is. Je stelt voor samen jeugdagent Visser te bellen, die kan uitleggen hoe dat gaat. #step: strafbaar #rating: goed]
  ~ politie = true
  Goed. Je herkent het strafbare feit en volgt het protocol. De politie kan accounts laten natrekken en helpen een beeld te laten verwijderen. Thijs beslist mee. # feedback
- { politie:
    Binnen het uur belt jeugdagent Visser terug. Hij klinkt rustig. # sfx: trillen
    Dit zien we helaas vaker, ook bij jongens van jouw leeftijd. Niet betalen, niks meer sturen, alles bewaren. Voor de aangifte is het fijn als een ouder meekomt. # speaker: wijkagent
  }
-> vader_vraag

=== vader_vraag ===
Thijs wordt nog bleker.
Mijn vader mag dit nooit weten. Hij zegt altijd al dat ik te veel op mijn telefoon zit. # speaker: thijs
Luuk kijkt jou aan. Hij weet ook niet wat hij moet zeggen. # discuss: Thijs is 15 en wil niet dat zijn vader het weet. Wanneer weegt zijn wens zwaarder, en wanneer niet?

+ [Je neemt zijn angst serieus en legt uit waarom zijn vader het moet weten: voor steun thuis en bij de aangifte. Je vraagt hoe Thijs het wil: zelf, samen met jou, of dat jij begint. #step: vervolgstappen #rating: goed]
  ~ vader = 2
  ~ vertrouwen = vertrouwen + 1
  Goed. Je legt de stappen uit en laat Thijs kiezen hoe, niet of. Zo houdt hij de regie over zijn eigen verhaal. # feedback
  Samen. Vanmiddag. Als u erbij bent. # speaker: thijs
+ [Je belooft dat het tussen jullie blijft. Als je zijn vader erbij haalt, haakt hij misschien helemaal af. #step: vervolgstappen #rating: fout]
  ~ vader = 0
  Je wilt zijn vertrouwen niet kwijt. Maar geheimhouding kun je niet beloven bij een misdrijf tegen een 15-jarige: hij heeft steun thuis nodig. Zoek samen uit hoe hij het vertelt. # feedback
+ [Je stuurt Thijs naar de les en belt zijn vader meteen zelf. Hoe eerder een ouder het weet, hoe beter. #step: vervolgstappen #rating: matig]
  ~ vader = 1
  Dat zijn vader het moet weten, klopt. Maar zo weet Thijs niet wat er over hem gezegd wordt en heeft hij geen regie. Vraag hoe hij het wil. # feedback
- -> vader_gesprek

=== vader_gesprek ===
{
  - vader == 2:
    Om half vier zit de vader van Thijs tegenover je. Thijs vertelt het zelf, jij vult aan. # scene: kamer-vp
    Zijn vader is lang stil. Dan legt hij een hand op de schouder van zijn zoon.
    Waarom heb je niks gezegd, jongen? Ik was toch niet boos geworden. Nou ja. Niet op jou. # speaker: vader-thijs
  - vader == 1:
    Een half uur later staat de vader van Thijs in je kamer. Thijs wordt uit de les gehaald. # scene: kamer-vp
    Hoe haal je het in je hoofd? Geef die telefoon maar hier. Dan betaal ik die vent gewoon, dan zijn we ervan af. # speaker: vader-thijs
    Thijs zegt niets meer. Je legt uit waarom betalen niet helpt. Zijn vader bromt, maar gaat zitten.
  - else:
    Dinsdagavond belt de vader van Thijs je op je werktelefoon. # scene: thuis # sfx: trillen
    Ik kreeg net een bericht op Facebook van een onbekend account. Over Thijs, en een foto. Ik heb hem niet geopend. # speaker: vader-thijs
    En nu zegt Thijs dat u het al sinds maandag weet? Waarom hoor ik dit niet van de school? # speaker: vader-thijs
    Je spreekt af dat hij woensdagochtend met Thijs langskomt. # scene: kamer-vp
}
{ not politie:
    Moeten we hiermee niet naar de politie? # speaker: vader-thijs
}
Wat doet u eigenlijk, als school? En wat moeten wij nu doen? # speaker: vader-thijs

+ [Je zegt dat het nu vooral iets is voor hen en de politie. Als er op school iets speelt, mogen ze altijd bellen. #step: rol-afspreken #rating: matig]
  Thuis en bij de politie gebeurt veel, dat klopt. Maar je rol blijft vaag, terwijl Thijs elke dag op school is. Spreek af wat jij doet, en noem de externe vertrouwenspersoon. # feedback
+ [Je spreekt af wat jij doet: meegaan naar Agent Visser als ze dat willen, mentor Mevrouw Jansen inlichten en elke week met Thijs praten. Je noemt de externe vertrouwenspersoon en Helpwanted.nl, ook voor ouders. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  ~ politie = true
  Goed. Je rol is helder en de regie blijft bij Thijs en zijn vader. Wie liever iemand van buiten school spreekt, kan naar de externe vertrouwenspersoon. # feedback
  Die avond doen Thijs en zijn vader aangifte{bewijs > 0:, met de screenshots erbij}.
+ [Je zegt dat je het vanaf nu overneemt: jij regelt de politie, de school en Instagram. "Jullie hoeven nergens meer aan te denken." #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Goed bedoeld, maar zo neem je de zaak van Thijs over. Hij verliest de regie, terwijl hij zich al machteloos voelt. Spreek af wat jouw rol is en wat zij zelf doen. # feedback
- -> nieuw_account

=== nieuw_account ===
Woensdag, tweede pauze. Luuk staat bij je deur, zijn telefoon in de hand. # scene: gang
Er is een nieuw account: jade.xo_2. Het stuurt berichten naar mensen uit onze klas. "Ken jij Thijs? Ik heb iets grappigs van hem." # speaker: luuk
{ betaald:
    Thijs heeft maandag betaald. Vannacht kwam de volgende eis: 500 euro. # speaker: luuk
}
Zal ik doen alsof ik interesse heb? Dan laat ik hem praten en kom ik erachter wie het is. # speaker: luuk

+ [Je zegt dat zoeken zinloos is: zulke afpersers zitten meestal in het buitenland. Blokkeren is het enige wat helpt. #step: dader-opsporen #rating: matig]
  Zulke daders zijn inderdaad moeilijk te vinden. Maar de politie kan via het platform soms wel accounts natrekken, en dat lukt alleen met meldingen en bewijs. # feedback
+ [Je zegt: niet reageren, het account melden bij Instagram en de naam doorgeven aan Agent Visser. Wie iets krijgt, opent en deelt het niet. Komt er een beeld online, dan helpt Helpwanted.nl het weg te halen. #step: dader-opsporen #rating: goed]
  ~ spoor = true
  Goed. Opsporen is werk voor politie en platform; jij zorgt dat zij de nieuwe gegevens krijgen. # feedback
+ [Je vindt het slim, als Luuk maar voorzichtig is. Elke naam of elk rekeningnummer dat hij loskrijgt, helpt de politie. #step: dader-opsporen #rating: fout]
  Luuk wil zijn vriend helpen. Maar zelf contact zoeken met een afperser is riskant: hij kan zelf doelwit worden. Opsporen laat je aan politie en platform. # feedback
  Die avond schrijft Luuk het account aan. Het antwoord is een dreigement, nu ook aan hem.
- -> geruchten

=== geruchten ===
Donderdag zit Thijs weer bij je. In de kantine vroeg iemand hem of hij "die foto" al had gezien. # scene: kamer-vp
{ gelekt:
    In 4H gaat ook het verhaal rond dat Thijs denkt dat een klasgenoot erachter zit. Twee jongens zijn boos op hem.
}
Iedereen kijkt naar me. Ik wil gewoon naar huis. # speaker: thijs

+ [Je regelt met de teamleider dat Thijs de rest van de week thuisblijft, tot het verhaal is overgewaaid. #step: veiligheid #rating: matig]
  Rust kan helpen, maar dit is bedacht over zijn hoofd heen. Thuiszitten kan voelen als straf, of alsof hij iets fout deed. Vraag wat Thijs zelf nodig heeft. # feedback
+ [Je vraagt Thijs wat hij nodig heeft om zich op school veilig te voelen. Dat regel je met Mevrouw Jansen en Meneer El Amrani, en je checkt het vrijdag. #step: veiligheid #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Thijs bepaalt wat hij nodig heeft; mentor en schoolleiding regelen het, en jij checkt het. Een klassengesprek alleen als hij dat wil. # feedback
  Geen gesprek in de klas. Wel dat Mevrouw Jansen het weet. En dat ik even weg mag als het te veel wordt. # speaker: thijs
  Mevrouw Jansen spreekt de jongens uit de kantine apart aan, zonder te vertellen wat er speelt.
+ [De mentoren van 4 havo zeggen in de klas dat er misschien een foto van een leerling rondgaat. Wie hem krijgt, stuurt hem naar de mentor, zodat school hem kan laten verwijderen. #step: veiligheid #rating: fout]
  ~ gelekt = true
  ~ vertrouwen = vertrouwen - 1
  Zo zet je Thijs zonder zijn toestemming in de schijnwerpers, en vraag je leerlingen een intiem beeld van een minderjarige door te sturen. Beelden verzamelen doet de school nooit. # feedback
  Binnen een uur weet heel 4 havo over wie het gaat.
- -> drie_weken

=== drie_weken ===
Drie weken later. # scene: personeelskamer
{ betaald || not politie || bewijs == 0:
    De afperser is nog niet klaar. Er komen nieuwe accounts en nieuwe eisen.
  - else:
    Na de aangifte en de meldingen is jade.xo van Instagram verdwenen. Er kwamen geen nieuwe eisen meer.
    {spoor:Ook jade.xo_2 was binnen een dag offline.|Maar jade.xo_2 bleef nog een week berichten sturen naar klasgenoten van Thijs, omdat niemand het had gemeld.}
}
Thijs is al een tijdje niet bij je langs geweest.

+ [Je plant een vast moment met Thijs, vraagt Mevrouw Jansen of de afspraken nog lopen en belt zijn vader. Je noemt de klachtencommissie, voor als de school tekortschiet. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Goed. Nazorg is nagaan of de afspraken werken en of Thijs zich veilig voelt. En ze weten waar ze terechtkunnen als ze niet tevreden zijn. # feedback
+ [Je vraagt Mevrouw Jansen om een oogje in het zeil te houden. Zij ziet Thijs toch elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij betrekken is goed. Maar de nazorg hoort ook bij jou: spreek Thijs zelf, check de afspraken en noem de klachtencommissie. # feedback
+ [Het is stil, dus je sluit het dossier. Thijs weet je te vinden als het weer begint. #step: nazorg #rating: fout]
  Stil is nog niet veilig. Door schaamte komen leerlingen niet uit zichzelf terug, en afpersers proberen het soms later opnieuw. Blijf zelf contact houden. # feedback
- -> preventie_vraag

=== preventie_vraag ===
Meneer El Amrani loopt langs met een kop koffie. Hij weet in grote lijnen wat er speelde, zonder namen.
Moeten wij hier als school iets mee? Of was dit gewoon pech? # speaker: el-amrani
Je denkt aan Thijs, die drie weken geleden trillend in jouw kamer zat. # channel: thought # discuss: Ook jongens als Thijs worden slachtoffer van sextortion. Hoe praat je er in de klas over zonder dat het een les wordt over "zelf niet zo dom zijn"?

+ [Je stelt een les voor alle vierdeklassers voor: nepprofielen herkennen, nooit betalen, bewijs bewaren, niet jouw schuld, waar je terechtkunt. Plus info voor ouders, en jij stelt je voor in de klassen. #step: preventie #rating: goed]
  ~ preventie = true
  Goed. Preventie gaat over herkennen en weten wat je doet, zonder schuld bij het slachtoffer. En leerlingen weten jou sneller te vinden. # feedback
+ [Je stelt een waarschuwing voor in de nieuwsbrief: stuur nooit intieme foto's naar iemand die je niet kent. Kort en duidelijk. #step: preventie #rating: matig]
  Een waarschuwing is een begin. Maar alleen "stuur niets" legt de schuld bij wie erin trapt, en zegt niet wat je doet als het toch gebeurt. # feedback
+ [Je zegt dat dit een uitzondering was. Als het nog eens gebeurt, weet je nu hoe je het aanpakt. #step: preventie #rating: fout]
  Veel slachtoffers van sextortion vertellen het aan niemand. Wachten tot het weer gebeurt, laat de volgende leerling alleen met zijn schaamte. # feedback
- -> einde

=== einde ===
{
  - betaald || not politie || bewijs == 0:
    -> einde_door
  - vertrouwen >= 3 && vader >= 1 && nazorg == 2 && not gelekt:
    -> einde_steun
  - else:
    -> einde_alleen
}

=== einde_door ===
De afpersing stopt niet. # scene: kamer-vp
{ betaald:
    Thijs heeft inmiddels 400 euro betaald. Na elke betaling kwam er een hogere eis.
}
{ bewijs == 0:
    De oude chat is gewist. De politie heeft te weinig om de eerste accounts na te trekken.
}
{ not politie:
    Er is geen aangifte gedaan. Niemand laat de accounts natrekken.
}
Op een avond krijgen een paar volgers van Thijs een bericht met de foto. Met hulp van Helpwanted.nl wordt hij snel offline gehaald. Maar Thijs weet niet wie hem gezien heeft.
Hij meldt zich steeds vaker ziek. {nazorg >= 1:Mevrouw Jansen houdt contact, maar hij zegt weinig.|Niemand op school vraagt nog hoe het gaat.} # ending: De afperser gaat door
-> END

=== einde_steun ===
De aangifte loopt nog. Wie er achter jade.xo zat, is niet gevonden, en dat zeg je Thijs ook eerlijk. # scene: kamer-vp
Maar de eisen zijn gestopt, en de foto is nergens opgedoken.
Thijs komt om de twee weken even langs. Met zijn vader kan hij erover praten. Luuk zit bij elk gesprek in de gang te wachten.
{ preventie:
    Volgende maand krijgen alle vierdeklassers een les over sextortion. Thijs' naam valt daarin niet.
}
Ik schaamde me kapot. Maar het was dus niet mijn schuld. Dat wist ik echt niet. # speaker: thijs # ending: Gestopt, en Thijs staat er niet alleen voor
-> END

=== einde_alleen ===
De eisen zijn gestopt en de aangifte loopt. Op papier is de zaak rond. # scene: gang
{ vader == 0:
    Thuis is het stil. Zijn vader vindt het moeilijk dat hij het als laatste hoorde, via de afperser.
}
{ gelekt:
    In 4 havo weet iedereen wat er gebeurd is. Er worden nog steeds grappen over gemaakt.
}
{
  - nazorg == 0:
    Niemand vraagt nog hoe het met hem gaat.
  - nazorg == 1:
    Mevrouw Jansen ziet hem elke dag, maar een echt gesprek komt er niet.
}
{ vertrouwen < 3:
    Bij jou voelde hij zich nooit echt gehoord.
}
Thijs komt niet meer bij je langs. Tegen Luuk zegt hij dat hij het nooit meer aan iemand vertelt. # ending: Gestopt, maar Thijs draagt het alleen
-> END
