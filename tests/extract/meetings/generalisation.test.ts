/**
 * Held-out measurement: the meetings found in `tests/fixtures/generalisation/` against
 * their gold files. No rule, name or sentence of these articles is copied into the
 * extractor or its unit tests; the rules are general facts of Ukrainian and Russian news
 * language, each tested on sentences of its own (`rules.test.ts`, `sentences.test.ts`).
 *
 * Each article is analysed on its own, as of its publication date, without curated
 * meetings (the gold gives what each article says: a recalled meeting without a date in
 * the text has `date: null`). A found meeting matches a gold one when the dates are
 * within one day (or both null) and the place or the kind is the same; matching is
 * one-to-one, best pairs first.
 *
 * Figures so far (70 gold meetings in 24 articles):
 * - first, blind run: found 59, matched 45 → precision 0.763, recall 0.643;
 * - after general fixes suggested by the error classes ("прийняв/принял" + guest as a
 *   meeting verb; a date-only "sentence" such as "23 лист." dating the next one;
 *   "після/з часу/с момента + meeting" as a recollection; past imperfective
 *   "проходили/тривали" as held; singular "поговорив телефоном"): found 63, matched 55 →
 *   precision 0.873, recall 0.786;
 * - second round, on the remaining error classes (these articles were read to classify
 *   the errors, so this figure is optimistic; `generalisation-2/` is the blind check):
 *   abbreviated months no longer end a sentence; events set apart in words ("окрема
 *   зустріч", "паралельно") or by status (held vs planned in one article) stay apart; a
 *   meeting next to another ("після конференції … поговорив телефоном", "по видеосвязи
 *   обсудили") is its own, dated by the other; possibilities in the indicative pinned in
 *   time are plans; "там", host cities and trips give places; speakers' places before the
 *   verb ("как сообщили в Киеве"), the day of a statement, plans denied in the present and
 *   cities as parties are no meetings; taking part "во встрече" and "у цьому засіданні"
 *   refer back; a month without a day is a time frame; capitals, venues and seats come from
 *   the knowledge base: found 70, matched 70 → precision 1.000, recall 1.000.
 *
 * Set 2 (`generalisation-2/`, 67 gold meetings in 16 articles): blind run found 53, matched
 * 49 → precision 0.925, recall 0.731. Its misses were then read and classified, and fixed by
 * general rules with unit tests of their own (`rules.test.ts`): a possibility ("може
 * відбутися", "может пройти") points a bare weekday forward; video compounds
 * ("відеонарада", "видеосовещание"), discussing or getting in touch with a manner ("в
 * режиме видеосвязи", "связался по телефону") and promises to call; "торік" as a
 * recollection; a month ahead or "на вихідних" pins a possibility; a speaker after a comma
 * is not the meeting's place; a meeting set apart ("окремо", "також відбулася") or new
 * after a postponed one is another event; a continuation ("продовженням переговорів у …")
 * names an earlier meeting; "того ж дня", "в тот же день", "перед ним" name another
 * meeting of that day; undated calls recalled between two people or promised are kept; a
 * meeting stated held is not one stated planned, postponed or cancelled: found 66, matched
 * 66 → precision 1.000, recall 0.985 (set 1 unchanged at 1.000/1.000). Since set 2 has now
 * been read while tuning, this figure is optimistic too; the next blind set is the honest
 * check. Left: in ru-02 a bilateral held right before the leaders' meeting is found as its own
 * event but merged with the two-day talks in the same city it overlaps.
 *
 * Set 3 (`generalisation-3/`, 71 gold meetings in 16 articles): blind run found 58, matched
 * 56 → precision 0.966, recall 0.789 (0.761 at its very first reading). Its errors were then
 * read and classified, and fixed by general rules with unit tests of their own
 * (`rules.test.ts`): the perfective "зідзвонився" and "переговорили по телефону" as calls;
 * "наступного дня"/"на следующий день" dating a meeting by the one told before; a sentence
 * opened by "окремо"/"отдельно" set apart; discussing face to face, or at a city named right
 * after the verb, as a meeting; "ще з/еще с + meeting" and an undated meeting of this month
 * told as held as recollections (no article date); last week or month as a time frame; a
 * recollection is never a postponed or cancelled meeting; a later sentence opening with its
 * own day tells another meeting; a statement's setting ("у коментарі журналістам у …") is a
 * speaker's place; a broader place list (more European and Middle-Eastern capitals and
 * cities, summit venues): found 70, matched 70 → precision 1.000, recall 0.986 (sets 1 and 2
 * unchanged). Set 3 has now been read while tuning, so this figure is optimistic too; the
 * next blind set is the honest check. Left: in uk-02 a meeting told without a meeting word
 * (a relative day and a venue in one sentence, "the host of the meeting" in the next) is
 * not found.
 *
 * Set 4 (`generalisation-4/`, 72 gold meetings in 16 articles): blind run found 67, matched 58
 * → precision 0.866, recall 0.806. Its errors were then read and classified, and fixed by
 * general rules with unit tests of their own (`rules.test.ts`, dates in `grammar.test.ts`): a
 * host receiving a guest after a venue and a city, or a guest named by a title; a meeting as
 * the object of a comment refers back; reactions, briefings and press conferences in a city
 * are speakers' places; a meeting "ніким не готується" is denied; a relative clause after the
 * meeting noun places it ("які тривали у …") or makes it a plan discussed elsewhere ("которую
 * обсуждали в …"); a day and two-digit month without a year ("на 7.10"); discussing with a
 * day before the place, or "the last time" at a place; seasons as time frames; a replacement
 * opened by "натомість/вместо этого" after a meeting called off; "the sides" as two parties;
 * "поспілкувався/пообщался з"; "наступного дня" beside another meeting word and the elliptical
 * "а наступного дня — з …"; "планировались на X, прошли в Y"; failed scheduling of a call as
 * postponed; undated plans of two named people kept: found 69, matched 69 → precision 1.000,
 * recall 0.958 (sets 1–3 unchanged). Set 4 has now been read while tuning, so this figure is
 * optimistic too; the next blind set is the honest check. Left: in uk-03 a summit told without
 * a meeting word (leaders in a palace of a city, "за столом зібралися") and the bilateral "на
 * полях саміту" dated by it; in ru-07 a postponed meeting whose original day and place come
 * in the next sentence ("Изначально её собирались провести …").
 *
 * Set 5 (`generalisation-5/`, 74 gold meetings in 16 articles): blind run found 53, matched 50
 * → precision 0.943, recall 0.676. Its errors were then read and classified, and fixed by
 * general rules with unit tests of their own (`rules.test.ts`): talking or telling at a
 * distance in every aspect and tense ("разговаривал/проговорили/поговорять по телефону", "по
 * телефону поблагодарил", "повідомив … по відеозв'язку"; not to the press); two meetings
 * joined by ", а/і" (different formats or a new subject); meetings told without a meeting
 * noun (meals with someone, convening people, gathering at a place); the next session or
 * contact of a series; awaiting a meeting ("його чекає розмова") and "назначена на + day" as
 * plans; live-blog time stamps date held entries; a face-to-face talk beside a summit is its
 * own meeting; days counted from another meeting ("днем ранее", "за день до начала раунда",
 * "за день до старту"); where someone stays ("залишився в …") is no meeting's place; a plan
 * and a meeting called off with nobody in common stay apart. After tuning on set 5 (read, so
 * optimistic): found 68, matched 66 → precision 0.971, recall 0.892 (sets 1–4 unchanged). The
 * next blind set is the honest check. Left: a visit with no meeting word whose talks follow in
 * the next sentence ("были в Кремле. Переговоры с …"); "Звонку предшествовало совещание …
 * днем ранее" (an event told as preceding another, and a place given by an adjective,
 * "флоридском поместье"); discussing with someone at a place named before "где" ("побывал в
 * Женеве, где обсудил с …"); two named people who "обсудили" something with a day and no
 * meeting word; a meeting with a group and a pronoun subject ("він зустрівся з власниками")
 * after a sentence putting the person in a city; a planned meeting with neither day nor
 * people ("Следующую встречу … в середине января"); a date given in the sentence before
 * ("Найближча дата — наступний четвер, 14 січня. У Берні відбудуться …").
 *
 * Set 6 (`generalisation-6/`, 75 gold meetings in 16 articles: digests, columns, transcripts,
 * fact-checks, chronicles): blind run found 60, matched 52 → precision 0.867, recall 0.693. Its
 * errors were then read and classified, and fixed by general rules with unit tests of their own
 * (`rules.test.ts`, dates in `grammar.test.ts`): datelines heading a chronicle or digest entry
 * (a weekday, abbreviated or not, a day, a city, or a city alone) date and place its first
 * sentence, and a rubric naming a format gives it; a sentence putting people at a place on a
 * day gives both to the meeting the next sentence tells with a pronoun, "там" or its noun; a
 * meeting now set for a new day takes it; "мова не йде"/"речь не идет" after "про/о + meeting"
 * deny it; a meeting word describing a source is not the meeting; answering journalists'
 * questions in a city is a speaker's place; first persons of meeting and call verbs, and going
 * somewhere in the present tense, look ahead; a noun after ", а" with a day and a plan of its
 * own is another meeting; a body or a group gathering; the meeting word whose clause gives day
 * or place leads; meetings recalled by an example ("— наприклад, у …"); hearing a report,
 * sitting at one table; trips "до + place" and a pronoun take a destination, a place the
 * gazetteer does not know blocks another; more capitals and cities in the gazetteer. After
 * tuning on set 6 (read, so optimistic): found 73, matched 72 → precision 0.986, recall 0.960
 * (sets 1–4 unchanged; set 5 now 0.985/0.905). The next blind set is the honest check. Left: a
 * claim a fact-check refutes ("блогер написав, що … зустрівся у …") is found as a meeting; a
 * recollection of a round told earlier in the article ("Востаннє — у …, де ми … сиділи за одним
 * столом") merges with that round; a joint decision of named leaders at a place with no meeting
 * word ("у … узгодили мандат"); a plan of "their" meeting in a sentence that also names the
 * summit they prepare.
 *
 * Set 7 (`generalisation-7/`, 74 gold meetings in 16 articles: parliament, economy, human
 * rights, press reviews, podcasts, an obituary, timelines): blind run found 62, matched 58 →
 * precision 0.935, recall 0.784. Its errors were then read and classified, and fixed by general
 * rules with unit tests of their own (`rules.test.ts`, `sentences.test.ts`, the parser's
 * `front-matter.test.ts`): a Markdown line opened by a bullet Markdown does not know ("•", "—")
 * is a paragraph of its own, so each chronicle entry keeps its date; a chronicle's historical
 * present ("говорять телефоном", two people "у <місті> узгоджують/обсуждают") is held or
 * planned by its day; city adjectives derived from every gazetteer city and region by the
 * regular rules of both languages (vowel dropped, "-инськ/-инск" after -и/-ы/-у, г/ж/з →
 * ж/з, -ск kept), beside a meeting word, before a reference noun ("женевські домовленості")
 * or after "у/в" before a venue; the guest as a pronoun before "прийняв/принял" and the host
 * after it; calls told by an agreement by phone ("домовилися … телефоном") or the imperfective
 * ("йому телефонував"); hours spent with someone; talking with someone where the sentence
 * puts them; a meeting summed up ("подводит итоги … саммита") as held before; "до кінця року"
 * pinning a possibility; the topic of a talk ("про можливий обмін") is no doubt about it. False
 * finds removed: a meeting verb denied ("не зустрічався"), "говорить преждевременно" and
 * "ніхто не пропонував" after "про/о + meeting", a sign-off ("До зустрічі …!"), a meeting
 * word in the title of a lecture or book, a role ("радник делегації на переговорах") in a
 * death notice, a body ("його прийняла Рада") as a host or guest. After tuning on set 7 (read,
 * so optimistic): found 72, matched 71 → precision 0.986, recall 0.959 (sets 1–6 unchanged).
 * The next blind set is the honest check. Left: a timeline bullet announcing a summit later
 * postponed and held on a new day is found as a postponed meeting of its own; an undated plan
 * of "the leaders" merges with a planned summit told in the same review; an undated plan of two
 * people "на следующей неделе" merges with a meeting the article says is cancelled; a recalled
 * meeting told without a meeting word ("годинами вичитував з …").
 *
 * Set 8 (`generalisation-8/`, 77 gold meetings in 16 articles: a correction notice, a glossary,
 * a scorecard, a diplomatic calendar, a quote roundup, a flight tracker, photo captions, a book
 * review, a radio transcript, a sports outlet, readers' questions, a memo), written blind:
 * its blind figures were 0.788/0.675 before set 7's tuning and 0.779/0.688 (found 68,
 * matched 53) after it. Its errors were then read and classified, and fixed by general rules
 * with unit tests of their own (`rules.test.ts`, `sentences.test.ts`, dates in
 * `grammar.test.ts`): talking at a distance as an obligation or intention ("має поговорити
 * телефоном", "должен поговорить по телефону") is a plan; "через два дні/через 3 дня/через
 * неделю" counts days from today (not "через … після/после"); sitting down at the table with
 * someone or at a place ("сіли за стіл з", "сели за стол с", "сиділа за столом поруч із") is a
 * meeting. False finds removed: a claim the article does not vouch for (a rumour "чутки, ніби",
 * "слухи, будто"; a question "Чи правда, що", "Правда ли, что"; what a correction owns up to,
 * "помилково написали"); a meeting others "вважають передчасною/считают преждевременной"; one
 * dreamt of ("мріяла", "мечтал"); sport (a national team's match and what the sentence says of
 * it, friendlies, "встреча … против «…»", "со счетом"); an audience gathered ("зустріч
 * випускників", "встреча с читателями/избирателями/автором"). After tuning on set 8 (read, so
 * optimistic): found 59, matched 54 → precision 0.915, recall 0.701 (sets 1–7 unchanged; one of
 * the blind matches was a football match paired with a meeting by its day, now gone). The next
 * blind set is the honest check. Left: datelines with the place first and an unknown place
 * ("<аеропорт>, вторник.") and a bare weekday heading that should date the entry; a meeting
 * "назначенный на этот день" under a weekday heading; "перенесена з квітня … нову дату — <day>"
 * as planned on the new day; a day written in words ("Чотирнадцяте червня —"); an elliptical
 * "<day> — телефоном" answering a question; photo captions in the present ("пожимают руки перед
 * переговорами", "на видеосвязи с", "выходят … после деловой встречи"); "провели … в Кремле у"
 * and "провели рабочий завтрак"; "був … на засіданні"; "мали окрему розмову на полях саміту"
 * dated by the summit; a recollection led by an unknown participant; "женевські домовленості"
 * as a document (set 7 reads a city adjective before such a noun as a recalled meeting).
 * Later general rules (days written as ordinal words, "Чотирнадцяте червня"; a meeting given a
 * day after the publication is never a recollection, "попередня дата" being provisional; a
 * party joining by video in the imperfective, "приєднувався лише по відеозв'язку") moved it to
 * found 60, matched 55 → precision 0.917, recall 0.714.
 *
 * Set 9 (`generalisation-9/`, 78 gold meetings in 16 articles, mostly ordinary agency news
 * about invented rounds in Salzburg, with a live page, two interviews, an explainer and two
 * weekly reviews), written blind: its first reading, after set 8's tuning, found 67, matched
 * 57 → precision 0.851, recall 0.731. The blind misses, read only to describe them: entries of
 * a weekly review under weekday headings dated by the publication; days written as ordinal
 * words ("Дев'ятого жовтня", "Четвертого грудня"); "4 и 5 декабря"; a host after a venue
 * ("прийняв у … палаці президент"); "примет … в пятницу, 15 декабря" under a verb of the
 * future; a relative clause dating a round ("який відбувся 4–5 грудня"); "в начале декабря".
 * Then tuned on one class, with unit tests of its own (`grammar.test.ts`, `rules.test.ts`): a
 * bare weekday heading a block ("Понеділок.", "Пятница:") dates its entry, the latest such day
 * on or before the publication, and is no city (with the ordinal days and two joined days of
 * the grammar); a report someone denies ("спростував повідомлення про …", "опроверг
 * сообщения о …") or a meeting only alleged ("про нібито підготовку зустрічі", "о якобы
 * готовящейся встрече") is none; a host who will receive ("прийме", "примет") points a weekday
 * forward, and takes a guest by role ("турецкого коллегу") or named before the verb as a plural
 * ("американцев примет …"); a game told by its outcome ("встреча … завершилась вничью") is
 * none: found 67, matched 62 → precision 0.925, recall 0.795 (sets 1–8 unchanged). Left: days and meetings told without a meeting word ("сперечалися до ночі", "Мы
 * работали 4 и 5 декабря"); a host after a venue ("прийняв у … палаці президент"); a round dated
 * by a relative clause; "в начале декабря" recalled; "По итогам встречи" read as a new meeting.
 *
 * Set 10 (`generalisation-10/`, 74 gold meetings in 16 articles, no plain agency news: TV
 * scripts, Telegram post series, Q&As, communiqués, columns, committee reports, newsletters),
 * written blind: its first reading, after set 9's tuning, found 66, matched 57 → precision
 * 0.864, recall 0.770 (the honest figure). Its misses were then read to describe them, and
 * four general classes fixed with unit tests of their own (`rules.test.ts`): "once"
 * ("колись", "одного разу", "однажды", "когда-то") as a recollection without a day; a game
 * between two names in quotes ("зустріч «…» і «…»") and a committee's own sitting ("Комітет на
 * засіданні розглянув") as no meeting; an initial "А." after a comma is no conjunction "а";
 * a guest named by a capitalised title ("принял Генерального секретаря …"): found 66, matched
 * 59 → precision 0.894, recall 0.797, optimistic (sets 1–9 unchanged). Left: a round that
 * "started" dated by the publication instead of its span; a talk "в кулуарах"/"віч-на-віч" on
 * the round's day; relative days in Q&As ("в прошлую пятницу", "на прошлой неделе"); "ми
 * домовилися" with an ordinal day; a city as host ("який прийматиме <місто>"); the imperfective
 * "приймав" with a season; a sentence dated by a committee sitting ("о ходе переговоров"); an
 * invitation read as a held meeting.
 *
 * Set 11 (`generalisation-11/`, 75 gold meetings in 16 articles: agency news about invented
 * rounds in Reykjavik, interviews, live blogs, press releases, digests), written blind: its
 * first reading, after set 9's tuning, found 74, matched 63 → precision 0.851, recall 0.840;
 * after set 10's tuning, still unread: found 73, matched 63 → precision 0.863, recall 0.840
 * (the honest figures). Its misses were then read to describe them, and general classes
 * fixed with unit tests of their own (`rules.test.ts`): hearsay opening a sentence ("Кажуть,
 * що …", "— Говорят, …") and an interview's credit line ("Розмову записано в …") tell no
 * meeting; "бесіда"/"беседа" and "побеседовал" are conversations; a live blog's day with the
 * hour dates its post but not a plan in it; a parliament's own sitting, national teams'
 * games ("зустріч збірних"), festivals' titles, meeting verbs told as alleged ("якобы
 * встречался") and meetings counted ("двох раундів") are none; a talk of two beside a round
 * (face to face, in a break, in the lobby) and a meeting on the sidelines of a summit are
 * meetings of their own: found 68, matched 65 → precision 0.956, recall 0.867, optimistic
 * (sets 4, 8 and 10 gained a little, the others unchanged). Left: a meeting at an embassy or
 * hotel joined to the round it was beside ("у меня была встреча … в посольстве", "зустрівся …
 * у готелі делегацій"); "ми сіли за стіл" joined to an interview's plan; "в последний день"
 * of a round dated by its first; a host after the verb with the guest by title before it
 * ("українського президента прийняв президент Франції"); an answer "Да, в Стамбуле" to a
 * question; a round summed up after "після першого раунду".
 *
 * Set 12 (`generalisation-12/`, 77 gold meetings in 16 articles about invented rounds in Oslo,
 * Doha, Budapest and the Vatican: regional TV scripts, press-conference transcripts, Telegram
 * threads, a corrections notice, long-reads, wire flashes, an editorial, a press review, an
 * official chronology), written blind: its first reading, after set 10's tuning and with the
 * case-correct patterns, found 65, matched 56 → precision 0.862, recall 0.727. Since tuned on
 * (branch meetings-recall-10), three general classes fixed with unit tests of their own
 * (`rules.test.ts`): the subjunctive ("встретились бы", "зустрілися б") as no meeting; a
 * chronology entry headed by a numeric date, a dash and a city ("**27.03.2031** — Город.");
 * an offer joined to a told call ("позвонил X и предложил …") no longer unmaking it; a call
 * told by its verb taking no place from its topic ("обсудили по телефону ход … в Осло"):
 * found 70, matched 61 → precision 0.871, recall 0.792, optimistic (sets 1–11 unchanged).
 * Left: hosts receiving, "собрал", plans with
 * an anaphoric noun or pronoun, "dd.mm" opening a sentence, verbless "next stage" lines,
 * experts "working", month-only recollections, "продолжат работу завтра", football, sittings,
 * press-conference questions.
 *
 * Sets 13 and 14 (`generalisation-13/`, 79 gold meetings, and `generalisation-14/`, 78, each in
 * 16 short or medium articles: agency news, readouts, explainers, live blogs, Q&As, columns),
 * written blind; first readings 0.889/0.810 (found 72, matched 64) and 0.899/0.795 (found 69,
 * matched 62). Then tuned on (branch tune-short), with unit tests of their own
 * (`rules-sets-13-14.test.ts`): a new date for a meeting put off ("Новая дата — 17 ноября") as
 * a planned meeting beside the postponed one; people in a city who name, expect or decline to
 * comment ("в Киеве его называют", "у Кремлі кажуть", "в Москве — …", "заявил в Вене, что") as
 * speakers, and "на" before an accusative as no place; "немає підстав" as a denial; talks going
 * on or ending ("делегации продолжают работу", "Раунд завершився") as the talks told before,
 * and a round that opened on a day kept apart from a meeting of the day before; audiences
 * ("встреча с соотечественниками", "поспілкувався з бійцями"), a parliament's own sitting and
 * talks named only to deny a tie to them as none; Malta, Valletta, Salzburg, Montreux, Bled;
 * experts and working groups at work, sitting or gathering as talks; a round of n days that
 * ended on a day, and talks in their n-th day, dated from their first day; month adjectives
 * ("мартовский раунд") as time frames, and a meeting recalled in another month told apart from
 * one of a day in this one; visits and trips to a city called off (visits that go ahead
 * dropped at the merge with sets 15 and 16's rules); "наметили провести"; seeing each other
 * ("побачаться"); a city before ", де/где"; a dateline on a line of its own heading the next
 * block; talking face to face beside a round; "Вони тривали з 12 по 13 червня", "Мы работали 4
 * и 5 декабря" dating the meeting just told; a round held on a day that "должен был начаться
 * еще 20 января" as held then and put off from that day; "Днем ранее" opening a paragraph
 * counted from the latest news before it; a meeting named before "з 8 грудня" starting that
 * day; discussing with someone named, then the city ("обсуждал … с Лавровым в Москве"); ", а в
 * пятницу Путин провел … совещание" as another meeting; gathering with a day and an adjective
 * before the city ("зберуться 12 червня в словенському Бледі"). Now set 13 0.987/0.937 (found
 * 75, matched 74), set 14 1.000/0.936 (found 73, matched 73), optimistic; sets 8–12, 15 and 16
 * gained a little, sets 1–7 unchanged.
 * Left: a planned "разговор" after a phone readout kept in person; a guest as an object before
 * "навестит" and a host by first name and patronymic; answers in an interview dating the
 * question's meeting; "Ми почали позавчора" and "сидів у Кремлі навпроти" (no meeting word); a
 * cancelled trip told only by "його скасували"; rounds asked about in interviews ("Що дав
 * другий раунд у …?") dated by the publication.
 *
 * Sets 15 and 16 (`generalisation-15/`, 60 gold meetings, and `generalisation-16/`, 59, in 14
 * full-length articles each, 420–510 words, meetings a minority amid positions, figures,
 * briefings and votes), written blind: first readings 0.750 / 0.750 (found 60, matched 45) and
 * 0.855 / 0.898 (found 62, matched 53). Since tuned on (branch tune-long), general classes fixed
 * with unit tests of their own (`rules-long-articles.test.ts`): dining or talking just the two
 * of them ("ужинали вдвоем", "говорили віч-на-віч") beside a round; a live blog's dateline line
 * dating the post below; a meeting told with its length ("трехдневный раунд … завершился
 * вчера", "тривають уже третій день") dated by its first day; a span of weekdays ("с
 * понедельника по среду"); obligations and starts in the present ("мають прибути",
 * "стартують") pointing a weekday forward; sittings of parliaments and EU councils, MPs'
 * sittings, committee notes, reports on how talks go, keeping in touch, following the talks,
 * talk of a topic ("Разговор о … идет"), "any/no meeting", "ни места, ни даты пока нет" as no
 * meeting; a pronoun going on about the meeting noun the sentence before ends with ("Він
 * пройде …"); a visit or trip called off ("визит … отменен", "візит … скасували") as a meeting,
 * "должны были встретиться" as that plan; "соберет" leaders, a group named before its
 * gathering, a city after its country's adjective; "Тогда"/"Того ж дня" taking the day of the
 * sentence or interview question before; unattributed quoted claims, questions with neither
 * day nor people, "по состоянию на" days; a pair discussing after a city; sitting across from
 * a delegation; a participle "встречавшийся с …". Now set 15 found 61, matched 57 → precision
 * 0.934, recall 0.950; set 16 found 59, matched 56 → 0.949 / 0.949, optimistic (sets 9, 10, 11,
 * 13 and 14 gained a little, the others unchanged). Left: a meeting moved from one day to
 * another in one sentence ("мав відбутися 11 лютого …, перенесено на 18 лютого", "перенесенный
 * с 21 мая, должен начаться во вторник") is one entry in sets 3, 7 and 10's gold but two here,
 * so it stays one; Mar-a-Lago is not within Palm Beach in the knowledge base, so a meeting told
 * at both is two; a comment on a round right after "после заключительного заседания" is its
 * own event; "обсуждали в …, когда X встречался …" is dropped; a host by first name and
 * patronymic joins another recalled meeting; a standfirst ("рассказал о консультациях в
 * <стране>"), a teaser ("В рассылке — итоги консультаций в …") and "після раунду в …" in a
 * call's sentence stay recalled meetings of their own; a recalled meeting in a month merges
 * with another of that month told apart ("окремо зустрілася") or with a video call.
 *
 * Sets 17 and 18 (`generalisation-17/`, 62 gold meetings, and `generalisation-18/`, 65, each in
 * 14 ordinary articles, half short agency items, half medium pieces), written blind while sets
 * 13–16 were tuned on and not read since: before that tuning 0.821 / 0.742 and 0.797 / 0.723;
 * after it (both branches merged) 0.862 / 0.806 and 0.817 / 0.754, together found 118, matched
 * 99 of 127: precision 0.839, recall 0.780. The honest measure, and still short of 0.85.
 * Since tuned on (branch tune-17-18), general classes fixed with unit tests of their own
 * (`rules-sets-17-18.test.ts`): "цього/этого + weekday" as a day of the publication's week; a
 * bare "09.03" after a verb of taking place or opening a calendar line before a dash; a day
 * alone with its ordinal ending ("Увечері 1-го"); gathering on a two-day span ("збереться
 * 15–16 …"); a group convened with the convener left out ("групу скличуть у …"); a host
 * receiving a guest by title after an unknown venue, a manner or "обох", and the present
 * "приймає/принимает" as a plan; a report "інформація, нібито …" as a claim; "чекати не
 * варто", "жодних приготувань до …" as denials and "підготовка до …" as a plan; the imperfective
 * "беседовали с"; a pronoun with "має відбутися/намечен" going on about the meeting just named;
 * parts of a week or month ("на початку тижня", "в начале месяца") as time frames; opening or
 * resuming ahead ("откроется", "возобновится"); "как и предыдущие" as no recollection; a pair
 * after a place spending hours; a meeting "пока не анонсировали" as a remark on one told
 * before; a sitting of the European Council as no meeting; Lucerne, Lugano, Bürgenstock. Now set
 * 17 0.917 / 0.887 (found 60, matched 55), set 18 0.951 / 0.892 (found 61, matched 58), optimistic; set 8 gained a little (0.922 / 0.766),
 * the others unchanged. Left: a sentence with a video sitting and a
 * recalled meeting in its relative clause loses both; a meeting told apart ("Ранее в тот же
 * день", "окремо") merging with the other of its day; "після консультацій у …" ahead read as
 * held; a pronoun in a "що/что" clause ("подтвердил, что она запланирована …"); a plan with
 * neither day nor place ("намечен на середину июня"); a video conference "паралельно з
 * пленарним засіданням" merged with the plenary; a bilateral dated by "у перший день" of a round
 * named before a colon; a trip day ("22 січня прилетить до …") not given to "Там його прийме".
 *
 * Set 19 (`generalisation-19/`, 55 gold meetings in 12 articles), held out until then: blind
 * 0.875 / 0.764. Tuned on in session 10 (branch tune-19), general classes with tests of their
 * own (`rules-set-19.test.ts`): an assessed meeting with nothing of its own ("назвав розмову
 * «…»") as the one told before; a bare "19.03" after a verb of holding ("домовилися провести");
 * arriving in the perfective future ("прилетить", "приедет") pointing a weekday forward; a plan
 * that did not come off ("намеченная на среду, не состоялась") looking back; any group or
 * subgroup named by its adjective gathering; talking face to face with the party between
 * ("разговаривал с … с глазу на глаз"); "минулого/прошлый" + weekday never the day before; a
 * venue inside the city of the trip told before taking its day; a guest before "якого/которых"
 * and the host before the verb of receiving; "Новий термін — …, місце — …"; a host receiving
 * the heads of delegations as an audience beside the round; an interview's answer opening with
 * the date. Now 0.981 / 0.964, optimistic; sets 8, 11, 15 and 17 gained a little. Left: a
 * meeting "створена по итогам переговоров" (set 4's gold counts such a recollection, set 19's
 * does not); "там" after a question naming a town the gazetteer does not know (the meeting takes
 * another's place and merges with it); a planned meeting with neither day nor place whose
 * apposition tells an old postponement ("перенесену в травні, тепер можуть провести …") merging
 * with another meeting of one shared person.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildActorLexicon, extractActors } from '../../../src/extract/actors/index.ts';
import { findTextDates } from '../../../src/extract/dates/index.ts';
import { detectLanguage } from '../../../src/extract/language.ts';
import {
  buildGazetteer,
  findMeetingMentions,
  mergeMeetings,
  type ArticleMeetingMentions,
  type MeetingRecord,
} from '../../../src/extract/meetings/index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { parseArticle } from '../../../src/parse/article.ts';
import { FIXTURES_DIR, KNOWLEDGE_DIR, sourceFile } from '../../helpers.ts';

/**
 * The first set was read while the rules were improved, so it must stay at the 0.85.
 * The second was blind at first (precision 0.925, recall 0.731) and has since been read while
 * tuning (now precision 1.000, recall 0.985), so it is optimistic as well: its floor sits just
 * under the measured figures and guards against regressions. The third likewise (blind 0.966 /
 * 0.789, read while tuning, now 1.000 / 0.986), the fourth (blind 0.866 / 0.806, read
 * while tuning, now 1.000 / 0.972), the fifth (blind 0.943 / 0.676, read while tuning, now
 * 0.985 / 0.905), the sixth (blind 0.867 / 0.693, read while tuning, now 0.986 / 0.960) and the
 * seventh (blind 0.935 / 0.784, read while tuning, now 0.986 / 0.959) and the eighth (blind
 * 0.779 / 0.688, read while tuning, now 0.919 / 0.740).
 * Raise the floors, never lower them.
 */
const SETS: readonly { set: string; minPrecision: number; minRecall: number }[] = [
  { set: 'generalisation', minPrecision: 0.85, minRecall: 0.85 },
  { set: 'generalisation-2', minPrecision: 0.98, minRecall: 0.98 },
  // Blind at first (precision 0.966, recall 0.789); since read while tuning (now 1.000/0.986),
  // so optimistic like set 2: the floor sits just under the measured figures.
  { set: 'generalisation-3', minPrecision: 0.98, minRecall: 0.98 },
  // Written blind after set 3's tuning; its first reading (the honest figure) was precision
  // 0.866, recall 0.806. Since read while tuning (now 1.000/0.972), so optimistic like sets 2
  // and 3: the floor sits just under the measured figures.
  { set: 'generalisation-4', minPrecision: 0.98, minRecall: 0.97 },
  // Written blind after set 4's tuning (live blogs, wire copy, long reads): the honest figure
  // is its first reading, precision 0.943, recall 0.676. Since read while tuning (0.971/0.892;
  // 0.985/0.905 after set 6's rules), so optimistic like sets 2–4: the floor sits just under.
  { set: 'generalisation-5', minPrecision: 0.98, minRecall: 0.90 },
  // Written blind while set 5 was being tuned on (digests, columns, transcripts, fact-checks):
  // its first reading, after set 5's tuning, is the honest figure: precision 0.867, recall 0.693.
  // Since read while tuning (now 0.986/0.960), so optimistic like sets 2–5: the floor sits just
  // under the measured figures.
  { set: 'generalisation-6', minPrecision: 0.98, minRecall: 0.95 },
  // Written blind while set 6 was being tuned on (parliament, economy, human rights, press reviews,
  // podcasts, an obituary): its first reading, after set 6's tuning, is the honest figure:
  // precision 0.935, recall 0.784. Since read while tuning (now 0.986/0.959), so optimistic like
  // sets 2–6: the floor sits just under the measured figures.
  { set: 'generalisation-7', minPrecision: 0.98, minRecall: 0.95 },
  // Written blind while set 7 was being tuned on (a correction notice, a glossary, a scorecard,
  // a diplomatic calendar, quote roundups, a radio transcript, photo captions, a memo), unread
  // while set 7 was tuned. Its first reading, on the extractor before set 7's tuning: precision
  // 0.788, recall 0.675 (found 66, matched 52 of 77); after set 7's tuning, still blind:
  // precision 0.779, recall 0.688 (found 68, matched 53). Since read while tuning (now
  // 0.919/0.740), so optimistic like sets 2–7: the floor sits just under the measured figures.
  // Set 19's rules (groups by their adjective gathering, a host receiving the heads of
  // delegations) raised it to 0.924/0.792 (found 66, matched 61).
  { set: 'generalisation-8', minPrecision: 0.92, minRecall: 0.79 },
  // Written blind while set 8 was being tuned on, mostly ordinary agency news (talks, calls,
  // visits, postponements) with a live page, interviews, an explainer and weekly reviews. Its
  // first reading, after set 8's tuning, is the honest figure: precision 0.851, recall 0.731
  // (found 67, matched 57 of 78). Its misses were read to describe them, and a first rule
  // taken from them (weekday headings, denied and alleged reports, a host who will receive,
  // and a game told by its outcome): now 0.925/0.795, optimistic.
  { set: 'generalisation-9', minPrecision: 0.92, minRecall: 0.79 },
  // Written blind while set 9 was being tuned on, and only kinds of text the earlier sets used
  // little: TV scripts, Telegram post series, Q&As, regional and business items, communiqués,
  // columns, committee reports and newsletters. Its first reading, after set 9's tuning, is the
  // honest figure: precision 0.864, recall 0.770 (found 66, matched 57 of 74). Since read while
  // tuning (now 0.912/0.838), so optimistic like sets 2–9: the floor sits just under.
  { set: 'generalisation-10', minPrecision: 0.91, minRecall: 0.83 },
  // Written blind while set 10 was being tuned on: mostly agency news about invented rounds in
  // Reykjavik, with interviews, live blogs, press releases and digests. Its first reading, on
  // the extractor after set 9's tuning (before set 10's), is the honest figure: precision
  // 0.851, recall 0.840 (found 74, matched 63 of 75); after set 10's tuning, still unread,
  // 0.863 / 0.840 (found 73). Since read while tuning (now 0.956/0.867), so optimistic like
  // sets 2–10: the floor sits just under the measured figures. Set 19's rules (an assessed
  // meeting with nothing of its own is the one told before) raised it to 0.958/0.907.
  { set: 'generalisation-11', minPrecision: 0.95, minRecall: 0.90 },
  // Written blind while set 11 was being tuned on: regional TV, transcripts, Telegram, a
  // corrections notice, long-reads, flashes, an editorial, a press review, a chronology. Its
  // first reading is the honest figure: precision 0.862, recall 0.727. Since tuned on (now
  // 0.871/0.792), so optimistic like sets 2–10: the floor sits just under.
  { set: 'generalisation-12', minPrecision: 0.87, minRecall: 0.79 },
  // Written blind while sets 11 and 12 were being tuned on: mostly plain agency news (TASS,
  // RIA, Interfax, Ukrinform-style), official readouts, a digest, analyses, radio interviews.
  // Its first reading, after both tunings, is the honest figure: precision 0.889, recall 0.810
  // (found 72, matched 64 of 79); before them it read 0.861 / 0.785. Since read while tuning
  // (now 0.987/0.937), so optimistic like sets 2–12: the floor sits just under.
  { set: 'generalisation-13', minPrecision: 0.98, minRecall: 0.93 },
  // Written blind while set 13 was being tuned on: news sites, explainers, a live blog, an MFA
  // statement, a Q&A interview, columns and wires about invented rounds in Abu Dhabi, Miami,
  // Berlin and Moscow. Its first reading, on the extractor before set 13's tuning, is the
  // honest figure: precision 0.899, recall 0.795 (found 69, matched 62 of 78). Since read while
  // tuning (1.000/0.936 on its branch, 1.000/0.923 merged: visits that go ahead are no longer
  // meetings), so optimistic like sets 2–13: the floor sits just under.
  { set: 'generalisation-14', minPrecision: 0.99, minRecall: 0.92 },
  // Written blind while sets 13 and 14 were being tuned on, and the first set of full-length
  // articles (423–508 words, 3–5 meetings each amid positions, figures, briefings and votes):
  // long-reads, a weekly review, an interview, an explainer, a foreign-press summary, a
  // regional item, an MFA statement. Its first reading, on the extractor before sets 13 and
  // 14's tuning, is the honest figure: precision 0.750, recall 0.750 (found 60, matched 45 of
  // 60). Since read while tuning (0.934/0.950; 0.950/0.950 after set 19's rules), so
  // optimistic: the floor sits just under.
  { set: 'generalisation-15', minPrecision: 0.94, minRecall: 0.95 },
  // Written blind while sets 13–15 were being tuned on, full-length like set 15 (437–485
  // words): a TV script, a Telegram post, a newsletter, a fact-check, a profile, a dated
  // chronology, a committee report, a business piece. Its first reading, on the extractor
  // before sets 13–15's tuning, is the honest figure: precision 0.855, recall 0.898 (found 62,
  // matched 53 of 59). Since read while tuning (now 0.949/0.949), so optimistic: the floor
  // sits just under.
  { set: 'generalisation-16', minPrecision: 0.94, minRecall: 0.94 },
  // Written blind while sets 13–16 were being tuned on: an ordinary newsroom mix, seven short
  // agency items (154–181 words) and seven medium pieces (327–412 words: an explainer, a live
  // blog, an interview, a weekly review, a column, an analysis). Its first reading, on the
  // extractor before sets 13–16's tuning: precision 0.821, recall 0.742 (found 56, matched 46
  // of 62); after it, still unread: precision 0.862, recall 0.806 (found 58, matched 50), the
  // honest figure. Since read while tuning (0.917/0.887; 0.932/0.887 after set 19's rules), so
  // optimistic: the floor sits just under.
  { set: 'generalisation-17', minPrecision: 0.93, minRecall: 0.88 },
  // Written blind while sets 13–16 were being tuned on, an ordinary mix like set 17 with other
  // outlets and voices: seven short items (135–196 words) and seven medium ones (312–347 words:
  // an explainer, a press-conference report, a weekend roundup, an op-ed, an analysis, an
  // interview, a regional take). Its first reading, on the extractor before sets 13–16's
  // tuning: precision 0.797, recall 0.723 (found 59, matched 47 of 65); after it, still
  // unread: precision 0.817, recall 0.754 (found 60, matched 49), the honest figure. Since read
  // while tuning (now 0.951/0.892), so optimistic: the floor sits just under.
  { set: 'generalisation-18', minPrecision: 0.95, minRecall: 0.89 },
  // Written blind while sets 17 and 18 were being tuned on, an ordinary mix again (six short
  // items of 127–150 words, six medium ones of 302–320: an analysis, a week's digest, a
  // press-conference report, an interview, a foreign-press review, an explainer). Its first
  // reading, on the extractor after sets 13–16's tuning and before 17 and 18's: precision
  // 0.875, recall 0.764 (found 48, matched 42 of 55); after 17 and 18's tuning, still unread,
  // exactly the same: none of that tuning's rules met its text. That blind reading, 0.875 /
  // 0.764 (read before any tuning on it), is the honest figure. Tuned on in session 10
  // (general classes with tests of their own in `rules-set-19.test.ts`), now 0.981 / 0.964
  // (found 54, matched 53), so optimistic: the floor sits just under.
  { set: 'generalisation-19', minPrecision: 0.98, minRecall: 0.96 },
  // Written blind while set 19 was being tuned on, an ordinary mix (six agency items of 136–188
  // words; six medium pieces of 313–326: a live blog with time stamps, an overnight digest, a
  // Telegram channel's summary, an interview, a regional report, a week's review by weekday).
  // Its first reading, on the extractor after sets 17 and 18's tuning and before set 19's:
  // precision 0.877, recall 0.862 (found 57, matched 50 of 58), the first blind set since 16 to
  // pass 0.85 on both; the same after set 19's tuning. Since tuned on with set 21 (session 10,
  // rules-sets-20-21.test.ts): 0.897 / 0.897, so optimistic: the floor sits just under.
  { set: 'generalisation-20', minPrecision: 0.89, minRecall: 0.89 },
  // Written blind after set 19's tuning, an ordinary mix again (seven agency items of 134–155
  // words, seven medium pieces of 302–337: a radio transcript, a TV script, an MFA readout, a
  // press release, a morning newsletter, a Q&A explainer, a chronology). Its first reading, on
  // the extractor after set 19's tuning: precision 0.831, recall 0.831 (found 65, matched 54 of
  // 65). With set 20 read on the same extractor: found 122, matched 104 of 123, precision
  // 0.852, recall 0.846: the latest honest figure. Since tuned on with set 20 (session 10: a
  // clause of time cut from the words before it, clauses.test.ts; the classes of
  // rules-sets-20-21.test.ts): 0.862 / 0.862, so optimistic: the floor sits just under.
  { set: 'generalisation-21', minPrecision: 0.86, minRecall: 0.86 },
  // Written blind while sets 20 and 21 were tuned on, an ordinary mix (seven agency items of
  // 126–160 words, seven medium pieces of 303–312: a live blog, an analysis, explainers, a
  // Kremlin readout with initials, a Telegram post, an "СРОЧНО" wire). Its first reading, on the
  // extractor after sets 19–21's tuning: precision 0.877, recall 0.877 (found 65, matched 57 of
  // 65). The latest honest figure; with sets 20 and 21 at their blind readings: found 187,
  // matched 161 of 188, precision 0.861, recall 0.856.
  { set: 'generalisation-22', minPrecision: 0.87, minRecall: 0.87 },
];

interface GoldMeeting {
  date: string | null;
  place: string | null;
  kind: string;
  status: string;
  evidence?: string;
}

interface Gold {
  file: string;
  lang: 'uk' | 'ru';
  date: string;
  meetings: GoldMeeting[];
}

const knowledge = loadKnowledgeBase(KNOWLEDGE_DIR).knowledge;
const lexicon = buildActorLexicon(knowledge.actors);
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map(knowledge.actors.map((a) => [a.id, { name: a.name, side: a.side, type: a.type }]));

function readGold(dir: string, file: string): Gold {
  const raw = parse(readFileSync(path.join(dir, file), 'utf8')) as Gold;
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d === null || d === undefined ? null : String(d));
  return {
    ...raw,
    date: iso(raw.date)!,
    meetings: (raw.meetings ?? []).map((m) => ({ ...m, date: iso(m.date), place: m.place ?? null })),
  };
}

function analyse(dir: string, gold: Gold): ArticleMeetingMentions {
  const text = readFileSync(path.join(dir, gold.file), 'utf8');
  const article = parseArticle(sourceFile(gold.file, text), new Date('2026-06-01T00:00:00Z')).article!;
  const date = article.date ?? gold.date;
  const lang = article.declaredLang ?? detectLanguage(article.blocks.map((b) => b.text).join('\n')).lang ?? gold.lang;
  const { mentions } = extractActors(article.blocks, { lang, date, authors: article.authors }, lexicon);
  const textDates = findTextDates(article.blocks, date);
  return { articleId: gold.file, articleDate: date, lang, mentions: findMeetingMentions(article.blocks, { lang, date, mentions, textDates }, gazetteer) };
}

function days(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function matches(found: { date: string | null; place: string | null; kind: string }, gold: GoldMeeting): boolean {
  const dateOk = found.date === null || gold.date === null ? found.date === gold.date : days(found.date, gold.date) <= 1;
  return dateOk && ((found.place !== null && found.place === gold.place) || found.kind === gold.kind);
}

/** One-to-one matching: pairs agreeing on more fields first, then in order. */
function match(found: readonly MeetingRecord[], gold: readonly GoldMeeting[]): { pairs: [MeetingRecord, GoldMeeting][]; extra: MeetingRecord[]; missed: GoldMeeting[] } {
  const candidates: { f: number; g: number; score: number }[] = [];
  found.forEach((f, i) =>
    gold.forEach((g, j) => {
      if (!matches(f, g)) return;
      const score = (f.date === g.date ? 2 : 0) + (f.place === g.place ? 2 : 0) + (f.kind === g.kind ? 1 : 0) + (f.status === g.status ? 1 : 0);
      candidates.push({ f: i, g: j, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.f - b.f || a.g - b.g);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [MeetingRecord, GoldMeeting][] = [];
  for (const c of candidates) {
    if (usedF.has(c.f) || usedG.has(c.g)) continue;
    usedF.add(c.f);
    usedG.add(c.g);
    pairs.push([found[c.f]!, gold[c.g]!]);
  }
  return { pairs, extra: found.filter((_, i) => !usedF.has(i)), missed: gold.filter((_, j) => !usedG.has(j)) };
}

const describeFound = (r: MeetingRecord) => `${r.date ?? 'null'} ${r.place ?? '—'} ${r.kind} ${r.status} «${r.coverage[0]?.evidence.slice(0, 70) ?? ''}»`;
const describeGold = (g: GoldMeeting) => `${g.date ?? 'null'} ${g.place ?? '—'} ${g.kind} ${g.status} «${(g.evidence ?? '').slice(0, 70)}»`;

describe.each(SETS)('generalisation: meetings in held-out articles ($set)', ({ set, minPrecision: MIN_PRECISION, minRecall: MIN_RECALL }) => {
  const dir = path.join(FIXTURES_DIR, set);
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((file) => readGold(dir, file));
  const analysed = golds.map((gold) => analyse(dir, gold));

  it(`precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} (each article on its own, no curated meetings)`, () => {
    let found = 0;
    let gold = 0;
    let matched = 0;
    let statusAgrees = 0;
    const report: string[] = [];
    golds.forEach((g, i) => {
      const records = mergeMeetings([analysed[i]!], [], actors, gazetteer);
      const result = match(records, g.meetings);
      found += records.length;
      gold += g.meetings.length;
      matched += result.pairs.length;
      statusAgrees += result.pairs.filter(([f, gm]) => f.status === gm.status).length;
      if (result.extra.length || result.missed.length) {
        report.push(`${g.file}: found ${records.length}, gold ${g.meetings.length}, matched ${result.pairs.length}`);
        for (const r of result.extra) report.push(`  + ${describeFound(r)}`);
        for (const m of result.missed) report.push(`  - ${describeGold(m)}`);
      }
    });
    const precision = found ? matched / found : 0;
    const recall = gold ? matched / gold : 0;
    console.log(
      [
        `meetings, per article: found ${found}, gold ${gold}, matched ${matched}`,
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, status agrees on ${statusAgrees}/${matched} matched`,
        ...report,
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('for information: all articles merged with the curated meetings (coverage per article)', () => {
    const records = mergeMeetings(analysed, knowledge.meetings, actors, gazetteer);
    let found = 0;
    let gold = 0;
    let matched = 0;
    golds.forEach((g) => {
      const covering = records.filter((r) => r.coverage.some((c) => c.articleId === g.file));
      const result = match(covering, g.meetings);
      found += covering.length;
      gold += g.meetings.length;
      matched += result.pairs.length;
    });
    console.log(
      `merged corpus: ${records.filter((r) => r.coverage.length > 0).length} meetings; per-article coverage: found ${found}, gold ${gold}, matched ${matched}, ` +
        `precision ${(matched / Math.max(found, 1)).toFixed(3)}, recall ${(matched / Math.max(gold, 1)).toFixed(3)} ` +
        '(a recalled meeting takes its merged date here while the gold keeps null, so this is lower by design)',
    );
    expect(found).toBeGreaterThan(0);
  });
});
