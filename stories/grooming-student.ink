# id: grooming-student
# title: Alleen voor jou
# mode: student
# topic: grooming
# age: 12+
# minutes: 14
# summary: Meneer Vos van de schoolband appt je steeds vaker, steeds later en steeds persoonlijker. Wanneer is aardig niet meer oké?
# warning: Dit verhaal gaat over een volwassene die stap voor stap over de grens gaat bij een leerling (grooming). Er staan geen beelden of seksuele details in. Je kunt altijd stoppen.
# pair: grooming-staff

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

Je heet Lieke. Je zit in 3 vwo en speelt gitaar in de schoolband. # scene: thuis
Meneer Vos, de muziekdocent, leidt de band. Iedereen vindt hem aardig. Jij ook.
Het is avond. In de bandgroep in de school-app vraag je welke akkoorden bij het refrein horen.
Om twintig voor elf trilt je telefoon. Een WhatsApp van een onbekend nummer. # sfx: trillen
Hoi Lieke, Vos hier 🙂 Ik stuur je de akkoorden even privé. # speaker: vos # channel: chat # sfx: ping
Jij bent echt volwassener dan de rest, weet je dat? # speaker: vos # channel: chat
En zeg buiten de les maar Mark hoor. # speaker: vos # channel: chat
Je wangen worden warm. # channel: thought # discuss: Een docent stuurt je 's avonds privé een compliment. Wanneer is dat nog gewoon aardig, en wanneer niet meer?

+ [Je reageert niet. Het voelt raar, maar het is vast niks. #step: zelfzorg #rating: matig]
  Niet reageren mag. Maar dat rare gevoel is een belangrijk signaal. Je mag het altijd vertellen aan iemand die je vertrouwt. # feedback
+ [Je appt: "Dank u! Kunt u ze ook in de bandgroep zetten?" #step: zelfzorg #rating: goed]
  Goed. Dingen over de band horen in de bandgroep, waar iedereen meeleest. Een docent die wil helpen, kan dat gewoon open doen. # feedback
  Haha, tuurlijk. Maar hier is handiger 😉 # speaker: vos # channel: chat
+ [Je appt blij terug: "Dankjewel Mark! 😊" Fijn dat hij juist jou ziet. #step: zelfzorg #rating: fout]
  ~ mee = mee + 1
  ~ prive = true
  Logisch dat een compliment fijn voelt. Maar een docent die laat op de avond privé appt dat je "volwassener" bent, gaat over een grens. Dat ligt aan hem, niet aan jou. # feedback
- -> snapchat

=== snapchat ===
Twee weken later. Meneer Vos appt je bijna elke avond. Soms om half twaalf. # scene: thuis
{prive:Jullie appen over van alles. Hij weet zelfs dat je ruzie had met je broer.}
Zullen we naar Snapchat gaan? Daar verdwijnen de berichten. Wel zo handig 😉 # speaker: vos # channel: chat # sfx: ping

+ [Je zegt dat je geen Snapchat hebt. Dan hoef je geen nee te zeggen. #step: zelfzorg #rating: matig]
  Begrijpelijk: nee zeggen tegen een docent is moeilijk. Maar hij blijft het proberen. Een duidelijk nee mag altijd, en vertel iemand over deze vraag. # feedback
+ [Je voegt hem toe op Snapchat. Iedereen gebruikt het toch. #step: zelfzorg #rating: fout]
  ~ mee = mee + 1
  ~ snap = true
  Tussen vrienden is Snapchat normaal. Maar een volwassene die met een leerling wil praten waar berichten verdwijnen, wil dat niemand het later ziet. Dat is een waarschuwingssignaal. Hij kiest daarvoor, niet jij. # feedback
+ [Je appt: "Liever niet. Over de band kan het in de school-app." Je maakt een screenshot. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Je zegt wat je wilt en je bewaart bewijs. Een volwassene die wil praten waar berichten verdwijnen, is een groot waarschuwingssignaal. # feedback
- -> geheim

=== geheim ===
Een week later. Kwart over elf. # sfx: ping
Slaap je al? Ik moest aan je denken. Aan je solo bedoel ik 😉 # speaker: vos # channel: chat
Dit blijft wel tussen ons hè. De anderen snappen dat niet. # speaker: vos # channel: chat
De volgende dag in de kantine kijkt Ayla je aan. Ze is je beste vriendin en zingt in de band. # scene: kantine
Wie appt je toch steeds? 👀 # speaker: ayla
Je buik draait. # channel: thought # discuss: "Dit blijft tussen ons." Wanneer is een geheim oké, en wanneer moet je het juist vertellen?

+ [Je laat Ayla alle berichten zien. #step: zelfzorg #rating: goed]
  ~ ayla_weet = true
  Goed. Een geheim waar je buik van draait, hoef je niet te bewaren. "Dit blijft tussen ons" is een bekende truc om iemand alleen te houden. # feedback
  Lieke... een leraar die dit stuurt? Dit is echt niet normaal. # speaker: ayla
+ [Je vertelt lachend dat Vos je soms appt. Ayla moet beloven dat ze niks zegt. #step: zelfzorg #rating: matig]
  ~ ayla_weet = true
  Fijn dat Ayla iets weet. Maar zo'n geheim is te zwaar voor een vriendin alleen. En jij hoeft hem niet te beschermen. # feedback
+ [Je zegt: "Niks, mijn nicht." Je wilt hem niet in de problemen brengen. #step: zelfzorg #rating: fout]
  Veel jongeren willen loyaal zijn. Maar daar is zo'n geheim juist voor: dat je er alleen mee blijft. Jij brengt hem niet in de problemen, dat doet hij zelf. # feedback
- -> repetitie

=== repetitie ===
Week vier. Na de repetitie pakt iedereen zijn spullen. # scene: klaslokaal # sfx: bel
Lieke, blijf jij nog even? Dan oefenen we je solo. Met z'n tweeën gaat dat beter. # speaker: vos

+ [Je blijft. Hij is je docent, en die solo moet echt beter. #step: veiligheid #rating: fout]
  ~ mee = mee + 1
  Logisch dat je je docent gelooft. Maar een volwassene die jou steeds alleen wil spreken, gaat over een grens. Je mag altijd zeggen dat je niet alleen blijft. # feedback
  Hij doet de deur dicht en komt heel dicht naast je zitten. "Jij bent anders dan andere meiden van je leeftijd."
  Je vingers trillen. Je wilt alleen maar weg.
+ [Je blijft, maar vraagt {ayla_weet:Ayla|een bandlid} om op de gang te wachten. #step: veiligheid #rating: matig]
  Slim dat er iemand vlakbij is. Maar je hoeft niet alleen te blijven bij een docent bij wie je je niet fijn voelt. Nee zeggen mag. # feedback
  Na vijf minuten zegt hij: "Laat maar. Volgende keer, als het rustiger is."
+ [Je zegt: "Kan het in de volgende repetitie?" en loopt met de anderen mee. #step: veiligheid #rating: goed]
  Goed. Je zorgt dat je niet alleen met hem bent. Oefenen kan ook gewoon met de band erbij. # feedback
- -> lift

=== lift ===
Een week later plenst het na de repetitie. # scene: schoolplein
Bij de fietsen stopt een auto naast je. Het raam gaat omlaag.
Stap maar in, ik breng je thuis. Je moeder hoeft daar niks van te weten hoor. # speaker: vos

+ [Je zegt: "Nee, dank u." Binnen app je je moeder of ze je komt halen. #step: veiligheid #rating: goed]
  Goed. Je stapt niet in bij iemand die zegt dat je ouders het niet hoeven te weten. En je moeder weet waar je bent. # feedback
+ [Je stapt in. Het regent zo hard, en hij is een leraar. #step: veiligheid #rating: fout]
  ~ mee = mee + 1
  Heel begrijpelijk bij dit weer. Maar "je moeder hoeft het niet te weten" is een alarmsignaal. Een volwassene die het goed meent, wil juist dat je ouders het weten. # feedback
  "Heb jij eigenlijk een vriendje?" vraagt hij. Hij zet je af op de hoek van je straat. Niet voor de deur.
+ [Je zegt nee en fietst alleen door de regen naar huis. Thuis zeg je niks. #step: veiligheid #rating: matig]
  Nee zeggen is goed! Maar niemand weet wat er gebeurde. Vertel het aan iemand die je vertrouwt, ook al was het "maar" een lift. # feedback
- -> outfit

=== outfit ===
Die avond. {snap:Een snap van Mark.|Een WhatsApp van Meneer Vos.} # scene: thuis # sfx: ping
Stuur eens een foto van je nieuwe outfit voor het optreden? Alleen voor mij hoor 😉 # speaker: vos # channel: chat

+ [Je stuurt een foto van alleen de kleren, op je bed. #step: zelfzorg #rating: matig]
  Slim dat je zelf niet op de foto staat. Maar je gaat nog mee in zijn geheime vraag, en dan komt er vaak een volgende. Nee is ook een antwoord. # feedback
  Haha, ik bedoelde met jou erin natuurlijk 😉 # speaker: vos # channel: chat
+ [Je stuurt niks. Je maakt een screenshot van zijn vraag. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Je hoeft niks te sturen en niks uit te leggen. De screenshot laat later zien wat hij vroeg. # feedback
+ [Je stuurt een spiegelfoto in je outfit. Het zijn gewoon kleren, toch? #step: zelfzorg #rating: fout]
  ~ mee = mee + 1
  ~ foto = true
  Het lijkt onschuldig. Maar een volwassene die een leerling om een foto "alleen voor mij" vraagt, zoekt de volgende stap. Het is nooit jouw schuld dat hij dat vraagt. # feedback
  Wauw. Je ziet er echt ouder uit zo 😍 # speaker: vos # channel: chat
  Je voelt je misselijk.
- -> bewaren

=== bewaren ===
Je ligt wakker en scrolt door alles wat hij stuurde.
{snap:Op Snapchat zijn de meeste berichten al weg.}

+ [Je maakt screenshots van alles. Wat al weg is, schrijf je op met datum en tijd. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Screenshots en een lijstje zijn bewijs. {snap:Snapchat ziet misschien dat je een screenshot maakt. Dat mag: jouw veiligheid gaat voor.|Hij kan WhatsApp-berichten voor iedereen verwijderen, dus bewaar ze nu.} # feedback
+ [Je wist alle chats met hem. Je wilt het nooit meer zien. #step: adviezen #rating: fout]
  ~ bewijs = false
  ~ gewist = true
  Heel begrijpelijk. Maar dan is je bewijs weg. Zet screenshots liever in een aparte map, waar je niet steeds naar hoeft te kijken. # feedback
+ [Je laat alles staan. Screenshots maken voelt als verraad. #step: adviezen #rating: matig]
  Je hoeft hem niet te beschermen. Hij kan berichten wissen, en op Snapchat verdwijnen ze vanzelf. Een screenshot is bescherming voor jezelf. # feedback
- -> week6

=== week6 ===
Week zes. Jij appt steeds korter terug. Hij merkt het. # sfx: ping
Waarom doe je zo afstandelijk? Ik dacht dat wij iets speciaals hadden 😔 # speaker: vos # channel: chat
Je wordt boos. En bang. # channel: thought

+ [Je stopt met de band en gaat uit de bandgroep. Je zegt niemand waarom. #step: zelfzorg #rating: matig]
  ~ gestopt = true
  Afstand nemen is begrijpelijk. Maar nu verlies jij iets waar je van houdt, en hij gaat door, misschien met iemand anders. Vertel een volwassene waarom. # feedback
+ [Je reageert niet meer. Je besluit: morgen vertel ik het aan een volwassene. #step: zelfzorg #rating: goed]
  Goed. Je bent hem geen uitleg schuldig. En dit is te groot om alleen te dragen. # feedback
+ [Je stuurt: "Ik weet wat u doet. Als u niet stopt, vertel ik het." #step: zelfzorg #rating: fout]
  ~ gewaarschuwd = true
  Heel dapper bedoeld. Maar als je hem alleen en online aanspreekt, kan hij berichten wissen en jou onder druk zetten. Laat dat aan volwassenen over. # feedback
  Niemand gaat geloven dat ik iets verkeerds deed, Lieke. # speaker: vos # channel: chat
  Even later zijn al zijn berichten weg.
- -> vertellen

=== vertellen ===
De volgende dag. # scene: gang
{ayla_weet:Ayla pakt je arm. "Je moet dit vertellen, Lieke. Ik ga met je mee."|Naast de mediatheek hangt een poster: Mevrouw Bakker, vertrouwenspersoon.}

+ [Je chat vanavond anoniem met De Kindertelefoon. Op school zeg je niks. #step: zelfzorg #rating: matig]
  ~ laat = true
  Goed dat je praat: anoniem kan bij De Kindertelefoon (0800-0432) of Helpwanted.nl. Maar zij kunnen Meneer Vos niet tegenhouden. Iemand op school wel. # feedback
  Die avond schrijft iemand van De Kindertelefoon: "Het is niet jouw schuld. Is er iemand op school die je vertrouwt?" # scene: thuis
  Het duurt nog een week voor je durft. Dan loop je{ayla_weet: met Ayla} naar Mevrouw Bakker.
  -> bakker
+ [Je zegt niks. Het schooljaar is bijna voorbij. Dan stopt het vanzelf. #step: zelfzorg #rating: fout]
  Heel begrijpelijk om dat te hopen. Maar dit stopt zelden vanzelf; vaak wordt het erger. Je hoeft het niet alleen te dragen. # feedback
  -> zwijgen
+ [Je gaat{ayla_weet: met Ayla} naar Mevrouw Bakker, de vertrouwenspersoon. #step: zelfzorg #rating: goed]
  Goed. De vertrouwenspersoon is er precies hiervoor. Zij luistert, en zorgt dat er iets gebeurt om jou te beschermen. # feedback
  -> bakker

=== zwijgen ===
Twee weken later. Zaterdag is het optreden van de band. # scene: thuis # sfx: ping
{gestopt:
    Kom je zaterdag kijken? Ik mis je. # speaker: vos # channel: chat
}
Na het optreden breng ik je thuis. Dan kunnen we eindelijk rustig praten. Alleen wij. # speaker: vos # channel: chat

+ [Je appt: "Oké." Als je nee zegt, wordt hij misschien boos. #step: zelfzorg #rating: fout]
  Die angst is heel begrijpelijk. Maar je hoeft niet met hem mee, ook niet als hij boos wordt. Vertel het een volwassene, of bel De Kindertelefoon. # feedback
  -> na_zwijgen
+ [Je appt je moeder: "Kun je me zaterdag ophalen? Ik moet je iets vertellen." #step: zelfzorg #rating: goed]
  ~ mama_weet = true
  ~ laat = true
  Goed. Het is nooit te laat om het te vertellen. Je moeder kan je beschermen en met je naar school gaan. # feedback
  Die avond vertel je mama alles. De volgende ochtend gaan jullie samen naar Mevrouw Bakker.
  -> bakker
+ [Je zegt oké, als Ayla ook meerijdt. #step: veiligheid #rating: matig]
  Slim dat je niet alleen wilt zijn. Maar zo gaat het geheim door, en Ayla kan jou niet beschermen. Vertel het een volwassene. # feedback
  -> na_zwijgen

=== na_zwijgen ===
{ayla_weet:
    ~ ayla_verteld = true
    ~ laat = true
    Ayla ziet het bericht op je scherm. Vrijdag gaat ze naar Mevrouw Jansen, jullie mentor. Die brengt jullie meteen naar Mevrouw Bakker. # scene: gang
    Je had het beloofd! # speaker: ik
    Ik was zo bang voor jou. # speaker: ayla
    -> bakker
}
-> alleen

=== bakker ===
Mevrouw Bakker doet de deur dicht. # scene: kamer-vp # sfx: deur
{mama_weet:Mama zit naast je.|{ayla_weet:Ayla zit naast je.}}
Je vertelt alles, vanaf het eerste appje. Zij luistert en laat je uitpraten.
{
  - bewijs:
    Je laat haar de screenshots zien.
  - snap || gewaarschuwd || gewist:
    Veel berichten zijn weg. Je bent bang dat dat erg is.
    Dat geeft niks. Wat jij vertelt, telt ook. # speaker: bakker
  - else:
    Je laat haar de chat zien.
}
{bewijs || not (snap || gewaarschuwd || gewist):
    Goed dat je dit bewaard hebt. Hou het op je eigen telefoon, en stuur het niet door. # speaker: bakker
}
U mag het aan niemand vertellen, beloofd? # speaker: ik
Dat kan ik niet beloven, Lieke. Dat zeg ik je eerlijk. # speaker: bakker
Als iemand van school over de grens gaat bij een leerling, moet ik dat meteen doorgeven aan het bestuur, aan Meneer Willems. Dat is de regel voor iedereen op school. Om jou en anderen te beschermen. # speaker: bakker
De klas en de band hoeven niks te weten. En jij hebt niks fout gedaan. Hij is de volwassene. # speaker: bakker
Je zegt even niks. # discuss: Mevrouw Bakker belooft geen geheim. Is dat verraad, of juist bescherming?

+ [Je vraagt of ze eerst zelf met Meneer Vos wil praten. Dan stopt hij misschien. #step: zelfzorg #rating: matig]
  Begrijpelijk dat je de kleinste stap wilt. Maar dan is hij gewaarschuwd en kan hij bewijs wissen of jou onder druk zetten. Dit moet via het bestuur. # feedback
  Dat ga ik niet doen. Dit gaat vandaag nog naar het bestuur. # speaker: bakker
+ [Je zegt: "Laat maar. Ik overdrijf vast. Het waren maar appjes." #step: zelfzorg #rating: fout]
  Je overdrijft niet. Stap voor stap ging hij verder over de grens: zo werkt grooming. Het kleiner maken beschermt jou niet. # feedback
  Je overdrijft niet. Ik geef het toch door, en ik vertel jou wat er gebeurt. # speaker: bakker
+ [Je zegt: "Het is eng. Maar ik wil dat het stopt. Wat gebeurt er nu?" #step: zelfzorg #rating: goed]
  Goed. Een volwassene die eerlijk zegt wat ze wel en niet kan beloven, kun je vertrouwen. Nu weet je wat er komt. # feedback
  Het bestuur overlegt met de inspectie. Als het nodig is, komt de politie erbij. Je ouders horen het ook. # speaker: bakker
- Wil je met iemand van buiten school praten? Dat kan met Mevrouw Okafor, ook een vertrouwenspersoon. # speaker: bakker
{foto:
    En die foto: als hij ooit ergens opduikt, helpt Helpwanted.nl om hem weg te halen. # speaker: bakker
}
-> mama

=== mama ===
Die avond aan de keukentafel. # scene: thuis
{not mama_weet:Mevrouw Bakker heeft mama gebeld. Ze is wit van woede.}
Ik bel die man nu op. En ik wil iemand die niet bij die school hoort. # speaker: moeder-lieke

+ [Je zegt: "Bel hem niet, mam. Laten we Mevrouw Okafor bellen. Zij is van buiten school." #step: zelfzorg #rating: goed]
  Goed. Als je moeder hem belt, kan hij alles ontkennen of bewijs wissen. Mevrouw Okafor werkt niet voor de school en kan jullie allebei helpen. # feedback
+ [Je zegt: "Doe maar. Zeg maar dat hij moet stoppen." #step: zelfzorg #rating: matig]
  ~ mama_belde = true
  Heel begrijpelijk dat jullie boos zijn. Maar zo kan hij zich voorbereiden en alles ontkennen. Laat het aan het bestuur en de politie over. # feedback
  Mama belt. Na twee minuten hangt ze op. "Hij zegt dat jij verliefd bent en dingen verzint. Ik geloof jou, Lieke."
+ [Je zegt: "Laat het nou, mam. Ik wil dat iedereen het vergeet." #step: zelfzorg #rating: fout]
  Heel normaal dat je wilt dat het ophoudt. Maar vergeten lukt niet, en school moet hoe dan ook iets doen. Juist nu heb je je moeder nodig. # feedback
  Dit vergeten we niet, lieverd. Maar we doen het samen. # speaker: moeder-lieke
- -> bericht

=== bericht ===
Een paar dagen later. Meneer Vos is niet op school. De geruchten gaan rond. # scene: thuis
Dan, 's avonds laat: # sfx: trillen
Lieke. Wat heb jij verteld?? Ik dacht dat wij elkaar vertrouwden. Bel me. # speaker: vos # channel: chat

+ [Je blokkeert hem meteen en wist het bericht. Je vertelt het niemand. #step: adviezen #rating: matig]
  Blokkeren is goed. Maar bewaar het eerst en vertel het: dat hij je onder druk zet, moeten school en politie weten. # feedback
+ [Je schrijft: "Sorry. Ik wilde niet dat u in de problemen kwam." #step: zelfzorg #rating: fout]
  Veel jongeren voelen zich schuldig. Maar jij hebt niks fout gedaan: hij wel. Reageer niet, dan kan hij je niet onder druk zetten, en vertel het een volwassene. # feedback
  Zeg dan morgen dat het een misverstand was. Oké? # speaker: vos # channel: chat
  Je gooit je telefoon op bed. De volgende dag laat mama het aan Mevrouw Bakker zien.
+ [Je reageert niet. Je maakt een screenshot en laat het mama en Mevrouw Bakker zien. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Je bent hem niks verschuldigd. Mevrouw Bakker geeft het door: hij mag jou niet onder druk zetten. # feedback
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
Een maand later. # scene: klaslokaal
Meneer Vos komt niet terug op school. Het bestuur heeft met de inspectie overlegd en de politie ingeschakeld.
{gewaarschuwd:Hij had veel berichten gewist. {bewijs:Gelukkig had jij screenshots.|Toch werd jouw verhaal serieus genomen.}}
{gestopt:Je bent terug in de band. }De band gaat door met een andere muziekdocent. Jij speelt je solo op het optreden, Ayla zingt naast je.
Mevrouw Bakker vraagt elke week hoe het gaat. Soms schrik je nog van een ping 's avonds.
Maar je weet nu: aardig doen en over de grens gaan is niet hetzelfde. En het was nooit jouw schuld. # ending: Op tijd verteld, en beschermd
-> END

=== laat_verteld ===
Een maand later. # scene: thuis
Meneer Vos komt niet meer op school. Het bestuur heeft de politie ingeschakeld. Een agent heeft met jou en mama gepraat.
Het duurde lang voor het stopte. {mee >= 2 || foto:Je ging met meer mee dan je wilde.|Het duurde lang voor je het durfde te vertellen. Dat is heel normaal.} Het was niet jouw schuld: hij wist wat hij deed.
{foto:Die foto zit je nog dwars. De politie weet ervan, en als hij opduikt, helpt Helpwanted.nl.}
{not bewijs && (snap || gewaarschuwd || gewist):Veel berichten waren weg. Jouw verhaal telde toch.}
{mama_belde:Dat mama hem belde, maakte het drukker. Maar ze staat naast je.}
Naar de band durf je nog niet. Je praat elke week met Mevrouw Okafor of Mevrouw Bakker.
Het gaat langzaam beter. Je bent niet meer alleen met het geheim. # ending: Verteld, maar pas laat
-> END

=== door_ayla ===
Een maand later. # scene: schoolplein
Meneer Vos komt niet meer op school. Het bestuur heeft de politie ingeschakeld.
Na het gesprek was je woedend op Ayla. Een week lang zei je niks tegen haar. Ze had haar belofte gebroken.
{foto:Die foto zit je nog dwars. Als hij ooit opduikt, helpt Helpwanted.nl.}
Nu zitten jullie weer samen in de pauze. Het is nog een beetje stroef.
"Dankjewel," zeg je zacht. Ayla knikt. Zij was de enige die het zag. # ending: Ayla vertelde het
-> END

=== alleen ===
{gestopt:Zaterdag ga je toch niet kijken. Je speelt geen gitaar meer.|Zaterdag glip je na het optreden via de achterdeur weg. Daarna stop je met de band. Je zegt niemand waarom.} # scene: thuis
Meneer Vos leidt de band nog steeds. Ayla vertelt dat een meisje uit 2 vwo nu vaak blijft na de repetitie, "om te oefenen".
Je buik draait om. Je weet hoe dat begint.
Het was nooit jouw schuld. Hij is de volwassene, en hij ging over de grens.
Je kunt het altijd nog vertellen: aan mama, Mevrouw Jansen of Mevrouw Bakker. Of praat eerst anoniem: De Kindertelefoon (0800-0432) of de chat van Helpwanted.nl. # ending: Alleen met een geheim
-> END
