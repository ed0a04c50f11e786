# id: chantage-student
# title: Eén uur de tijd
# mode: student
# topic: chantage
# age: 12+
# minutes: 13
# summary: Thijs stuurde een foto naar een meisje dat hij online leerde kennen. Nu eist ze geld, anders ziet iedereen die foto. Wat doe jij?
# warning: Dit verhaal gaat over afpersing met een seksuele foto (sextortion). Er staan geen beelden in en de foto wordt niet beschreven. Het kan spannend zijn om te lezen. Je kunt altijd stoppen.
# pair: chantage-staff

VAR betaald = false
VAR meer_gestuurd = false
VAR bewijs = false
VAR gereageerd = false
VAR gemeld = false
VAR politie = false
VAR luuk_weet = false
VAR vader_weet = false
VAR doorgestuurd = false
VAR steun = 0

Vrijdagnacht, tien voor twaalf. Je ligt op bed, je telefoon in je hand. # scene: thuis
Een week geleden kreeg je na een online game een volgverzoek op Instagram. jade.xo. Vijftien jaar, uit Utrecht. Leuke foto's.
Jullie chatten elke avond. Ze vond je grappig. Ze stuurde foto's van zichzelf en vroeg of jij er ook een stuurde.
Tien minuten geleden heb je dat gedaan. Een foto waar je nu spijt van hebt.
kijk eens wat ik heb 🙂 # speaker: jade-nep # channel: chat # sfx: ping
Ze stuurt een screenshot. Jouw foto, naast een lijst met al je volgers. Luuk staat erin. Je neef. Het account van je school.
Betaal 300 euro in cadeaukaarten binnen een uur, anders stuur ik je foto naar al je volgers en je school. # speaker: jade-nep # channel: chat # sfx: ping
tik tak ⏰ # speaker: jade-nep # channel: chat
Je hart bonkt in je keel. Er staat 80 euro op je rekening. # channel: thought # discuss: Jade leek een leuk meisje van vijftien. Hoe weet je online met wie je praat? En wanneer is een vraag om een foto een alarmsignaal?

+ [Je typt: "Ik heb geen 300. Morgen kan ik 50 sturen. Wis je de foto dan?" Zo koop je tijd. #step: zelfzorg #rating: fout]
  ~ betaald = true
  ~ gereageerd = true
  Het voelt als een uitweg, maar betaal nooit. Wie één keer betaalt, krijgt bijna altijd een nieuwe eis, en de foto wordt echt niet gewist. # feedback
+ [Je antwoordt niet meer. Je betaalt niets, hoe bang je ook bent. #step: zelfzorg #rating: goed]
  Goed. Niet reageren en nooit betalen: dat is het advies bij afpersing. De afperser wil dat je in paniek doet wat hij zegt. # feedback
+ [Je smeekt: "Ik ben pas 15. Doe dit alsjeblieft niet. Ik heb dat geld echt niet." #step: zelfzorg #rating: matig]
  ~ gereageerd = true
  Logisch dat je het probeert. Maar hier zit geen meisje van vijftien achter, maar iemand die zo geld verdient. Elke reactie laat zien dat je bang bent: stop het contact. # feedback
- -> nacht

=== nacht ===
{ betaald:
    oké. morgen 12 uur. code van de kaart hier sturen # speaker: jade-nep # channel: chat # sfx: ping
  - else:
    { gereageerd:
        niet mijn probleem. regel het # speaker: jade-nep # channel: chat # sfx: ping
    }
    nog 40 minuten. denk je dat ik het niet doe? # speaker: jade-nep # channel: chat # sfx: ping
}
Je zit rechtop in bed. Je handen trillen. Alles in je wil dit gesprek laten verdwijnen.

+ [Je blokkeert jade.xo en wist de hele chat. Je wilt er nooit meer naar kijken. #step: adviezen #rating: fout]
  Heel begrijpelijk dat je het weg wilt hebben. Maar zij heeft de foto nog steeds, en jouw bewijs is nu weg. Zonder de chat is het moeilijker om de dader op te sporen en te stoppen. # feedback
+ [Je zet je account op privé, zodat vreemden je volgers niet meer zien. De chat laat je staan zoals hij is. #step: adviezen #rating: matig]
  Je account afschermen is slim. Maar je volgers heeft ze al. Maak ook screenshots van het profiel en de dreiging: dat is je bewijs. # feedback
+ [Je maakt screenshots: het profiel van jade.xo, de dreiging en de vraag om geld. Dan blokkeer je haar, maar de chat wis je niet. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Eerst bewijs bewaren, dan het contact stoppen. Met die screenshots kunnen de politie en Instagram zoeken wie hierachter zit. # feedback
- -> luuk

=== luuk ===
Half één. Slapen lukt niet. Luuk is nog online, zie je. # channel: thought # discuss: Je beste vriend vertelt je zoiets en zegt: vertel het aan niemand. Houd je je daaraan? Wanneer wel, en wanneer niet?

+ [Je belt Luuk en vertelt alles, ook over de foto. #step: zelfzorg #rating: goed]
  ~ luuk_weet = true
  ~ steun = steun + 1
  Goed. Je hoeft dit niet alleen te dragen. Schaamte is heel normaal, maar dit is niet jouw schuld: de afperser doet iets strafbaars, niet jij. # feedback
  Luuk? Kun je praten? Ik zit echt in de problemen. # speaker: ik
  Het blijft even stil aan de andere kant.
  Bro. Dit heet sextortion. Ik zag er laatst iets over op TikTok. Het gebeurt echt heel vaak. # speaker: luuk
  Jij bent niet dom. Die persoon is gewoon een crimineel. Niet betalen, oké? # speaker: luuk
+ [Je zegt het niemand. Als Luuk dit weet, kijkt hij je nooit meer normaal aan. #step: zelfzorg #rating: fout]
  Die angst hebben heel veel jongeren. Maar alleen blijven met zoiets maakt het zwaarder. Praat met iemand, of anoniem met De Kindertelefoon: 0800-0432. # feedback
+ [Je appt Luuk: "als je rare dingen over mij hoort, geloof het niet." Meer zeg je niet. #step: zelfzorg #rating: matig]
  Je zoekt steun, en dat is goed. Maar zo weet Luuk niet wat er speelt en kan hij je niet helpen. Vertel het echte verhaal aan iemand die je vertrouwt. # feedback
  ?? wat bedoel je # speaker: luuk # channel: chat # sfx: ping
  Je antwoordt niet meer. # channel: narrator
- -> zaterdag

=== zaterdag ===
Zaterdagochtend. # scene: thuis
{ betaald:
    Om elf uur koop je bij de supermarkt een cadeaukaart van 50 euro. Je stuurt de code, zoals beloofd. Even kun je weer ademhalen.
    ontvangen 👍 # speaker: jade-nep # channel: chat # sfx: ping
    nu nog 250. vandaag. of stuur nog 1 foto, dan wis ik alles # speaker: jade-nep # channel: chat
  - else:
    Je krijgt een volgverzoek. Het account heet jade.xo_2. Dezelfde foto's. # sfx: notificatie
    dacht je dat blokkeren hielp? 😂 # speaker: jade-nep # channel: chat
    geen geld? stuur dan nog 1 foto. dan wis ik de eerste. beloofd # speaker: jade-nep # channel: chat
}
{luuk_weet: Luuk appt: "niks sturen hè. en niks betalen."}

+ [Je schrijft terug: "Ik ga naar de politie. Laat me met rust." #step: zelfzorg #rating: matig]
  ~ gereageerd = true
  Aan de politie denken is goed. Maar zeg het niet tegen de afperser: doe het gewoon. Elke reactie houdt het contact open. # feedback
  haha doe maar. zij kunnen niks # speaker: jade-nep # channel: chat # sfx: ping
+ [Je reageert niet. Je maakt screenshots van dit bericht en het account, en blokkeert het. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Nooit meer sturen, ook niet als er iets beloofd wordt. Je bewaart bewijs en stopt het contact. # feedback
+ [Je stuurt nog een foto. Als ze krijgt wat ze wil, is het misschien echt klaar. #step: zelfzorg #rating: fout]
  ~ meer_gestuurd = true
  Je wilt dat het stopt, dat snap je. Maar een afperser houdt zich niet aan beloftes: een extra foto geeft hem alleen meer macht. Stuur nooit meer, wat er ook beloofd wordt. # feedback
- -> melden

=== melden ===
Zaterdagmiddag. Je kijkt steeds naar je volgers. Heeft iemand al iets gekregen? # channel: thought

+ [Je zet in je story: "Pas op, jade.xo is nep. Krijg je iets over mij van een raar account? Niet openen!" #step: adviezen #rating: matig]
  Je wilt je vrienden waarschuwen, dat snap je. Maar een openbare story maakt mensen juist nieuwsgierig. Meld de accounts, en vertel het alleen aan mensen die je vertrouwt. # feedback
  Binnen een uur krijg je tien berichten. "Wat is er dan??" "Wat voor foto?"
+ [Je meldt het nepaccount bij Instagram. Op Helpwanted.nl lees je hoe ze helpen om een foto offline te houden, en je begint een chat. #step: adviezen #rating: goed]
  ~ gemeld = true
  Goed. Het platform kan de accounts weghalen. Helpwanted.nl helpt jongeren bij precies dit, ook anoniem, en kan helpen om foto's offline te halen. # feedback
+ [Je meldt niets. Dan moet je uitleggen waarom, en misschien ziet iemand bij Instagram je foto. #step: adviezen #rating: fout]
  Die schaamte is heel begrijpelijk. Maar bij een melding hoef je de foto niet te sturen: je kiest een reden en het account. Hoe sneller het account weg is, hoe minder mensen hij kan bereiken. # feedback
- -> vader

=== vader ===
Zaterdagavond. Papa heeft pasta gemaakt. Je eet bijna niks.
Jij bent stil vandaag, Thijs. Je zit de hele dag op je kamer. Is er iets? # speaker: vader-thijs
Als je het vertelt, moet je ook vertellen over de foto. # channel: thought

+ [Je zegt dat er niks is. Papa zou je nooit meer vertrouwen. #step: zelfzorg #rating: fout]
  Bang zijn voor de reactie van je ouders is heel normaal. Maar afpersing los je niet alleen op, en je ouders kunnen met je naar de politie. Wil je eerst met iemand anders praten? Helpwanted.nl of De Kindertelefoon kunnen meedenken. # feedback
  Oké. Als er iets is, weet je me te vinden. # speaker: vader-thijs
+ [Je zegt dat iemand je online lastigvalt. Over de foto zeg je niks. #step: zelfzorg #rating: matig]
  Een goed begin: je vader weet nu dat er iets is. Maar hij kan je pas echt helpen als hij het hele verhaal kent. Het is niet jouw schuld, en dat mag hij weten. # feedback
  Lastigvalt? Hoe dan? Moet ik iets doen? # speaker: vader-thijs
  Je schudt je hoofd. Het lukt je niet om meer te zeggen.
+ [Je legt je vork neer en vertelt het. Alles. Je kijkt naar je bord terwijl je praat. #step: zelfzorg #rating: goed]
  ~ vader_weet = true
  ~ steun = steun + 1
  Goed. Dit was waarschijnlijk het moeilijkste gesprek van je week. Een ouder kan je beschermen, met je meegaan naar de politie en naast je staan. # feedback
  Pap... ik moet je iets vertellen. En ik schaam me kapot. # speaker: ik
  Het is lang stil. Dan staat papa op en slaat een arm om je heen.
  Dit is niet jouw schuld, jongen. Die persoon is een crimineel. We lossen dit samen op. # speaker: vader-thijs
- -> politie_knot

=== politie_knot ===
Zondag. {vader_weet: Papa leest met je op vraaghetdepolitie.nl wat je kunt doen bij sextortion.|Je zoekt op vraaghetdepolitie.nl wat je kunt doen bij sextortion.}
Er staat: niet betalen, bewijs bewaren, aangifte doen. En: je bent niet de enige.

+ [Geen politie. Dan moet je vertellen wat er op die foto staat, en dat kun je echt niet. #step: strafbaar #rating: fout]
  Die angst is heel normaal. Maar de politie kent dit soort zaken en weet hoe moeilijk het is om erover te praten. Je kunt ook eerst anoniem een vraag stellen op vraaghetdepolitie.nl. # feedback
+ [Je doet aangifte bij de politie. Je neemt je screenshots mee. #step: strafbaar #rating: goed]
  ~ politie = true
  Goed. Afpersing is strafbaar, en de politie raadt aan om altijd aangifte te doen. Zij kunnen proberen uit te zoeken wie erachter zit. En jij bent hier het slachtoffer. # feedback
  { bewijs:
      Op het bureau praat je met een agent. Ze kijkt naar je screenshots, niet naar de foto. "Hier kunnen we wat mee," zegt ze.
    - else:
      Op het bureau praat je met een agent. "Heb je de chat nog?" vraagt ze. Je schudt je hoofd. "Bewaar vanaf nu alles, goed?"
  }
+ [Je leest alles nog een keer. Aangifte doen stel je uit. Misschien is het volgende week al over. #step: strafbaar #rating: matig]
  Goed dat je informatie zoekt. Maar zulke afpersers gaan vaak gewoon door bij een ander, of bij jou. Aangifte helpt de politie om ze te vinden. # feedback
- -> laatste_kans

=== laatste_kans ===
Zondagavond, tien uur. # scene: thuis # sfx: notificatie
Weer een nieuw account: jade.xo_3.
laatste kans. 100 euro en je hoort nooit meer iets van me # speaker: jade-nep # channel: chat
anders morgen om 8 uur naar je school 📩 # speaker: jade-nep # channel: chat
{ politie:
    Je hebt aangifte gedaan. Toch draait je maag om. # channel: thought
  - else:
    Honderd euro. Dan is het voorbij. Toch? # channel: thought
}

+ [Je gooit Instagram van je telefoon. Je wilt er niks meer van zien. #step: adviezen #rating: matig]
  Even rust nemen van een app mag. Maar bewaar eerst het bericht en meld het account. Dan heb je bewijs, en kan Instagram het account weghalen. # feedback
+ [Je koopt toch een cadeaukaart. Eén keer nog, dan is het klaar. #step: zelfzorg #rating: fout]
  ~ betaald = true
  "Laatste kans" is een truc om je in paniek te laten betalen. Na het geld komt bijna altijd een nieuwe eis. Betaal nooit, en vertel het aan iemand die je kunt vertrouwen. # feedback
+ [Je maakt een screenshot, meldt het account en blokkeert het. Je reageert niet. #step: adviezen #rating: goed]
  ~ bewijs = true
  ~ gemeld = true
  Goed. Bewaren, melden, blokkeren: in die volgorde. Zo'n nieuw account hoort bij het patroon, en elk bericht is extra bewijs. # feedback
  {vader_weet: Je laat het papa zien. "Dit sturen we morgen naar de politie," zegt hij.}
- -> maandag

=== maandag ===
Maandagochtend. In de gang komt Luuk naar je toe. # scene: gang # sfx: bel
{ luuk_weet:
    Bram uit 4 havo kreeg gisteravond een DM van jade.xo_3. "Ken je Thijs? Ik heb iets van hem 👀" Er zat iets bij. # speaker: luuk
    Hij heeft het niet geopend. Hij vroeg mij wat hij moet doen. # speaker: luuk
  - else:
    Thijs. Wie is jade? Bram uit 4 havo kreeg een DM over jou. "Ken je Thijs? Ik heb iets van hem 👀" # speaker: luuk
    Je vertelt het snel, met je ogen op de grond. Luuk luistert. Dan zegt hij: "Bram heeft het niet geopend. Wat moet hij doen?"
    ~ luuk_weet = true
}
{ betaald:
    Je hebt betaald. En toch heeft ze het gestuurd. # channel: thought
}
Je kijkt naar Bram, verderop bij de kluisjes. # discuss: Bram krijgt een DM met iets van een klasgenoot. Is openen al over de grens? En wat is de beste reactie?

+ [Je vraagt of Bram de DM naar jou doorstuurt. Dan weet je wat mensen zien, en heb je bewijs. #step: zelfzorg #rating: fout]
  ~ doorgestuurd = true
  Je wilt weten wat er rondgaat, dat is logisch. Maar elke keer dat zo'n bijlage wordt doorgestuurd, staat de foto op nog een telefoon. Voor bewijs is een screenshot van de accountnaam en het bericht genoeg. # feedback
  Bram stuurt het door. Later blijkt dat hij het ook aan zijn broer heeft laten zien, "om te vragen wat hij moest doen."
+ [Je vraagt Luuk om tegen Bram te zeggen: niet openen, niet doorsturen, account melden. Een screenshot van alleen de naam en het bericht is genoeg. #step: zelfzorg #rating: goed]
  Goed. Zo gaat de foto nergens heen, en blijft er toch bewijs. Bram helpt je door te melden, niet door te kijken. # feedback
+ [Je zegt dat Bram de DM meteen moet wissen en er tegen niemand iets over moet zeggen. #step: zelfzorg #rating: matig]
  Niet openen en niet verspreiden is goed. Maar als Bram alles wist, is ook het bewijs weg. En dit geheimhouden maakt het voor jullie allebei zwaarder. # feedback
- -> school_hulp

=== school_hulp ===
Na het eerste uur sta je bij je kluisje. Op de deur naast de mediatheek hangt een poster: Mevrouw Bakker, vertrouwenspersoon.
Wil je dat ik meeloop? # speaker: luuk

+ [Je vraagt Luuk om het aan Mevrouw Jansen, je mentor, te vertellen. Zelf zeg je liever niks. #step: zelfzorg #rating: matig]
  Goed dat een volwassene op school het nu weet. Maar het is jouw verhaal: als je er zelf bij bent, kan iemand vragen wat jij nodig hebt. # feedback
  In de pauze vangt Mevrouw Jansen je op. "Luuk vertelde iets. Zullen we samen naar Mevrouw Bakker lopen?" Je knikt.
  -> bakker
+ [Je gaat niet. School kan toch niks doen aan iets wat op Instagram gebeurt. #step: zelfzorg #rating: fout]
  Dat denken veel jongeren. Maar school kan wel helpen: met geruchten en je veiligheid op school, met de politie en met het gesprek thuis. Je hoeft het niet alleen te doen. # feedback
  -> einde
+ [Je knikt. Samen met Luuk klop je bij Mevrouw Bakker aan. #step: zelfzorg #rating: goed]
  Goed. De vertrouwenspersoon is er precies voor dit soort dingen. Zij luistert, denkt met je mee en helpt je met wat jij wilt. # feedback
  -> bakker

=== bakker ===
Mevrouw Bakker laat je vertellen. Ze onderbreekt je niet. # scene: kamer-vp # sfx: deur
Wat er ook gebeurd is, Thijs: jij bent hier het slachtoffer. Wat je overkomt heet sextortion. Dat is afpersing, en dat is strafbaar. # speaker: bakker
{ politie:
    Goed dat je al aangifte hebt gedaan. Nu het ook naar school gaat, wil ik Agent Visser bellen, onze jeugdagent. Is dat goed? # speaker: bakker
  - else:
    Ik help je graag om naar de politie te gaan. Agent Visser, onze jeugdagent, kan daarbij helpen. # speaker: bakker
}

+ [Je pakt je telefoon: "Wilt u de foto zien? Dan weet u hoe erg het is." #step: zelfzorg #rating: matig]
  Je wilt dat ze snapt hoe erg het is. Maar Mevrouw Bakker hoeft de foto niet te zien om je te helpen, en niemand anders ook. Het gaat om de dreiging, en die staat in de chat. # feedback
  Dat hoeft niet, Thijs. Ik geloof je. Laten we kijken wat je nodig hebt. # speaker: bakker
  ~ steun = steun + 1
+ [Je vertelt alles, ook wat je liever verzwijgt. Samen spreken jullie af wat zij doet: helpen met de politie, met Helpwanted en met je vader. #step: zelfzorg #rating: goed]
  ~ steun = steun + 1
  ~ politie = true
  Goed. Met het hele verhaal kan ze je echt helpen. Jij bepaalt mee wat er gebeurt, en je weet wat zij voor je doet. # feedback
+ [Je zegt: "Eigenlijk is het al opgelost. Ik wilde het alleen even kwijt." #step: zelfzorg #rating: fout]
  Heel begrijpelijk dat je wilt dat het voorbij is. Maar afpersing stopt meestal niet vanzelf. Mevrouw Bakker kan je stap voor stap helpen, en jij beslist mee. # feedback
  Mijn deur staat open, Thijs. Ook morgen, en volgende week. # speaker: bakker
- Mevrouw Bakker vraagt of Mevrouw Jansen mag letten op geruchten in de klas. Je knikt. Over een week ziet ze je weer.
-> einde

=== einde ===
{
  - steun == 0:
    -> alleen
  - betaald || meer_gestuurd:
    -> eisen
  - doorgestuurd || not gemeld:
    -> rondgegaan
  - politie && bewijs && steun >= 2:
    -> gestopt
  - else:
    -> onrustig
}

=== gestopt ===
Een paar weken later. # scene: schoolplein
Instagram heeft alle jade-accounts weggehaald. Er komen geen nieuwe berichten meer.
Bram heeft de DM nooit geopend. Voor zover jij weet, heeft niemand de foto gezien. Op Helpwanted.nl heb je gelezen wat je kunt doen als hij toch ergens opduikt.
Wie erachter zit, weet de politie nog niet. Waarschijnlijk iemand in het buitenland, die dit bij heel veel jongens doet. Jouw screenshots helpen bij het onderzoek.
{vader_weet: Papa vraagt elke avond even hoe het gaat.|Mevrouw Bakker hielp je om het ook aan papa te vertellen. Hij vraagt nu elke avond hoe het gaat.} Luuk maakt er nooit een grap over.
Je schaamt je soms nog. Maar je weet nu: dit was niet jouw schuld. # ending: Het stopt, en je staat er niet alleen voor
-> END

=== eisen ===
Een week later. # scene: thuis
{betaald: Je bent al je spaargeld kwijt.} De berichten stoppen niet. Elke paar dagen een nieuw account, een nieuw bedrag.
{meer_gestuurd: Nu hebben ze nog een foto van je. De eisen worden alleen maar groter.}
Voor de afperser is elke betaling of foto een teken dat er meer te halen valt.
{vader_weet || bakker: Gelukkig sta je er niet alleen voor. Vandaag ga je met alle nieuwe screenshots naar de politie.}
Het is nooit te laat om te stoppen met betalen en hulp te vragen. Via Helpwanted.nl kun je ook anoniem chatten. # ending: Betalen maakte het niet beter
-> END

=== rondgegaan ===
Een paar dagen later. # scene: kantine
In de kantine zie je twee jongens uit jullie jaar naar je kijken en lachen.
{doorgestuurd: De foto is niet meer alleen in die ene DM. Via Bram en zijn broer hebben meer mensen hem gezien.|Het jade-account bleef dagen online. Het stuurde nog meer volgers een DM, en een paar mensen hebben het geopend.}
Het voelt alsof de grond onder je wegzakt.
{bakker: Mevrouw Bakker en Mevrouw Jansen praten met die jongens: wie de foto heeft, wist hem, en doorsturen is strafbaar.|Luuk gaat naast je zitten. "Kom. We gaan nu naar Mevrouw Bakker."}
Via Helpwanted.nl vraag je hulp om de foto overal te laten weghalen. Het is niet jouw schuld dat anderen hem bekeken. # ending: De foto gaat toch rond
-> END

=== onrustig ===
Een paar weken later. # scene: thuis
Het is stil. Geen nieuwe accounts, geen berichten.
{not politie: Maar je hebt geen aangifte gedaan. De afperser loopt nog vrij rond, en zoekt misschien al een volgende jongen.}
{not bewijs: Van het begin heb je geen bewijs meer. Als het terugkomt, begin je opnieuw.}
Bij elke ping schrik je. Komt er toch nog iets?
{bakker: Mevrouw Bakker vraagt elke week hoe het gaat.|Er zijn mensen die het weten. Praat met hen, of met Mevrouw Bakker.} {not politie: Aangifte doen kan nog steeds, ook nu.} # ending: Stil, maar niet voorbij
-> END

=== alleen ===
De weken gaan voorbij. # scene: thuis
Luuk weet ervan, maar thuis en op school weet geen volwassene wat er speelt. {politie: De aangifte heb je helemaal alleen gedaan.} {betaald || meer_gestuurd: De eisen blijven komen.}
Je slaapt slecht en je schrikt van elke melding.
Je telefoon voelt als een bom in je zak.
Dit hoef je niet alleen te dragen, en het is niet jouw schuld. Vertel het aan iemand die je vertrouwt: Luuk, je vader of Mevrouw Bakker. Of chat anoniem met Helpwanted.nl, of bel De Kindertelefoon: 0800-0432. # ending: Alleen met een geheim
-> END
