package format

import "strconv"

// German: the words of gluteplan in German, looked up by their English
// text. Doses keep "s" and "min"; numbers take a decimal comma; dates read
// "Mo., 7. Dez. 2026".
var German = &Language{
	Code:       "de",
	decimal:    ",",
	dayShort:   [...]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"},
	dayLong:    [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	monthShort: [...]string{"", "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
	dayMonth: func(day int, month string) string {
		return strconv.Itoa(day) + ". " + month
	},
	weekdayDate: func(weekday, date string) string {
		return weekday + "., " + date
	},
	says: map[string]string{
		// Doses and counts.
		"hold %s":   "%s halten",
		"each side": "je Seite",
		"set":       "Satz",
		"sets":      "Sätze",

		// The planner's sentences.

		// The pain-monitoring rule (planner/safety.go).
		"Carry on as planned.": "Machen Sie wie geplant weiter.",
		"Fine if it is back to your usual by the next morning. If it is not, treat it as a 6.":                                "Unbedenklich, wenn es am nächsten Morgen wieder wie gewohnt ist. Wenn nicht, gehen Sie vor wie bei einer 6.",
		"Go back to last week's doses until the evenings are back to 5 or less. Do the same if it is worse the next morning.": "Gehen Sie zur Dosierung der Vorwoche zurück, bis die Abendwerte wieder bei 5 oder darunter liegen. Ebenso, wenn es am nächsten Morgen schlimmer ist.",
		"Stop the exercises and get checked by a physical therapist or doctor.":                                               "Beenden Sie die Übungen und lassen Sie es ärztlich oder physiotherapeutisch abklären.",

		// The red flags every plan carries (planner/safety.go).
		"Loss of bladder or bowel control, or numbness between the legs or around the back passage: go to urgent care today.":                   "Verlust der Kontrolle über Blase oder Darm oder Taubheit zwischen den Beinen oder um den After: Suchen Sie noch heute eine Notfallpraxis oder Notaufnahme auf.",
		"Numbness, tingling or weakness that spreads down the leg, or pain below the knee: see a physical therapist or doctor before going on.": "Taubheit, Kribbeln oder Schwäche, die ins Bein ausstrahlt, oder Schmerzen unterhalb des Knies: Lassen Sie es ärztlich oder physiotherapeutisch abklären, bevor Sie weitermachen.",
		"Pain at night that no position eases, a fever, or pain that began with a fall or accident: see a doctor.":                              "Nächtliche Schmerzen, die in keiner Lage nachlassen, Fieber oder Schmerzen nach einem Sturz oder Unfall: Gehen Sie zu einer Ärztin oder einem Arzt.",
		"Soreness of 8 or more out of 10, or soreness that is not improving after a week: stop and get it checked.":                             "Beschwerden von 8 oder mehr von 10 oder Beschwerden, die nach einer Woche nicht besser werden: Hören Sie auf und lassen Sie es abklären.",

		// Screening's referral instead of a plan (planner/screen.go).
		"changes in bladder or bowel control can mean that nerves at the base of the spine are pressed":                                                            "Veränderungen bei der Kontrolle über Blase oder Darm können bedeuten, dass Nerven am unteren Ende der Wirbelsäule eingeengt sind",
		"numbness between the legs or around the back passage can mean that nerves at the base of the spine are pressed":                                           "Taubheit zwischen den Beinen oder um den After kann bedeuten, dass Nerven am unteren Ende der Wirbelsäule eingeengt sind",
		"numbness in the leg can mean that a nerve is irritated, often at the lower back":                                                                          "Taubheit im Bein kann bedeuten, dass ein Nerv gereizt ist, oft im unteren Rücken",
		"tingling down the leg can mean that a nerve is irritated, often at the lower back":                                                                        "Kribbeln, das ins Bein zieht, kann bedeuten, dass ein Nerv gereizt ist, oft im unteren Rücken",
		"weakness in the leg can mean that a nerve is not working as it should":                                                                                    "Schwäche im Bein kann bedeuten, dass ein Nerv nicht richtig arbeitet",
		"pain that reaches below the knee often comes from the lower back rather than the glutes":                                                                  "Schmerzen, die bis unter das Knie reichen, kommen oft eher vom unteren Rücken als von den Gesäßmuskeln",
		"severe pain needs a diagnosis before exercise":                                                                                                            "starke Schmerzen brauchen vor dem Üben eine Diagnose",
		"pain at night that no position eases needs a doctor to look for its cause":                                                                                "nächtliche Schmerzen, die in keiner Lage nachlassen, sollten ärztlich auf ihre Ursache untersucht werden",
		"pain with a fever can be a sign of an infection":                                                                                                          "Schmerzen mit Fieber können ein Zeichen einer Infektion sein",
		"pain that began with a fall or an accident needs checking for an injury first":                                                                            "Schmerzen nach einem Sturz oder Unfall sollten zuerst auf eine Verletzung untersucht werden",
		"with a history of cancer, new pain deserves a doctor's look before exercise":                                                                              "nach einer Krebserkrankung sollten neue Schmerzen vor dem Üben ärztlich abgeklärt werden",
		"soreness of %d out of 10 is more than a home program should work through":                                                                                 "Beschwerden von %d von 10 sind mehr, als ein Übungsprogramm für zu Hause auffangen sollte",
		"Please go to urgent care or an emergency department today: %s. gluteplan has not made a plan: exercise can wait until you have been seen.":                "Bitte suchen Sie noch heute eine Notfallpraxis oder Notaufnahme auf: %s. gluteplan hat keinen Plan erstellt: Die Übungen können warten, bis Sie untersucht worden sind.",
		"Please see a physical therapist or doctor before you start a glute program: %s. gluteplan has not made a plan; once you have been checked, run it again.": "Bitte lassen Sie sich ärztlich oder physiotherapeutisch untersuchen, bevor Sie mit einem Programm für die Gesäßmuskeln beginnen: %s. gluteplan hat keinen Plan erstellt; starten Sie es erneut, sobald Sie untersucht worden sind.",

		// Why an entry is never planned, or waits (planner/eligible.go).
		"not advised with %s: the catalog says so":                                                               "laut Katalog bei %s nicht empfohlen",
		"it presses on the outer hip (%s), which irritates the tendons in gluteal tendinopathy":                  "drückt auf die Hüftaußenseite (%s), und das reizt bei Glutealtendinopathie die Sehnen",
		"the catalog marks it: crossing the legs, pulling the thigh across the body or pressing on the hip bone": "laut Katalog: überkreuzte Beine, den Oberschenkel quer über den Körper ziehen oder Druck auf den Hüftknochen",
		"needs %s, which is not in your equipment":                                                               "braucht %s, was laut Ihren Angaben nicht zu Ihrer Ausstattung gehört",
		" and ": " und ",
		"done %s, and you do not get down to the floor":                                                                      "wird %s ausgeführt, und Sie üben nicht auf dem Boden",
		"done %s, and you do not kneel":                                                                                      "wird %s ausgeführt, und Sie knien nicht",
		"done on one leg, and you need a wall or a chair to hold, which is not in your equipment":                            "wird auf einem Bein ausgeführt, und Sie brauchen zum Festhalten eine Wand oder einen Stuhl, was laut Ihren Angaben nicht zu Ihrer Ausstattung gehört",
		"an %s exercise; your level is %s":                                                                                   "eine Übung der Stufe „%s“; Ihre Stufe ist „%s“",
		"a %s that the catalog says loads the glutes; the plan keeps stretches and release free of load":                     "eine %s, die laut Katalog die Gesäßmuskeln belastet; Dehnungen und Selbstmassage hält der Plan frei von Belastung",
		"single-leg standing work waits until the second block with gluteal tendinopathy":                                    "Übungen im Stehen auf einem Bein warten bei Glutealtendinopathie bis zum zweiten Block",
		"with gluteal tendinopathy the first block keeps to beginner exercises":                                              "bei Glutealtendinopathie bleibt der erste Block bei Übungen für Einsteiger",
		"with gluteal tendinopathy the first block keeps to holds without movement (isometric work), which calm the tendons": "bei Glutealtendinopathie bleibt der erste Block bei Halteübungen ohne Bewegung (isometrisch), die die Sehnen beruhigen",
		"%s, and this plan is one block long":                                                                                "%s, und dieser Plan ist nur einen Block lang",
		"the next step after %s: it follows once that has been done at its highest dose for a whole block":                   "die nächste Stufe nach „%s“: an der Reihe, sobald Sie diese Übung einen ganzen Block lang in ihrer höchsten Dosierung gemacht haben",
		"not needed: the program keeps to a few exercises so each can be learnt well, and others of its kind were chosen":    "nicht nötig: Das Programm bleibt bei wenigen Übungen, damit Sie jede gut lernen können, und andere Übungen dieser Art wurden gewählt",

		// Where an exercise is done, in reasons.
		"lying on the back":    "in Rückenlage",
		"lying face down":      "in Bauchlage",
		"lying on one side":    "in Seitenlage",
		"on hands and knees":   "im Vierfüßlerstand",
		"kneeling":             "im Knien",
		"sitting on the floor": "im Sitzen auf dem Boden",
		"sitting on a chair":   "im Sitzen auf einem Stuhl",
		"standing on one leg":  "im Stehen auf einem Bein",
		"standing":             "im Stehen",

		// The catalog's values in reasons: conditions, equipment, levels,
		// kinds of work.
		"gluteal tendinopathy": "Glutealtendinopathie",
		"piriformis syndrome":  "Piriformis-Syndrom",
		"foam roller":          "Faszienrolle",
		"massage ball":         "Massageball",
		"resistance band":      "Widerstandsband",
		"mini band":            "Miniband",
		"chair":                "Stuhl",
		"wall":                 "Wand",
		"step":                 "Stufe",
		"bench":                "Bank",
		"dumbbell":             "Kurzhantel",
		"kettlebell":           "Kettlebell",
		"strap":                "Gurt",
		"exercise ball":        "Gymnastikball",
		"mat":                  "Matte",
		"beginner":             "Einsteiger",
		"intermediate":         "Fortgeschritten",
		"advanced":             "Erfahren",
		"dynamic stretch":      "dynamische Dehnübung",
		"activation":           "Aktivierungsübung",
		"myofascial release":   "Übung zur Selbstmassage",
		"static stretch":       "statische Dehnübung",

		// Why each item is in its session (planner/explain.go).
		"Keeps the hips moving the day after your gym session.":                                               "Hält die Hüften am Tag nach Ihrem Studiotraining in Bewegung.",
		"Warm-up before your gym session.":                                                                    "Aufwärmen vor Ihrem Studiotraining.",
		"Warm-up that opens the front of the hip, which long sitting tightens, so the glutes can work fully.": "Aufwärmen für die Vorderseite der Hüfte, die bei langem Sitzen steif wird, damit die Gesäßmuskeln voll arbeiten können.",
		"Warm-up: gets the hips moving before the strengthening work.":                                        "Aufwärmen: bringt die Hüften vor der Kräftigung in Bewegung.",
		"Eases the deep buttock muscle that piriformis syndrome tightens; hold it gently, never into pain.":   "Entspannt den tiefen Gesäßmuskel, der sich beim Piriformis-Syndrom verspannt; halten Sie die Dehnung sanft und nie bis in den Schmerz.",
		"A held stretch to finish, while the muscles are warm.":                                               "Eine gehaltene Dehnung zum Abschluss, solange die Muskeln warm sind.",
		"Eases the deep buttock muscle that piriformis syndrome tightens.":                                    "Entspannt den tiefen Gesäßmuskel, der sich beim Piriformis-Syndrom verspannt.",
		"Eases tension in tight spots of the glutes and hips.":                                                "Löst Verspannungen an festen Stellen von Gesäß und Hüfte.",
		"Wakes up the glutes before your gym session, with little load.":                                      "Weckt die Gesäßmuskeln vor Ihrem Studiotraining, mit wenig Belastung.",
		"Keeps the glutes working without adding load while they recover.":                                    "Hält die Gesäßmuskeln in Arbeit, ohne sie zusätzlich zu belasten, während sie sich erholen.",
		"Strengthens the side of the hip with a hold, without movement: holds calm sore hip tendons.":         "Kräftigt die Hüftaußenseite mit einer Halteübung ohne Bewegung: Halten beruhigt gereizte Sehnen an der Hüfte.",
		"Strengthens the side of the hip, which steadies the pelvis when you stand and walk.":                 "Kräftigt die Hüftaußenseite, die das Becken beim Stehen und Gehen stabilisiert.",
		"Strengthens the glutes so they share the work again.":                                                "Kräftigt die Gesäßmuskeln, damit sie ihren Teil der Arbeit wieder übernehmen.",
		"A step on from %s, which you did at its highest dose.":                                               "Baut auf „%s“ auf: Diese Übung haben Sie bereits in der höchsten Dosierung gemacht.",
		"A lighter week on purpose, so the glutes catch up.":                                                  "Eine bewusst leichtere Woche, damit sich die Gesäßmuskeln anpassen können.",
		"This week: a change in sets.":                                                                        "Diese Woche: eine andere Anzahl Sätze.",
		"This week: each set a little longer.":                                                                "Diese Woche: jeder Satz etwas länger.",
		"This week: each hold a little longer.":                                                               "Diese Woche: jedes Halten etwas länger.",
		"This week: a few more repetitions a set.":                                                            "Diese Woche: ein paar Wiederholungen mehr pro Satz.",
		"Same as last week.":          "Wie in der Vorwoche.",
		"Hold on to a wall or chair.": "Halten Sie sich an einer Wand oder einem Stuhl fest.",

		// What the person should know first (planner/explain.go,
		// template.go).
		"Get it checked if it is not improving: your soreness has lasted %d days. Soreness that has not eased after a week or so deserves a visit to a physical therapist or doctor. This plan is gentle, but it does not replace that check.": "Lassen Sie es abklären, wenn es nicht besser wird: Ihre Beschwerden bestehen seit %d Tagen. Beschwerden, die nach etwa einer Woche nicht nachgelassen haben, sollten Sie ärztlich oder physiotherapeutisch abklären lassen. Dieser Plan ist schonend, ersetzt diese Untersuchung aber nicht.",
		"Your glutes are very sore today (%d of 10), so the first block stays at the level of week 1, with no day above a light session. If it is not clearly better within a week, get it checked by a physical therapist or doctor.":         "Sie haben heute starke Beschwerden im Gesäß (%d von 10), daher bleibt der erste Block auf dem Niveau von Woche 1, und kein Tag geht über eine leichte Einheit hinaus. Wenn es nicht innerhalb einer Woche deutlich besser wird, lassen Sie es ärztlich oder physiotherapeutisch abklären.",
		"Meanwhile, do about half your usual glute sets at the gym.":                             "Machen Sie in dieser Zeit im Studio nur etwa die Hälfte Ihrer üblichen Sätze für das Gesäß.",
		"Your glutes are sore today (%d of 10), so week 1 holds at most 70%% of its usual work.": "Sie haben heute Beschwerden im Gesäß (%d von 10), daher enthält Woche 1 höchstens 70 %% des üblichen Umfangs.",
		"Your gym sessions alone reach what your glutes recover from in a week (%s of %s hard sets), so the plan adds only light work. Cut your gym glute sets if you can: training the glutes more often than they recover is a common cause of soreness that does not go away.": "Schon Ihr Studiotraining erreicht, wovon sich Ihre Gesäßmuskeln in einer Woche erholen können (%s intensive Sätze bei höchstens %s), daher ergänzt der Plan nur leichte Übungen. Verringern Sie wenn möglich Ihre Sätze für das Gesäß im Studio: Wer die Gesäßmuskeln öfter trainiert, als sie sich erholen, hat häufig Beschwerden, die nicht weggehen.",
		"Your gym days %s and %s are back to back: two hard glute days in a row leave little time to recover. If you can, put a day between them.":                                                                                                                                "Ihre Studiotage %s und %s liegen direkt hintereinander: Zwei harte Tage für das Gesäß in Folge lassen wenig Zeit zur Erholung. Legen Sie wenn möglich einen Tag dazwischen.",
		"mon": "Montag",
		"tue": "Dienstag",
		"wed": "Mittwoch",
		"thu": "Donnerstag",
		"fri": "Freitag",
		"sat": "Samstag",
		"sun": "Sonntag",
		"Gluteal tendinopathy: do not sleep on the sore side; lying on the other side, put a pillow between your knees.":                             "Glutealtendinopathie: Schlafen Sie nicht auf der schmerzenden Seite; wenn Sie auf der anderen Seite liegen, legen Sie ein Kissen zwischen die Knie.",
		"Gluteal tendinopathy: avoid crossing your legs when you sit, and stretches that pull the thigh across the body; both press on the tendons.": "Glutealtendinopathie: Schlagen Sie im Sitzen die Beine nicht übereinander, und meiden Sie Dehnungen, die den Oberschenkel quer über den Körper ziehen; beides drückt auf die Sehnen.",
		"Gluteal tendinopathy: stand evenly on both feet rather than hanging on one hip.":                                                            "Glutealtendinopathie: Stehen Sie gleichmäßig auf beiden Füßen, statt sich in eine Hüfte zu hängen.",
		"Piriformis syndrome: break up long sitting, and take stairs slowly, one at a time if they bring the pain on, until it settles.":             "Piriformis-Syndrom: Unterbrechen Sie langes Sitzen, und gehen Sie Treppen langsam, Stufe für Stufe, wenn sie den Schmerz auslösen, bis er nachlässt.",
		"In the lighter weeks (%s), do about half your usual glute sets at the gym too.":                                                             "Machen Sie in den leichteren Wochen (%s) auch im Studio nur etwa die Hälfte Ihrer üblichen Sätze für das Gesäß.",
		"week %d": "Woche %d",
		"You have no foam roller or massage ball, so the plan holds no release work. A massage ball is cheap and eases a tight piriformis and glutes; a foam roller covers the larger muscles. Either is worth buying.": "Sie haben keine Faszienrolle und keinen Massageball, daher enthält der Plan keine Selbstmassage. Ein Massageball ist günstig und lockert einen verspannten Piriformis und die Gesäßmuskeln; eine Faszienrolle eignet sich für die größeren Muskeln. Beides lohnt sich.",
		"Every day you have is a gym day or the day after one, so the plan holds no strengthening session of its own: your gym sessions do that work.":                                                                  "Jeder Ihrer Tage ist ein Studiotag oder der Tag danach, daher enthält der Plan keine eigene Kräftigungseinheit: Das übernimmt Ihr Studiotraining.",
		"Some weeks hold no release work (%s): no release exercise of the catalog suits you in them. A custom catalog can add one.":                                                                                     "Einige Wochen enthalten keine Selbstmassage (%s): Keine Übung zur Selbstmassage aus dem Katalog passt dort für Sie. Ein eigener Katalog kann eine ergänzen.",

		// What the program should hold and cannot (planner/make.go,
		// routines.go).
		"Missing from your program: %s.": "In Ihrem Programm fehlt: %s.",
		"a hip-abductor exercise for gluteal tendinopathy: no entry of the catalog suits your equipment, limits and level now (the default catalog's lying or wall press needs nothing but a wall, or your hands)": "eine Übung für die Hüftaußenseite bei Glutealtendinopathie: Kein Eintrag des Katalogs passt derzeit zu Ihrer Ausstattung, Ihren Einschränkungen und Ihrer Stufe (das Drücken im Liegen oder gegen die Wand aus dem Standardkatalog braucht nur eine Wand oder Ihre Hände)",
		"activation work: no activation exercise of the catalog fits your sessions now (%s)":                                                                                                                       "Aktivierung: Keine Aktivierungsübung des Katalogs passt derzeit in Ihre Einheiten (%s)",
		"a piriformis stretch or release in your %s: %s": "eine Dehnung oder Selbstmassage für den Piriformis in Ihren %s: %s",
		"release work: none of the catalog's release exercises that suit your equipment fits your sessions (more minutes a session would make room)": "Selbstmassage: Keine der Übungen zur Selbstmassage, die zu Ihrer Ausstattung passen, findet Platz in Ihren Einheiten (mehr Minuten pro Einheit würden Platz schaffen)",
		"release work: no release exercise of the catalog suits your equipment, limits and conditions (a custom catalog can add one)":                "Selbstmassage: Keine Übung zur Selbstmassage aus dem Katalog passt zu Ihrer Ausstattung, Ihren Einschränkungen und Erkrankungen (ein eigener Katalog kann eine ergänzen)",
		"a warm-up stretch in your %s: no dynamic stretch of the catalog suits your limits, conditions and minutes (a custom catalog can add one)":   "eine Dehnung zum Aufwärmen in Ihren %s: Keine dynamische Dehnübung des Katalogs passt zu Ihren Einschränkungen, Erkrankungen und Minuten (ein eigener Katalog kann eine ergänzen)",
		"primers before the gym": "Einheiten vor dem Studiotraining",
		"recovery sessions":      "Erholungseinheiten",
		"strengthening sessions": "Kräftigungseinheiten",
		"no stretch of the catalog suits you, and a release needs a massage ball or foam roller (a massage ball is the one to buy)": "keine Dehnung des Katalogs passt für Sie, und für die Selbstmassage braucht es einen Massageball oder eine Faszienrolle (am besten kaufen Sie einen Massageball)",
		"none of the catalog's fits your limits and minutes; more minutes a session would make room":                                "keine aus dem Katalog passt zu Ihren Einschränkungen und Minuten; mehr Minuten pro Einheit würden Platz schaffen",
		"more minutes a session would make room":      "mehr Minuten pro Einheit würden Platz schaffen",
		"a custom catalog can add one that suits you": "ein eigener Katalog kann eine passende ergänzen",

		// The weeks, the movement breaks (planner/weeks.go, breaks.go).
		"Week %d is lighter than the weeks before it, but not by as much as a lighter week should be: the doses in it cannot come down in steps small enough. More minutes or more days a week would give the plan room to do it.": "Woche %d ist leichter als die Wochen davor, aber nicht so deutlich, wie eine leichtere Woche sein sollte: Die Dosierungen lassen sich nicht in genügend kleinen Schritten senken. Mehr Minuten oder mehr Tage pro Woche gäben dem Plan den nötigen Spielraum.",
		"In week %d, the hip-abductor work (%s) is left out of some sessions: even one set of its strengthening work at its lightest was more than a lighter week may hold.":                                                       "In Woche %d fällt die Übung für die Hüftaußenseite („%s“) in einigen Einheiten weg: Schon ein einziger Satz in der leichtesten Form war mehr, als eine leichtere Woche enthalten darf.",
		"In week %d, the hip-abductor work (%s) is left out of some sessions: even one set of its strengthening work at its lightest was more than your soreness allows that week.":                                                "In Woche %d fällt die Übung für die Hüftaußenseite („%s“) in einigen Einheiten weg: Schon ein einziger Satz in der leichtesten Form war mehr, als Ihre Beschwerden in dieser Woche zulassen.",
		"In week %d, %s is left out of some sessions: even one set of its strengthening work at its lightest was more than a lighter week may hold.":                                                                               "In Woche %d fällt „%s“ in einigen Einheiten weg: Schon ein einziger Satz in der leichtesten Form war mehr, als eine leichtere Woche enthalten darf.",
		"In week %d, %s is left out of some sessions: even one set of its strengthening work at its lightest was more than your soreness allows that week.":                                                                        "In Woche %d fällt „%s“ in einigen Einheiten weg: Schon ein einziger Satz in der leichtesten Form war mehr, als Ihre Beschwerden in dieser Woche zulassen.",
		"Get up every %d minutes when you sit, and walk for a minute: no desk-friendly drill of the catalog suits you.":                                                                                                            "Stehen Sie beim Sitzen alle %d Minuten auf und gehen Sie eine Minute umher: Keine Übung des Katalogs für den Schreibtisch passt für Sie.",

		// The next block and how the log steered it (planner/continue.go,
		// planner/logbook).
		"Your evenings were sore, so this block starts at the level of your last lighter week, with no harder exercises. If the soreness does not settle within a week or two, get it checked by a physical therapist or doctor.": "Sie hatten abends Beschwerden, daher beginnt dieser Block auf dem Niveau Ihrer letzten leichteren Woche, ohne schwerere Übungen. Wenn die Beschwerden nicht innerhalb von ein bis zwei Wochen nachlassen, lassen Sie es ärztlich oder physiotherapeutisch abklären.",
		"This block continues from where your plan ended, without harder exercises. A log of how it went (gluteplan log) would let it do more.":                                                                                   "Dieser Block macht dort weiter, wo Ihr Plan endete, ohne schwerere Übungen. Mit einem Protokoll, wie es gelaufen ist (gluteplan log), könnte er mehr tun.",
		"No log was given: the next block goes on carefully, without harder exercises. Logging your evenings and sessions (gluteplan log) lets it do more.":                                                                       "Es wurde kein Protokoll angegeben: Der nächste Block geht vorsichtig weiter, ohne schwerere Übungen. Wenn Sie Ihre Abende und Einheiten protokollieren (gluteplan log), kann er mehr tun.",
		"The log is empty: the next block continues carefully. Logging the evenings and the sessions done lets it do more.":                                                                                                       "Das Protokoll ist leer: Der nächste Block geht vorsichtig weiter. Wenn Sie die Abende und die gemachten Einheiten protokollieren, kann er mehr tun.",
		"An evening of week %d was scored %d or more: stop the exercises and get checked by a physical therapist or doctor before the next block.":                                                                                "Ein Abend in Woche %d wurde mit %d oder mehr bewertet: Beenden Sie die Übungen und lassen Sie es vor dem nächsten Block ärztlich oder physiotherapeutisch abklären.",
		"%d evenings of week %d were scored %d or more: the next block starts lighter, at the level of the last lighter week.":                                                                                                    "%d Abende in Woche %d wurden mit %d oder mehr bewertet: Der nächste Block beginnt leichter, auf dem Niveau der letzten leichteren Woche.",
		"The evening soreness rose in week %d: the next block starts lighter, at the level of the last lighter week.":                                                                                                             "Die abendlichen Beschwerden sind in Woche %d gestiegen: Der nächste Block beginnt leichter, auf dem Niveau der letzten leichteren Woche.",
		"%s of the %d sessions logged in block %d were done: the next block repeats this one at the same level, with fewer exercises.":                                                                                            "%s der %d protokollierten Einheiten in Block %d wurden gemacht: Der nächste Block wiederholt diesen auf gleichem Niveau, mit weniger Übungen.",
		"%s of the %d sessions of block %d were done and most evenings were %d or less: the next block moves on.":                                                                                                                 "%s der %d Einheiten von Block %d wurden gemacht, und die meisten Abende lagen bei %d oder darunter: Der nächste Block geht einen Schritt weiter.",
		"The log shows neither a reason to step back nor enough done to move on: the next block continues carefully.":                                                                                                             "Das Protokoll zeigt weder einen Grund, zurückzugehen, noch genug Erledigtes, um weiterzugehen: Der nächste Block geht vorsichtig weiter.",
	},
}
