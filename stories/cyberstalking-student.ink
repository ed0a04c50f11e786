# id: cyberstalking-student
# title: Hij laat je niet los
# mode: student
# topic: cyberstalking
# age: 12+
# minutes: 12
# summary: Het is uit met Koen, maar hij blijft appen, weet waar je bent en er komen steeds nieuwe accounts. Wat doe jij?
# warning: Dit verhaal gaat over een ex die iemand blijft volgen en lastigvalt, online en in het echt. Het kan spannend zijn om te lezen. Je kunt altijd stoppen.
# pair: cyberstalking-staff

VAR contact = false
VAR locatie_uit = false
VAR bewijs = false
VAR gepost = false
VAR politie = false
VAR gewaarschuwd = false
VAR steun = 0

Drie weken geleden heb je het uitgemaakt met Koen. Hij zit in 4 havo, jij in 3 havo. # scene: thuis
Het is dinsdagavond, half elf. Je telefoon blijft trillen. # sfx: trillen
iris ik mis je echt # speaker: koen # channel: chat # sfx: ping
waarom lees je het niet # speaker: koen # channel: chat
ik zie heus wel dat je online bent # speaker: koen # channel: chat
1 gesprek. meer vraag ik niet. anders kom ik gewoon langs # speaker: koen # channel: chat
Twaalf berichten in één uur. Je buik draait ervan om. # channel: thought

+ [Je appt terug: "Oké. Morgen na school praten we het uit, in het park." #step: zelfzorg #rating: fout]
  ~ contact = true
  Het voelt als de snelste weg naar rust. Maar alleen afspreken met iemand die jouw nee niet accepteert, is niet veilig. Eén duidelijk bericht, zonder afspraak, is genoeg. # feedback
  -> park
+ [Je stuurt één duidelijk bericht: "Het is uit. Ik wil geen contact meer." Daarna reageer je niet meer. #step: zelfzorg #rating: goed]
  Goed. Eén keer duidelijk je grens zeggen is genoeg. Daarna hoef je niks meer uit te leggen: elk antwoord houdt het gesprek open. # feedback
  ik wil geen contact meer. het is uit. # speaker: ik # channel: chat
  -> kantine
+ [Je reageert niet en zet je telefoon op stil. Je zegt niemand iets. Morgen is het vast over. #step: zelfzorg #rating: matig]
  Niet reageren is slim. Maar je hoeft dit niet alleen te dragen. Vertel het aan iemand die je vertrouwt, dan denkt er iemand met je mee. # feedback
  -> kantine

=== park ===
Woensdag zit je met Koen op een bankje in het park. # scene: onderweg
Hij praat een uur lang. Eerst huilt hij, dan wordt hij boos.
Je hoort gewoon bij mij. Dat weet je zelf ook. # speaker: koen
Thuis staan er alweer zeven berichten van hem. Praten heeft niks opgelost. # channel: thought
-> kantine

=== kantine ===
Donderdag in de pauze zit je met Hanna in de kantine. # scene: kantine
Koen zei tegen Stijn dat jij gisteren om vijf uur bij de Jumbo was. Hoe weet hij dat?? # speaker: hanna
Je schrikt. Dan snap je het. Snap Map. En in de zomer heb je in Google Maps je locatie met Koen gedeeld. Dat staat nog steeds aan.
Wacht. Dus hij kan gewoon zien waar je bent? # speaker: hanna
Je pakt je telefoon. # discuss: Je locatie delen met je vriend of vriendin: is dat lief, handig of al te veel? En wat als het uit is?

+ [Je gooit Snapchat van je telefoon. Dan kan hij je daar in elk geval niet meer zien. #step: adviezen #rating: matig]
  Een goede eerste stap. Maar je locatie kan ook via andere apps gedeeld worden, zoals Google Maps. Check alle plekken waar je locatie aan staat. # feedback
+ [Je laat je locatie aan. Dan zie jij op de kaart ook waar Koen is, en kun je hem ontlopen. #step: adviezen #rating: fout]
  Slim bedacht, maar zo blijft hij ook precies zien waar jij bent. Jouw veiligheid gaat voor: zet je locatie voor hem uit. # feedback
+ [Je zet Snap Map op spookmodus. Daarna check je in al je apps met wie je je locatie deelt. Koen haal je overal weg. #step: adviezen #rating: goed]
  ~ locatie_uit = true
  Goed. Niet alleen Snapchat: ook Google Maps, Zoek mijn op de iPhone en WhatsApp kunnen je locatie delen. Weet Koen een wachtwoord van je? Verander het dan ook. # feedback
- -> avond

=== avond ===
Die avond, op je kamer. # scene: thuis
{ locatie_uit:
    waarom zie ik je niet meer?? wat heb je te verbergen # speaker: koen # channel: chat # sfx: ping
  - else:
    gezellig bij hanna vanmiddag? 🙂 # speaker: koen # channel: chat # sfx: ping
}
ik blijf het proberen hoor. tot je antwoordt # speaker: koen # channel: chat
{ contact:
    Sinds het park denkt hij dat er nog een kans is. Dat merk je aan alles. # channel: thought
}

+ [Je maakt screenshots van zijn berichten. Dan blokkeer je Koen overal en meld je zijn account in de app. #step: zelfzorg #rating: goed]
  ~ bewijs = true
  Goed. Eerst bewaren, dan blokkeren. Zo heb je bewijs als het doorgaat. En de app weet dat dit account over de grens gaat. # feedback
+ [Je blokkeert Koen en wist de hele chat. Je wilt zijn berichten nooit meer zien. #step: zelfzorg #rating: matig]
  Blokkeren is goed. Maar zonder de berichten heb je geen bewijs als het doorgaat. Bewaar ze eerst, op een plek waar je ze niet steeds ziet. # feedback
+ [Je blokkeert hem niet. Dan wordt hij misschien nog bozer. Je zet de chat op stil. #step: zelfzorg #rating: fout]
  Het is heel begrijpelijk dat je bang bent dat hij bozer wordt. Maar zo houdt hij een weg naar jou open. Blokkeren en melden mag altijd, en je kunt hulp vragen als het erger wordt. # feedback
- -> accounts

=== accounts ===
Zaterdag krijg je een bericht op Instagram. # sfx: notificatie
Het account heet jouw.schaduw. Geen foto, geen naam, nul volgers.
je kunt me niet ontlopen hoor 😘 # speaker: schaduwaccount # channel: chat
mooie blauwe jas vandaag # speaker: schaduwaccount # channel: chat
Zondag is er weer een nieuw account: iris.zie.ik.wel.
Het moet Koen zijn. Maar nergens staat zijn naam. # channel: thought
Je kijkt naar het scherm. # discuss: Je weet bijna zeker wie erachter zit, maar je kunt het niet bewijzen. Mag je die naam dan noemen? Tegen wie wel en tegen wie niet?

+ [Je zet een screenshot in je story: "Wie zit hierachter?? Koen, ben jij dit?" #step: zelfzorg #rating: fout]
  ~ gepost = true
  Je wilt weten wie het is, dat snap je. Maar zo deel je het met iedereen en krijgt de maker aandacht. En je noemt Koen zonder bewijs; dat kan zich tegen jou keren. # feedback
+ [Je blokkeert elk nieuw account meteen en wist de berichten. Niet over nadenken, gewoon doorgaan. #step: adviezen #rating: matig]
  ~ bewijs = false
  Blokkeren is goed, en afstand nemen ook. Maar zonder bewijs kan later niemand zien hoe vaak het gebeurde. Maak eerst een screenshot. # feedback
+ [Je maakt een lijstje in je notities: datum, tijd, accountnaam en wat er gebeurde. De screenshots zet je in een aparte map. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Zo'n logboek laat zien dat het steeds doorgaat. Dat hebben school en politie nodig om je te helpen, en om uit te zoeken wie erachter zit. # feedback
- -> mama

=== mama ===
Zondagavond. Mama zet thee voor je neer. # scene: thuis
Je bent zo stil de laatste tijd. Is er iets? # speaker: moeder-iris
Je twijfelt. Als je het vertelt, pakt ze misschien je telefoon af. Of ze belt Koens ouders. # channel: thought

+ [Je vertelt mama alles en laat haar de berichten zien. #step: zelfzorg #rating: goed]
  ~ steun = steun + 1
  Goed. Dit hoef je niet alleen op te lossen. Een volwassene die je vertrouwt, kan met je meedenken en met je naar school of de politie gaan. # feedback
  -> mama_plan
+ [Je zegt dat er niks is. Wel app je Hanna, maar ze moet beloven dat ze het aan niemand vertelt. #step: zelfzorg #rating: matig]
  Fijn dat Hanna het weet. Maar een vriendin kan dit niet oplossen, en een geheim bewaren is ook zwaar voor haar. Vertel het ook aan een volwassene. # feedback
  -> stijn
+ [Je zegt niks. Mama maakt het alleen maar groter, en dan wordt het erger. #step: zelfzorg #rating: fout]
  Die angst hebben veel jongeren. Maar met zoiets engs alleen blijven is zwaar, en het gaat vaak niet vanzelf over. Je kunt ook anoniem praten met De Kindertelefoon: 0800-0432. # feedback
  -> stijn

=== mama_plan ===
Mama wordt bleek. Dan wordt ze boos.
Ik ga nu naar zijn huis. Dit pik ik niet. # speaker: moeder-iris

+ [Je geeft mama je telefoon. Zij wist al je apps. Dan ben je er in één keer vanaf. #step: adviezen #rating: matig]
  ~ bewijs = false
  Even rust van je telefoon mag. Maar als alles gewist is, is ook je bewijs weg. Bewaar eerst de berichten, en blokkeer dan. # feedback
+ [Je vraagt haar te wachten: "Laten we samen naar Mevrouw Bakker op school gaan. En eerst op vraaghetdepolitie.nl kijken wat we kunnen doen." #step: zelfzorg #rating: goed]
  Goed. Boos zijn is logisch, maar naar zijn huis gaan kan het erger maken. Met school en politie erbij pak je het stap voor stap aan. # feedback
+ [Je zegt: "Doe maar. Zeg maar dat hij moet stoppen." #step: zelfzorg #rating: matig]
  Je wilt dat het stopt, dat snap je. Maar Koen kan alles ontkennen, want de accounts hebben geen naam. En ruzie aan de deur maakt het vaak erger. # feedback
- -> stijn

=== stijn ===
Maandag in de pauze komt Stijn naar je toe. Hij is een vriend van Koen. # scene: gang
{ gepost:
    Jij zet Koen op je story neer als een stalker? Iedereen heeft het gezien, hoor. # speaker: stijn
}
Koen is echt kapot van je. Hij zegt dat hij die accounts niet maakt. # speaker: stijn
Praat nou gewoon even met hem. Dan is het klaar. # speaker: stijn
Even is het stil. # discuss: Koen wil "alleen maar praten". Wanneer is nog een gesprek willen normaal, en wanneer wordt het lastigvallen?

+ [Je zegt: "Nee. Ik wil geen contact." Dan loop je naar je mentor, Mevrouw Jansen, en vertelt wat er speelt. #step: zelfzorg #rating: goed]
  ~ steun = steun + 1
  Goed. Je blijft bij je grens, en een volwassene op school weet het nu. Je mentor kan met je meedenken en je naar de vertrouwenspersoon brengen. # feedback
  Goed dat je het me vertelt, Iris. Dit is niet oké. Zal ik je donderdag naar Mevrouw Bakker brengen? # speaker: jansen
+ [Je vraagt Stijn om tegen Koen te zeggen dat hij moet stoppen. Dan hoef jij hem niet te spreken. #step: zelfzorg #rating: matig]
  Logisch dat je hem zelf niet wilt spreken. Maar via een vriend blijft er toch een lijntje naar jou. Laat dit liever aan een volwassene over. # feedback
+ [Je zegt: "Oké, één keer dan. Woensdag na de training." Misschien stopt het dan echt. #step: zelfzorg #rating: fout]
  ~ contact = true
  Het lijkt de snelste weg naar rust. Maar met iemand die jouw grens niet accepteert, spreek je niet alleen af. Je bent hem geen gesprek schuldig. # feedback
- -> training

=== training ===
Woensdagavond heb je volleybal in de sporthal. # scene: sporthal
{
  - contact:
    Na de training staat Koen al bij de deur. Hij lacht naar je.
  - not locatie_uit:
    Is dat niet Koen, daar op de tribune? Hoe weet hij dat je hier bent? # speaker: fatima
  - else:
    Je locatie staat uit. Toch staat Koen na de training bij de fietsen. Hij weet dat je op woensdag traint.
}
Ik wil alleen even praten. Vijf minuten maar. # speaker: koen
Het is al donker. De rest van je team is nog in de kleedkamer. # channel: thought

+ [Je fietst snel via een andere route naar huis. Thuis zeg je niks. #step: veiligheid #rating: matig]
  Weggaan is beter dan met hem praten. Maar alleen naar huis fietsen is eng, en niemand weet wat er gebeurde. Vraag iemand om mee te fietsen of je op te halen. # feedback
  Je trapt zo hard als je kan. Pas thuis merk je dat je trilt.
+ [Je gaat terug naar binnen, naar je team en je trainer. Je belt mama of ze je komt halen. #step: veiligheid #rating: goed]
  Goed. Blijf bij andere mensen, en laat iemand die je vertrouwt je ophalen. Jouw veiligheid gaat voor beleefd zijn. # feedback
  Fatima blijft bij je tot mama er is. Koen is dan al weg.
+ [Je loopt naar hem toe. Als je het nu in het echt zegt, snapt hij het misschien eindelijk. #step: veiligheid #rating: fout]
  ~ contact = true
  Je wilt dat het stopt, dat is logisch. Maar alleen met hem praten in het donker is niet veilig, en hij krijgt precies wat hij wil: contact. Zoek mensen op. # feedback
  Hij praat en praat. Hij loopt mee tot de hoek van je straat. Die nacht slaap je bijna niet.
- -> school

=== school ===
Donderdagochtend. Je hebt slecht geslapen. # scene: gang
{steun > 0: Je weet dat je bij Mevrouw Bakker terechtkunt, de vertrouwenspersoon.|Op een deur naast de mediatheek hangt een poster: Mevrouw Bakker, vertrouwenspersoon. Je blijft even staan.}

+ [Je vraagt Mevrouw Jansen om Koen in de pauze aan te spreken, waar iedereen bij is. Dan weet hij dat het menens is. #step: zelfzorg #rating: matig]
  ~ steun = steun + 1
  Hulp vragen aan je mentor is goed. Maar niemand kan nog bewijzen dat Koen die accounts maakt, en een scène in de pauze maakt het groter. Een rustig gesprek met de vertrouwenspersoon helpt meer. # feedback
  Dat doe ik niet waar iedereen bij is. Maar ik loop nu met je mee naar Mevrouw Bakker. # speaker: jansen
  -> bakker
+ [Je gaat niet. School kan toch niks doen aan wat er op je telefoon gebeurt. #step: zelfzorg #rating: fout]
  Dat denken veel jongeren. Maar school kan wel helpen: met je veiligheid op school en onderweg, en met de weg naar de politie. Je hoeft het niet alleen te doen. # feedback
  -> week_later
+ [Je gaat naar Mevrouw Bakker, de vertrouwenspersoon. Je laat haar zien wat er gebeurt. #step: zelfzorg #rating: goed]
  ~ steun = steun + 1
  Goed. De vertrouwenspersoon is er precies voor dit soort dingen. Zij luistert, denkt mee en helpt je met wat jij wilt. # feedback
  -> bakker

=== bakker ===
Mevrouw Bakker luistert. Ze laat je alles vertellen. # scene: kamer-vp
{ bewijs:
    Wat goed dat je alles hebt bijgehouden. Hier kunnen we echt iets mee. # speaker: bakker
  - else:
    Heb je nog screenshots? Vanaf nu bewaren we alles, goed? # speaker: bakker
}
Wat je vertelt, heet stalking. Of belaging. Dat is niet oké, en het kan strafbaar zijn. # speaker: bakker
We weten nog niet zeker wie achter die accounts zit. De politie kan dat soms wel uitzoeken. # speaker: bakker

+ [Je vraagt of de school niet gewoon Koens telefoon kan checken. Dan weet je het zeker. #step: strafbaar #rating: matig]
  Snel zekerheid willen is logisch. Maar school mag niet zomaar in iemands telefoon kijken. De politie kan wel, via het platform, uitzoeken wie achter een account zit. # feedback
+ [Je spreekt af dat je met mama de politie om advies vraagt. Je logboek neem je mee. #step: strafbaar #rating: goed]
  ~ politie = true
  Goed. De politie kan zeggen of aangifte zin heeft, en soms uitzoeken wie achter een account zit. Je kunt ook eerst kijken op vraaghetdepolitie.nl. # feedback
+ [Je wilt geen politie. Koen is geen crimineel, en je wilt niet dat hij in de problemen komt. #step: strafbaar #rating: matig]
  Heel begrijpelijk dat je Koen geen kwaad wilt doen. Maar advies vragen is nog geen aangifte. De politie kijkt mee wat zinvol is, en jij beslist samen met je ouders. # feedback
- Mevrouw Bakker regelt met je mentor dat je na school samen met Hanna fietst. Volgende week ziet ze je weer.
-> week_later

=== week_later ===
Een paar dagen later. Weer een nieuw account. # scene: thuis # sfx: notificatie
ik weet wat je doet. je komt niet van me af # speaker: schaduwaccount # channel: chat

+ [Je stuurt terug: "Ik weet dat jij het bent, Koen. Ik ga naar de politie." #step: zelfzorg #rating: fout]
  ~ gewaarschuwd = true
  Je wilt terugvechten, dat snap je. Maar als je reageert, heeft hij weer contact. En als je hem waarschuwt, kan hij zijn sporen wissen. Laat het uitzoeken aan de politie. # feedback
+ [Je gooit Instagram helemaal van je telefoon. Klaar ermee. #step: adviezen #rating: matig]
  Even weg van een app kan rust geven, en dat mag. Maar bewaar eerst het bericht en meld het account. Dan heb je bewijs, en help je ook anderen. # feedback
+ [Je maakt een screenshot en zet het in je logboek. Dan meld je het account in de app en via Meldknop.nl, en je blokkeert het. #step: adviezen #rating: goed]
  Goed. Bewaren, melden, blokkeren: in die volgorde. Op Meldknop.nl lees je ook wat je nog meer kunt doen en waar je hulp vindt. # feedback
- -> einde

=== einde ===
{
  - politie && bewijs && not gewaarschuwd:
    -> gevonden
  - steun > 0:
    -> samen
  - contact:
    -> terug
  - else:
    -> alleen
}

=== gevonden ===
Je gaat met mama naar de politie, met je logboek. Mama doet aangifte. # scene: thuis
Een paar weken later belt de politie. Via Instagram hebben ze uitgezocht wie achter de accounts zat: Koen.
Een jeugdagent praat met Koen en zijn ouders. Op school spreekt Meneer El Amrani met hem af: geen contact met jou, ook niet online.
De accounts stoppen. Je fietst weer gewoon naar huis, met Hanna.
Soms schrik je nog van een ping. Maar Mevrouw Bakker vraagt elke week hoe het gaat, en je weet: dit was niet jouw schuld. # ending: Het houdt op
-> END

=== samen ===
Een paar weken later. # scene: schoolplein
Het is rustiger. Maar soms komt er nog een nieuw account. Niemand kan bewijzen wie erachter zit.
{gewaarschuwd: Na jouw bericht verdwenen alle accounts een tijdje. De sporen naar de maker ook.}
{not bewijs: Zonder screenshots van het begin kan niemand veel uitzoeken. Vanaf nu bewaar je alles.}
{bewijs && not politie && not gewaarschuwd: Je logboek heb je nog. Wil je later toch naar de politie, dan kan dat altijd.}
{not locatie_uit: Eindelijk zet je overal je locatie uit. Koen ziet je niet meer op de kaart.}
{bakker: Je staat er niet alleen voor. Mevrouw Bakker vraagt elke week hoe het gaat. Na school fiets je met Hanna.|Je staat er niet alleen voor: er is een volwassene die het weet en met je meedenkt. En de deur van Mevrouw Bakker staat open.} # ending: Nog niet voorbij, wel samen
-> END

=== terug ===
Koen appt je weer elke dag. Hij denkt dat er nog een kans is. # scene: thuis
{not locatie_uit: En hij ziet nog steeds waar je bent.}
Geen volwassene weet wat er speelt. Je voelt je opgesloten in je eigen telefoon.
Dit hoef je niet alleen te dragen. Je kunt het altijd nog vertellen: aan mama, je mentor of Mevrouw Bakker. Of praat anoniem met De Kindertelefoon: 0800-0432. # ending: Hij blijft in je leven
-> END

=== alleen ===
De accounts blijven komen. Elke week een nieuw account. # scene: thuis
{not locatie_uit: Soms staat Koen ineens in de buurt. Je locatie staat nog aan.}
Geen volwassene weet wat er speelt. Je schrikt van elke ping.
Dit hoef je niet alleen te dragen. Je kunt het altijd nog vertellen: aan mama, je mentor of Mevrouw Bakker. Of praat anoniem met De Kindertelefoon: 0800-0432. # ending: Alleen met een geheim
-> END
