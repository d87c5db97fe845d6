<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Accounts</name>
    <message>
        <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>Пайдаланушы аты 2–32 латын әрпінен, цифрдан, нүктеден, сызықшадан немесе астыңғы сызықтан тұрады.</translation>
    </message>
    <message>
        <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
        <extracomment>a password hash no password matches: recovered accounts wait for a new one</extracomment>
        <translation>Филиал коды KZ-ALA түрінде болады: ел коды, сызықша, 2–6 әріп немесе цифр.</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>Филиалдың атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>This branch is already set up.</source>
        <translation>Бұл филиал бұрыннан бапталған.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>%1 пайдаланушы аты бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>%1 пайдаланушысы жоқ.</translation>
    </message>
    <message>
        <source>The branch needs at least one active administrator.</source>
        <translation>Филиалда кемінде бір белсенді әкімші болуы керек.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Өз тіркелгіңізді өшіре алмайсыз.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Қызметкер тіркелгісін қосу</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Көрсетілетін аты:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Құпиясөзді қ&amp;айталау:</translation>
    </message>
    <message>
        <source>Latin letters, e.g. aigerim.n</source>
        <translation>Латын әріптерімен, мысалы aigerim.n</translation>
    </message>
    <message>
        <source>Give the password to the person yourself; they can change it in Settings.</source>
        <translation>Құпиясөзді қызметкерге өзіңіз беріңіз; ол оны Баптаулар бөлімінде өзгерте алады.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Тіркелгі сақталуда…</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The first account. It adds the other staff accounts later.</source>
        <translation>Алғашқы тіркелгі. Кейін ол қалған қызметкерлердің тіркелгілерін қосады.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Көрсетілетін аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Nurlanovna</source>
        <translation>мысалы, Айгерім Нұрланқызы</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 10 characters, without the user name or the branch&apos;s name; a few words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Ұмытылған құпиясөзді ешкім қалпына келтіре алмайды: оны филиал кілттерін сақтайтын жерде сақтаңыз. Кемінде 10 таңба, пайдаланушы аты мен филиал атауынсыз; тек сіз үшін байланысы бар бірнеше сөз есте оңай сақталады, ал табу қиын.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator and give them the file %1 (it says where in the program the error happened, and holds no personal data).</source>
        <translation>Qamqor ішінде қате шықты; істеп жатқаныңыз сақталмауы мүмкін. Қайталанса, әкімшіге айтып, %1 файлын беріңіз (онда қатенің бағдарламаның қай жерінде болғаны ғана жазылған, дербес деректер жоқ).</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Visitors</source>
        <translation>Келушілер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Еріктілер</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Exchange with HQ</source>
        <translation>Бас кеңсемен алмасу</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Қызметкер тіркелгілері</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Rules overridden (%1): %2</source>
        <translation>Ескертуге қарамастан тағайындалды (%1): %2</translation>
    </message>
    <message>
        <source>Hours set by hand: %1</source>
        <translation>Сағат қолмен енгізілді: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ерікті</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Кетті</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%n келуші</numerusform>
            <numerusform>%n келуші</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer and the second folder</source>
        <translation>Осы компьютер және екінші қалта</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>Екінші қалта</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Зақымдалған</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Иә, %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Әлі жоқ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Тексерілді</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Open Backups</source>
        <translation>Сақтық көшірмелерді ашу</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database in the backup %1 does not open with its key: the backup is damaged.</source>
        <translation>%1 сақтық көшірмесіндегі дерекқор өз кілтімен ашылмайды: сақтық көшірме зақымдалған.</translation>
    </message>
    <message>
        <source>SQLite found errors in its database</source>
        <translation>SQLite оның дерекқорынан қателер тапты</translation>
    </message>
    <message>
        <source>its database does not hold what its manifest says</source>
        <translation>оның дерекқорында манифестте жазылғандар жоқ</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Nothing was changed; use another backup.</source>
        <translation>%1 сақтық көшірмесі зақымдалған (%2). Ештеңе өзгертілген жоқ; басқа сақтық көшірмені пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Nothing was changed; use another backup.</source>
        <translation>%1 сақтық көшірмесі зақымдалған. Ештеңе өзгертілген жоқ; басқа сақтық көшірмені пайдаланыңыз.</translation>
    </message>
    <message>
        <source>%1 is not a Qamqor backup.</source>
        <translation>%1 — Qamqor сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>ол тым ерте аяқталады</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Qamqor. Install the newer version to use it.</source>
        <translation>%1 сақтық көшірмесін Qamqor бағдарламасының жаңарақ нұсқасы жасаған. Оны пайдалану үшін жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>its size is not the one it records</source>
        <translation>оның көлемі өзінде жазылғанмен сәйкес келмейді</translation>
    </message>
    <message>
        <source>This branch&apos;s records are on a PostgreSQL server: its administrator backs them up with the server&apos;s own tools (see the README). Qamqor makes backups of branches kept on this computer.</source>
        <translation>Бұл филиалдың жазбалары PostgreSQL серверінде: олардың сақтық көшірмесін сервер әкімшісі сервердің өз құралдарымен жасайды (README қараңыз). Qamqor осы компьютерде сақталған филиалдардың сақтық көшірмелерін жасайды.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written and nothing was changed.</source>
        <translation>Тоқтатылды. Ештеңе жазылған да, өзгертілген де жоқ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Choose a folder other than the branch&apos;s own backups folder: the copy is there so that one broken disk does not take every backup.</source>
        <translation>Филиалдың өз сақтық көшірмелер қалтасынан басқа қалтаны таңдаңыз: көшірме бір диск істен шыққанда барлық сақтық көшірмелер жоғалмауы үшін керек.</translation>
    </message>
    <message>
        <source>The second folder %1 cannot be found (is the USB stick in?).</source>
        <translation>%1 екінші қалтасы табылмады (флешка салынған ба?).</translation>
    </message>
    <message>
        <source>SQLite found errors in the branch&apos;s database, so no backup was made (the backups made before are kept). Restore the newest backup, or ask for help before you go on.</source>
        <translation>SQLite филиалдың дерекқорынан қателер тапты, сондықтан сақтық көшірме жасалмады (бұрын жасалған сақтық көшірмелер сақталады). Ең жаңа сақтық көшірмені қалпына келтіріңіз немесе жұмысты жалғастырмас бұрын көмек сұраңыз.</translation>
    </message>
    <message>
        <source>The key file does not hold the database&apos;s key right now (another program is changing it). Try the backup again in a moment.</source>
        <translation>Қазір кілт файлында дерекқордың кілті жоқ (оны басқа бағдарлама өзгертіп жатыр). Сәлден соң сақтық көшірмені қайта жасап көріңіз.</translation>
    </message>
    <message>
        <source>The backup %1 is of branch %2, not of this branch. Nothing was changed.</source>
        <translation>%1 сақтық көшірмесі осы филиалдікі емес, %2 филиалынікі. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This password opens the key file of the backup, but not its database: the backup is damaged.</source>
        <translation>Бұл құпиясөз сақтық көшірменің кілт файлын ашады, бірақ дерекқорын ашпайды: сақтық көшірме зақымдалған.</translation>
    </message>
    <message>
        <source>This backup was made with an earlier key of the database, which your account did not have. Give the user name and password of someone who had an account when it was made (in the window: under your password; on the command line: --backup-user and QAMQOR_BACKUP_PASSWORD).</source>
        <translation>Бұл сақтық көшірме дерекқордың бұрынғы кілтімен жасалған, ал ол кілт сіздің тіркелгіңізде болмаған. Көшірме жасалған кезде тіркелгісі болған адамның пайдаланушы аты мен құпиясөзін енгізіңіз (терезеде — өз құпиясөзіңіздің астына; командалық жолда — --backup-user және QAMQOR_BACKUP_PASSWORD).</translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation>Сақтық көшірмені қалпына келтіру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The records could not be kept aside before the restore (%1). Nothing was changed.</source>
        <translation>Қалпына келтіру алдында жазбаларды бөлек сақтау мүмкін болмады (%1). Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>There is a branch in %1 already. Log in to it to restore a backup, or, if it no longer opens, restore with --replace-damaged (its files are kept aside).</source>
        <translation>%1 ішінде филиал бар. Сақтық көшірмені қалпына келтіру үшін оған кіріңіз, ал ол енді ашылмаса, --replace-damaged арқылы қалпына келтіріңіз (оның файлдары бөлек сақталады).</translation>
    </message>
    <message>
        <source>Only an administrator who had an account when the backup was made may restore it here.</source>
        <translation>Мұнда сақтық көшірмені тек ол жасалған кезде тіркелгісі болған әкімші ғана қалпына келтіре алады.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Qamqor (schema %2). Install that version to restore it; nothing was changed.</source>
        <translation>%1 сақтық көшірмесін Qamqor бағдарламасының жаңарақ нұсқасы жасаған (%2 схемасы). Оны қалпына келтіру үшін сол нұсқаны орнатыңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The backup lacks the table %1 even after it was brought up to date; nothing was changed.</source>
        <translation>Сақтық көшірме жаңартылғаннан кейін де онда %1 кестесі жоқ; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2. Choose another folder.</source>
        <translation>%1 қалтасына жазу мүмкін емес: %2. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The disk of %1 is full: no backup was written. Free some space (or remove old backups) and try again.</source>
        <translation>%1 тұрған диск толы: сақтық көшірме жазылмады. Орын босатып (немесе ескі сақтық көшірмелерді жойып), қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Could not write the backup into %1: %2</source>
        <translation>Сақтық көшірмені %1 ішіне жазу мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Қолмен жасалған</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматты түрде</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Қалпына келтіру алдында сақталған</translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation>Жаңарту алдында сақталған</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>кеше</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this branch yet.</source>
        <translation>Бұл филиалдың әлі сақтық көшірмесі жоқ.</translation>
    </message>
    <message>
        <source>The newest backup was made %1 (%2).</source>
        <translation>Ең соңғы сақтық көшірме %1 жасалған (%2).</translation>
    </message>
    <message>
        <source>Make one now: a branch should never be more than two days without one.</source>
        <translation>Қазір жасаңыз: филиал екі күннен артық сақтық көшірмесіз қалмауы керек.</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>Соңғы сақтық көшірме жасалмады (%1): %2</translation>
    </message>
    <message>
        <source>No copy went to the second folder: %1</source>
        <translation>Екінші қалтаға көшірме жазылмады: %1</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding all the branch&apos;s records. Qamqor makes one when the window closes (once a day) and keeps the last 7 days, 4 weeks and 12 months of them. It opens only with the password of someone who had an account when it was made. Keep a copy away from this computer too: a second folder on a USB stick.</source>
        <translation>Сақтық көшірме — филиалдың барлық жазбалары бар бір шифрланған файл. Qamqor оны терезе жабылғанда (күніне бір рет) жасайды және соңғы 7 күннің, 4 аптаның және 12 айдың көшірмелерін сақтайды. Ол тек көшірме жасалған кезде тіркелгісі болған адамның құпиясөзімен ашылады. Көшірменің біреуін осы компьютерден тыс жерде де сақтаңыз: флешкадағы екінші қалтада.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>Қазір сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>C&amp;heck the chosen one</source>
        <translation>Таңдалғанын &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen one…</source>
        <translation>Таңдалғанын &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Second folder (a USB stick)</source>
        <translation>Екінші қалта (флешка)</translation>
    </message>
    <message>
        <source>Every backup is copied here too and read back. Choose a folder on a USB stick and keep the stick in another place, so that a stolen or broken computer does not take every copy.</source>
        <translation>Әр сақтық көшірме мұнда да көшіріліп, қайта оқып тексеріледі. Флешкадан қалта таңдап, флешканы басқа жерде сақтаңыз: компьютер ұрланса не бұзылса да, барлық көшірме жоғалмайды.</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>&amp;Қалта таңдау…</translation>
    </message>
    <message>
        <source>&amp;Stop copying there</source>
        <translation>Онда көшіруді &amp;тоқтату</translation>
    </message>
    <message>
        <source>None chosen: backups stay on this computer only.</source>
        <translation>Таңдалмаған: сақтық көшірмелер тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Stopped. No backup was written.</source>
        <translation>Тоқтатылды. Сақтық көшірме жазылған жоқ.</translation>
    </message>
    <message>
        <source>The backup %1 was written and checked (%2, %3).</source>
        <translation>%1 сақтық көшірмесі жазылып, тексерілді (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy is in the second folder.</source>
        <translation>Көшірмесі екінші қалтада.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>The backup %1 is whole: every byte reads back as written and its database opens and holds %2.</source>
        <translation>%1 сақтық көшірмесі бүтін: әр байт жазылғандай оқылады, дерекқоры ашылады және онда %2 бар.</translation>
    </message>
    <message>
        <source>Reading the backup and checking its database…</source>
        <translation>Сақтық көшірме оқылып, дерекқоры тексерілуде…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Тоқтатылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The branch&apos;s records are those of the backup made %1. The records it replaced are kept in %2. Everyone logs in again now.</source>
        <translation>Филиал жазбалары енді %1 жасалған сақтық көшірмедегідей. Ауыстырылған жазбалар %2 ішінде сақталды. Енді бәрі қайта кіреді.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Сақтық көшірме қалпына келтірілді</translation>
    </message>
    <message>
        <source>Checking the backup, then replacing the records…</source>
        <translation>Сақтық көшірме тексеріліп, содан кейін жазбалар ауыстырылуда…</translation>
    </message>
    <message>
        <source>Choose the second folder for backups</source>
        <translation>Сақтық көшірмелерге арналған екінші қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>From now on every backup is copied to %1 as well. Make one now to have a copy there at once.</source>
        <translation>Бұдан былай әр сақтық көшірме %1 ішіне де көшіріледі. Онда көшірме бірден болуы үшін қазір біреуін жасаңыз.</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation>Сақтық көшірмелер енді екінші қалтаға көшірілмейді.</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>The branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Its code appears in every record number, e.g. KZ-ALA-2026-000123.</source>
        <translation>Оның коды әр жазбаның нөмірінде болады, мысалы KZ-ALA-2026-000123.</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>Филиал к&amp;оды:</translation>
    </message>
    <message>
        <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
        <translation>Ел коды, сызықша, 2–6 әріп немесе цифр (KZ-ALA, KZ-SHY, KZ-AST).</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>Филиал а&amp;тауы:</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ерікті</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Can fill</source>
        <translation>Толтыра алатыны</translation>
    </message>
    <message>
        <source>Hours, last 4 weeks</source>
        <translation>Сағат, соңғы 4 апта</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <source>The role decides what %1 (%2) may see and do.</source>
        <translation>%1 (%2) нені көріп, не істей алатынын рөл анықтайды.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ClosingBackupDialog</name>
    <message>
        <source>Making today&apos;s backup of the branch before Qamqor closes…</source>
        <translation>Qamqor жабылмас бұрын филиалдың бүгінгі сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Өткізіп жіберу</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation>Құпиясөз файлын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Give %1 in a file (--password-file) or in the %2 variable.</source>
        <translation>Файлда (--password-file) немесе %2 айнымалысында мынаны көрсетіңіз: %1.</translation>
    </message>
    <message>
        <source>There is no branch here yet: run qamqor init first.</source>
        <translation>Мұнда әлі филиал жоқ: алдымен qamqor init командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Give your user name with --user (or QAMQOR_USER).</source>
        <translation>Пайдаланушы атыңызды --user (немесе QAMQOR_USER) арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>құпиясөзіңіз</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>әкімшінің құпиясөзі</translation>
    </message>
    <message>
        <source>Branch %1 is set up in %2.</source>
        <translation>%1 филиалы мына қалтада бапталды: %2.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>дерекқор сервері</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>Келушілер саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>A demo branch was made in %1.</source>
        <translation>Мына қалтада демо филиал жасалды: %1.</translation>
    </message>
    <message>
        <source>Referrals and volunteers are added only to a demo branch that qamqor demo made itself.</source>
        <translation>Жолдамалар мен еріктілер тек qamqor demo өзі жасаған демо филиалға қосылады.</translation>
    </message>
    <message>
        <source>Demo log-in: user %1, password %2 (other roles: %3).</source>
        <translation>Демо кіру: пайдаланушы %1, құпиясөз %2 (басқа рөлдер: %3).</translation>
    </message>
    <message>
        <source>holds the health key</source>
        <translation>денсаулық кілті бар</translation>
    </message>
    <message>
        <source>waits for the health key</source>
        <translation>денсаулық кілтін күтуде</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>%1 holds no age key.</source>
        <translation>%1 ішінде age кілті жоқ.</translation>
    </message>
    <message>
        <source>%1 now holds the key to restricted health information (from their next log-in).</source>
        <translation>%1 енді қолжетімділігі шектеулі денсаулық деректерінің кілтін ұстайды (келесі кіруінен бастап).</translation>
    </message>
    <message>
        <source>the new password</source>
        <translation>жаңа құпиясөз</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>%1 пайдаланушысы қосылды.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 құпиясөзі өзгертілді.</translation>
    </message>
    <message>
        <source>User %1 was disabled; the database has a new key.</source>
        <translation>%1 пайдаланушысы өшірілді; дерекқордың кілті жаңартылды.</translation>
    </message>
    <message>
        <source>Nobody at the branch holds the key to restricted health information any more: only HQ&apos;s escrow key does (qamqor users grant-health USER --escrow-key FILE).</source>
        <translation>Филиалда енді ешкімде қолжетімділігі шектеулі денсаулық деректерінің кілті жоқ: ол тек бас кеңсенің резервтік кілтінде бар (qamqor users grant-health USER --escrow-key FILE).</translation>
    </message>
    <message>
        <source>audit event %1 was altered</source>
        <translation>%1 аудит оқиғасы өзгертілген</translation>
    </message>
    <message>
        <source>audit event %1 is missing</source>
        <translation>%1 аудит оқиғасы жоқ</translation>
    </message>
    <message>
        <source>audit event %1 does not follow the one before it</source>
        <translation>%1 аудит оқиғасы алдыңғы оқиғаның жалғасы емес</translation>
    </message>
    <message>
        <source>audit event %1 is missing: the backup %2 (made %3) saw the trail reach event %4</source>
        <translation>%1 аудит оқиғасы жоқ: %2 сақтық көшірмесі (%3 жасалған) журналдың %4 оқиғаға дейін жеткенін көрген</translation>
    </message>
    <message>
        <source>audit events %1 to %2 are missing: the backup %3 (made %4) saw the trail reach event %5</source>
        <translation>%1–%2 аудит оқиғалары жоқ: %3 сақтық көшірмесі (%4 жасалған) журналдың %5 оқиғаға дейін жеткенін көрген</translation>
    </message>
    <message>
        <source>audit event %1 is not the one the backup %2 (made %3) recorded: events up to it were rewritten</source>
        <translation>%1 аудит оқиғасы %2 сақтық көшірмесі (%3 жасалған) жазып алған оқиға емес: оған дейінгі оқиғалар қайта жазылған</translation>
    </message>
    <message>
        <source>audit event %1 is missing: HQ&apos;s return bundle %2 (applied %3) says the trail reached event %4</source>
        <translation>%1 аудит оқиғасы жоқ: штаб-пәтердің %2 қайтару бумасы (%3 қолданылған) журнал %4 оқиғаға дейін жеткенін айтады</translation>
    </message>
    <message>
        <source>audit events %1 to %2 are missing: HQ&apos;s return bundle %3 (applied %4) says the trail reached event %5</source>
        <translation>%1–%2 аудит оқиғалары жоқ: штаб-пәтердің %3 қайтару бумасы (%4 қолданылған) журнал %5 оқиғаға дейін жеткенін айтады</translation>
    </message>
    <message>
        <source>audit event %1 is not the one HQ&apos;s return bundle %2 (applied %3) recorded: events up to it were rewritten</source>
        <translation>%1 аудит оқиғасы штаб-пәтердің %2 қайтару бумасы (%3 қолданылған) тіркеген оқиға емес: оған дейінгі оқиғалар қайта жазылған</translation>
    </message>
    <message>
        <source>It still holds event %1 as HQ&apos;s return bundle %2 recorded it.</source>
        <translation>Журналда %1 оқиғасы штаб-пәтердің %2 қайтару бумасы тіркегендей сақталған.</translation>
    </message>
    <message>
        <source>There is no backup to compare the trail&apos;s end with.</source>
        <translation>Журналдың соңын салыстыратын сақтық көшірме жоқ.</translation>
    </message>
    <message>
        <source>It still holds event %1 as the backup %2 recorded it.</source>
        <translation>Онда %1 оқиғасы %2 сақтық көшірмесі жазып алғандай сақталған.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Row %1: already registered as %2</source>
        <translation>%1-жол: бұрыннан %2 ретінде тіркелген</translation>
    </message>
    <message>
        <source>Row %1: registered as %2; may be %3, registered with another document number: check</source>
        <translation>%1-жол: %2 ретінде тіркелді; бұл басқа құжат нөмірімен тіркелген %3 болуы мүмкін: тексеріңіз</translation>
    </message>
    <message>
        <source>The number of results must be at least 1.</source>
        <translation>Нәтижелер саны кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <source>Letter languages are one to three of kk, ru, en.</source>
        <translation>Жолдама хат тілдері — kk, ru, en тілдерінің біреуі, екеуі немесе үшеуі.</translation>
    </message>
    <message>
        <source>Letter %1 written to %2 (marked COPY).</source>
        <translation>%1 жолдама хаты жазылды («КӨШІРМЕ» белгісімен): %2.</translation>
    </message>
    <message>
        <source>Letter %1 written to %2.</source>
        <translation>%1 жолдама хаты жазылды: %2.</translation>
    </message>
    <message>
        <source>There is no week %1: write it like 2026-W48.</source>
        <translation>%1 деген апта жоқ: аптаны 2026-W48 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The roster of week %1 was written to %2.</source>
        <translation>Ауысымдар кестесі жазылды. Апта: %1, файл: %2.</translation>
    </message>
    <message>
        <source>There is no day %1: write it like 2026-11-24.</source>
        <translation>%1 деген күн жоқ: күнді 2026-11-24 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The sign-in sheet of %1 was written to %2.</source>
        <translation>Келу-кету парағы жазылды. Күні: %1, файл: %2.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or --period.</source>
        <translation>--from мен --to екеуін де немесе --period көрсетіңіз.</translation>
    </message>
    <message>
        <source>The report is written to a .pdf, .xlsx or .csv file, not %1.</source>
        <translation>Есеп .pdf, .xlsx немесе .csv файлына жазылады, %1 файлына емес.</translation>
    </message>
    <message>
        <source>The period %1 has not begun yet: there is nothing to report.</source>
        <translation>%1 кезеңі әлі басталған жоқ: есеп беретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>This branch has no visits or referrals yet: the figures are zeros.</source>
        <translation>Бұл филиалда әлі келу де, жолдама да жоқ: көрсеткіштердің бәрі нөлге тең.</translation>
    </message>
    <message>
        <source>The branch&apos;s records begin on %1, after this period: the figures are zeros.</source>
        <translation>Филиал жазбалары %1 басталады, яғни осы кезеңнен кейін: көрсеткіштер нөлге тең.</translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (exact figures).</source>
        <translation>%1 кезеңінің есебі %2 файлына жазылды (нақты сандар).</translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (small counts withheld as &lt;5).</source>
        <translation>%1 кезеңінің есебі %2 файлына жазылды (шағын сандар &lt;5 деп жасырылды).</translation>
    </message>
    <message>
        <source>NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered.</source>
        <translation>ТҮПНҰСҚАЛЫҒЫ РАСТАЛМАДЫ: бұл кодты осы филиал осы жолдама хат үшін жасамаған немесе хат өзгертілген.</translation>
    </message>
    <message>
        <source>Genuine letter %1, issued %2: %3 (%4), status %5.</source>
        <translation>Түпнұсқа жолдама хат %1, берілген күні %2: %3 (%4), күйі: %5.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>зақымдалған</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>тексерілген</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2, %3).</source>
        <translation>Сақтық көшірме жазылып, тексерілді: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Copy in the second folder: %1</source>
        <translation>Екінші қалтадағы көшірме: %1</translation>
    </message>
    <message>
        <source>No copy in the second folder: %1</source>
        <translation>Екінші қалтада көшірме жоқ: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>The backup %1 is whole: made %2, %3, schema %4.</source>
        <translation>%1 сақтық көшірмесі бүтін: %2 жасалған, %3, %4 схемасы.</translation>
    </message>
    <message>
        <source>The branch here does not open (%1). To put the backup in its place, run the restore again with --replace-damaged: the branch&apos;s files are kept aside.</source>
        <translation>Мұндағы филиал ашылмайды (%1). Оның орнына сақтық көшірмені қою үшін қалпына келтіруді --replace-damaged арқылы қайта іске қосыңыз: филиал файлдары бөлек сақталады.</translation>
    </message>
    <message>
        <source>the password of --backup-user</source>
        <translation>--backup-user құпиясөзі</translation>
    </message>
    <message>
        <source>The branch&apos;s records are those of the backup made %1 (%2).</source>
        <translation>Филиал жазбалары енді %1 жасалған сақтық көшірмедегідей (%2).</translation>
    </message>
    <message>
        <source>The records it replaced are kept in %1.</source>
        <translation>Ауыстырылған жазбалар %1 ішінде сақталды.</translation>
    </message>
    <message>
        <source>The next bundle for HQ says that the branch was restored, so HQ does not take it for a second computer.</source>
        <translation>Бас кеңсеге жіберілетін келесі пакет филиалдың қалпына келтірілгенін хабарлайды, сондықтан бас кеңсе оны екінші компьютер деп қабылдамайды.</translation>
    </message>
    <message>
        <source>Everything held about %1 was written to %2.</source>
        <translation>%1 туралы сақталған барлық мәлімет %2 файлына жазылды.</translation>
    </message>
    <message>
        <source>%1 was anonymised: names, contacts, documents and notes are gone; HQ gets the change with the next bundle.</source>
        <translation>%1 иесіздендірілді: аты-жөні, байланыс деректері, құжаттары мен ескертпелері өшірілді; бас кеңсе бұл өзгерісті келесі топтамамен алады.</translation>
    </message>
    <message>
        <source>Give --reason to place a legal hold.</source>
        <translation>Жоюға тыйым салу үшін --reason арқылы себебін жазыңыз.</translation>
    </message>
    <message>
        <source>The legal hold on %1 was released.</source>
        <translation>%1 жазбасын жоюға тыйым алынды.</translation>
    </message>
    <message>
        <source>%1 is under a legal hold: kept whole until a director releases it.</source>
        <translation>%1 жазбасын жоюға тыйым салынды: директор тыйымды алғанша жазба толық сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) added.</source>
        <translation>
            <numerusform>%n келуші қосылды.</numerusform>
            <numerusform>%n келуші қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Аудит журналы бүтін: %n оқиға тексерілді.</numerusform>
            <numerusform>Аудит журналы бүтін: %n оқиға тексерілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records are now kept %n month(s) after their last activity.</source>
        <translation>
            <numerusform>Жазбалар енді соңғы әрекеттен кейін %n ай сақталады.</numerusform>
            <numerusform>Жазбалар енді соңғы әрекеттен кейін %n ай сақталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for anonymisation: no activity for %1 months.</source>
        <translation>
            <numerusform>Иесіздендіру мерзімі жеткен %n адам: %1 ай бойы ешқандай әрекет болмаған.</numerusform>
            <numerusform>Иесіздендіру мерзімі жеткен %n адам: %1 ай бойы ешқандай әрекет болмаған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n адам иесіздендірілді.</numerusform>
            <numerusform>%n адам иесіздендірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unexpected error stopped the command (%1); what it was doing may be unfinished. Where it happened is written in %2 (without any personal data); --debug shows the whole report.</source>
        <translation>күтпеген қате команданы тоқтатты (%1); ол істеп жатқан жұмыс аяқталмай қалуы мүмкін. Қатенің қай жерде болғаны %2 файлына жазылды (дербес деректерсіз); толық есепті --debug көрсетеді.</translation>
    </message>
</context>
<context>
    <name>ConsentWording</name>
    <message>
        <source>The Red Crescent keeps a record of you here so that we can help you when you come again: your name, date of birth, citizenship, contacts and documents, your visits and the help you received. It is kept encrypted and goes to no one outside the Red Crescent without your agreement. You may ask to see it, to correct it or to have it removed.</source>
        <extracomment>What the person is told before they agree, per purpose and version, as (catalogue context, source text). A consent records the version it was given under, so the person&apos;s page can show the very words they heard; a changed wording is a new version, added last (the newest is asked from then on), never an edit of an old one. Version 1 was the form&apos;s check box alone, before these wordings existed.</extracomment>
        <translation>Қызыл Жарты Ай сіз қайта келгенде көмектесу үшін мұнда сіз туралы жазба сақтайды: атыңыз, туған күніңіз, азаматтығыңыз, байланыс деректеріңіз бен құжаттарыңыз, келген күндеріңіз және алған көмегіңіз. Жазба шифрланып сақталады және сіздің келісіміңізсіз Қызыл Жарты Айдан тыс ешкімге берілмейді. Оны көрсетуді, түзетуді немесе жоюды сұрай аласыз.</translation>
    </message>
    <message>
        <source>When we refer you to another service (a clinic, legal aid, a shelter and the like), the referral letter gives that service your name and only the other details you agree to, such as your date of birth, phone or document. The letter names the service you need, never a diagnosis. You may withdraw this consent at any time; letters already handed over cannot be taken back.</source>
        <translation>Біз сізді басқа қызметке (емханаға, заң көмегіне, баспанаға және т.б.) жолдағанда, жолдама хат сол қызметке сіздің атыңызды және тек сіз келіскен басқа мәліметтерді ғана береді, мысалы, туған күніңізді, телефоныңызды немесе құжатыңызды. Хатта сізге қажет қызмет қана аталады, диагноз ешқашан жазылмайды. Бұл келісімді кез келген уақытта қайтарып ала аласыз; бұрын берілген хаттарды кері алу мүмкін емес.</translation>
    </message>
    <message>
        <source>We may call you or send you a message on the phone number you gave us, about your case or your referral. Tell us if you would rather not be called.</source>
        <translation>Біз сіздің ісіңіз немесе жолдамаңыз бойынша сіз берген телефон нөміріне қоңырау шалуымыз немесе хабарлама жіберуіміз мүмкін. Қоңырау шалғанымызды қаламасаңыз, бізге айтыңыз.</translation>
    </message>
    <message>
        <source>Your visits are counted, without your name or contacts, in the figures the branch sends to Red Crescent headquarters. Nobody can tell from these figures who you are.</source>
        <translation>Сіздің келген күндеріңіз атыңыз бен байланыс деректеріңізсіз филиал Қызыл Жарты Айдың бас кеңсесіне жіберетін сандарда есептеледі. Бұл сандардан сіздің кім екеніңізді ешкім біле алмайды.</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <source>Copy the week</source>
        <translation>Аптаны көшіру</translation>
    </message>
    <message>
        <source>Copies every shift of %1 (not who is on it) to another week, at the same times. A shift already there is not copied twice.</source>
        <translation>Көрсетілген аптаның (%1) барлық ауысымдарын (оларға тағайындалған адамдарсыз) басқа аптаға сол уақытқа көшіреді. Онда бұрыннан бар ауысым екінші рет көшірілмейді.</translation>
    </message>
    <message>
        <source>Copy &amp;to the week of:</source>
        <translation>Көшірілетін &amp;апта:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose another week to copy to.</source>
        <translation>Көшіру үшін басқа аптаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source> (%1%)</source>
        <comment>a change in per cent</comment>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Таңдалған күндер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Visits and needs</source>
        <translation>Келулер мен қажеттіліктер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Еріктілер</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Apply the weekly shifts</source>
        <translation>Апталық ауысымдарды қолдану</translation>
    </message>
    <message>
        <source>Makes the shifts of every weekly template on these days. A shift already made from a template is not made twice.</source>
        <translation>Осы күндерге әр апталық үлгі бойынша ауысымдар жасайды. Үлгіден бұрын жасалған ауысым екінші рет жасалмайды.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басталу күні:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңғы күн:</translation>
    </message>
    <message>
        <source>Make shifts</source>
        <translation>Ауысымдарды жасау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Соңғы күн бірінші күннен ерте болмауы керек.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This branch was not made as a demo, or its demo passwords were changed. Give your user name (--user) and password to add demo visitors in your name.</source>
        <translation>Бұл филиал демо ретінде жасалмаған немесе оның демо құпиясөздері өзгертілген. Демо келушілерді өз атыңыздан қосу үшін пайдаланушы атыңызды (--user) және құпиясөзіңізді беріңіз.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <extracomment>Makes the document on the pool thread: ``make(ctx, preview)``. Makes a batch on the pool thread, reporting its progress on ``ctx``.</extracomment>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save it as PDF instead.</source>
        <translation>PDF файлдарын ашатын бағдарлама табылмады. Оның орнына PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as PDF, or ask for a printer to be installed.</source>
        <translation>Бұл компьютерде принтер орнатылмаған. Құжатты PDF ретінде сақтаңыз немесе принтер орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 принтеріне жіберілді.</translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation>Тоқтатылды; ештеңе басып шығарылмады.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Whole page</source>
        <translation>Бүкіл бет</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Кішірейту</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Roster %1</source>
        <translation>Ауысымдар кестесі %1</translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation>Келу-кету парағы %1</translation>
    </message>
    <message>
        <source>Service record %1</source>
        <translation>Еріктілік қызмет туралы анықтама %1</translation>
    </message>
    <message>
        <source>Volunteer hours %1</source>
        <translation>Еріктілердің сағаттары %1</translation>
    </message>
    <message>
        <source>Everything held %1</source>
        <translation>Сақталған барлық мәлімет %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 кезеңінің есебі</translation>
    </message>
    <message>
        <source>A letter is in one to three of kk, ru, en.</source>
        <translation>Жолдама kk, ru, en тілдерінің біреуінен үшеуіне дейін жазылады.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Already registered?</source>
        <translation>Бұрыннан тіркелген бе?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered before may be the one you are registering. Check with the visitor; if one of them is the same person, open that record instead of making a second one.</source>
        <translation>
            <numerusform>Бұрын тіркелген %n адам сіз тіркеп жатқан адам болуы мүмкін. Келушімен нақтылаңыз; егер бұл сол адам болса, екінші жазба жасамай, сол жазбаны ашыңыз.</numerusform>
            <numerusform>Бұрын тіркелген %n адамның бірі сіз тіркеп жатқан адам болуы мүмкін. Келушімен нақтылаңыз; егер олардың бірі сол адам болса, екінші жазба жасамай, сол жазбаны ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open this person</source>
        <translation>Осы &amp;жазбаны ашу</translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation>Жаңа келуші ретінде &amp;сақтау</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Пішінге оралу</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase at the person&apos;s request</source>
        <translation>Адамның өтініші бойынша өшіру</translation>
    </message>
    <message>
        <source>Erasing %1 removes their names, contacts, identity documents and every note from this record at once, and from headquarters with the next bundle. Their visits and referrals stay only as numbers in the statistics. Give them their record first if they want it (Everything held…).</source>
        <translation>%1 жазбасын өшіргенде оның аты-жөні, байланыс деректері, жеке басын куәландыратын құжаттары мен барлық ескертпелер осы жазбадан бірден, ал бас кеңседен келесі топтамамен өшіріледі. Келулері мен жолдамалары статистикада тек сан ретінде қалады. Қаласа, алдымен оған жазбасын беріңіз (Сақталған барлық мәлімет…).</translation>
    </message>
    <message>
        <source>&amp;Why (who asked, when, how; kept in the audit trail):</source>
        <translation>&amp;Себебі (кім, қашан, қалай сұрады; аудит журналында сақталады):</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Өшіру…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Say why the record is erased.</source>
        <translation>Жазбаның неге өшірілетінін жазыңыз.</translation>
    </message>
    <message>
        <source>Erase this record?</source>
        <translation>Бұл жазбаны өшіру керек пе?</translation>
    </message>
    <message>
        <source>The names, contacts, documents and notes of %1 will be removed for good. This cannot be undone.</source>
        <translation>%1 адамының аты-жөні, байланыс деректері, құжаттары мен ескертпелері біржола өшіріледі. Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Өшіру</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Check the key set with HQ first: give the fingerprint HQ reads out by phone with --hq-fingerprint (this file&apos;s fingerprint is %1). Nothing was installed.</source>
        <translation>Алдымен кілттер жиынтығын бас кеңсемен тексеріңіз: бас кеңсе телефон арқылы оқитын саусақ ізін --hq-fingerprint арқылы беріңіз (бұл файлдың саусақ ізі: %1). Ештеңе орнатылмады.</translation>
    </message>
    <message>
        <source>The fingerprint HQ read out is not this file&apos;s (%1): the file may have been changed. Nothing was installed.</source>
        <translation>Бас кеңсе оқыған саусақ ізі бұл файлдікі емес (%1): файл өзгертілген болуы мүмкін. Ештеңе орнатылмады.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2</source>
        <translation>Бас кеңсенің кілттер жиынтығы орнатылды, нұсқасы: %1. Саусақ ізі (fingerprint) — оны бас кеңсемен телефон арқылы салыстырыңыз: %2</translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Fingerprint (read it to HQ by phone): %2</source>
        <translation>Тіркеу файлы мына жерге жазылды: %1. Саусақ ізі (fingerprint) — оны бас кеңсеге телефон арқылы оқып беріңіз: %2</translation>
    </message>
    <message>
        <source>%1 written: bundle %2 with %3.</source>
        <translation>%1 жазылды: пакет %2, %3.</translation>
    </message>
    <message>
        <source>HQ acknowledged the changes through %1. %2 removed from the waiting list.</source>
        <translation>Бас кеңсе %1 нөміріне дейінгі (қоса алғанда) өзгерістерді растады. Күту тізімінен алынды: %2.</translation>
    </message>
    <message>
        <source>This return bundle was applied before; nothing changed.</source>
        <translation>Бұл жауап пакеті бұрын қолданылған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Rejected change %1 (%2 %3): %4</source>
        <translation>Қабылданбаған өзгеріс %1 (%2 %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent change(s)</source>
        <translation>
            <numerusform>%n жіберілген өзгеріс</numerusform>
            <numerusform>%n жіберілген өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service provider(s) updated.</source>
        <translation>
            <numerusform>%n қызмет көрсетуші жаңартылды.</numerusform>
            <numerusform>%n қызмет көрсетуші жаңартылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s):</source>
        <translation>
            <numerusform>Бас кеңсе %n өзгерісті қолдана алмады:</numerusform>
            <numerusform>Бас кеңсе %n өзгерісті қолдана алмады:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that the restored backup lacked came back from HQ.</source>
        <translation>
            <numerusform>Қалпына келтірілген сақтық көшірмеде болмаған %n жазба бас кеңседен қайтып келді.</numerusform>
            <numerusform>Қалпына келтірілген сақтық көшірмеде болмаған %n жазба бас кеңседен қайтып келді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</source>
        <translation>
            <numerusform>Бас кеңседен келген %n жазба алынбады: қалпына келтіруден кейін оның нөмірі мұнда басқа жазбаға берілген. Бас кеңседе ол сақталады.</numerusform>
            <numerusform>Бас кеңседен келген %n жазба алынбады: қалпына келтіруден кейін олардың нөмірлері мұнда басқа жазбаларға берілген. Бас кеңседе олар сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a Qamqor bundle.</source>
        <translation>Бұл файл Qamqor пакеті емес.</translation>
    </message>
    <message>
        <source>This return bundle is for branch %1, not for this branch (%2).</source>
        <translation>Бұл жауап пакеті осы филиалға (%2) емес, %1 филиалына арналған.</translation>
    </message>
    <message>
        <source>A recipient key in the HQ key set is not valid.</source>
        <translation>Бас кеңсенің кілттер жиынтығындағы алушы кілттерінің бірі жарамсыз.</translation>
    </message>
    <message>
        <source>The decryption key is not a valid age identity.</source>
        <translation>Шифрды ашу кілті жарамды age кілті (age identity) емес.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this key: it cannot be decrypted here.</source>
        <translation>Бұл пакет осы кілтке арналмаған: оны мұнда шифрдан ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (truncated or changed bytes): refused.</source>
        <translation>Пакет зақымдалған немесе өзгертілген (қысқартылған немесе өзгертілген байттар): қабылданбады.</translation>
    </message>
    <message>
        <source>This bundle has format version %1, which this program does not know: update Qamqor.</source>
        <translation>Бұл пакеттің пішім нұсқасы — %1, бағдарлама оны білмейді: Qamqor бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the sender&apos;s key: refused.</source>
        <translation>Пакеттің қолтаңбасы жіберушінің кілтіне сәйкес келмейді: қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its manifest: refused.</source>
        <translation>Пакеттің мазмұны оның манифесіне сәйкес келмейді: қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle member %1 does not match its manifest: refused.</source>
        <translation>Пакеттегі %1 файлы манифеске сәйкес келмейді: қабылданбады.</translation>
    </message>
    <message>
        <source>Branch %1 is already enrolled with other keys: refused.</source>
        <translation>%1 филиалы басқа кілттермен бұрыннан тіркелген: қабылданбады.</translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first.</source>
        <translation>%1 филиалы бас кеңседе тіркелмеген: алдымен оның тіркеу файлымен qamqor-hq enrol командасын орындаңыз.</translation>
    </message>
    <message>
        <source>This bundle of branch %1 is signed by the computer HQ revoked on %2, when the branch was rebuilt from HQ&apos;s records (the computer was lost or stolen): refused; nothing was merged. Tell the branch and whoever brought the bundle.</source>
        <translation>%1 филиалының бұл бумасына штаб-пәтер %2 күні кері қайтарып алған компьютер қол қойған: ол кезде филиал штаб-пәтердің жазбаларынан қайта құрылды (компьютер жоғалған не ұрланған). Бас тартылды; ештеңе біріктірілген жоқ. Бұл туралы филиалға және буманы әкелген адамға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The bundle is not signed with the enrolled key of branch %1: refused.</source>
        <translation>Пакетке %1 филиалының тіркелген кілтімен қол қойылмаған: қабылданбады.</translation>
    </message>
    <message>
        <source>FORK: branch %1 sent two different bundles numbered %2 (a restored or copied computer?). Refused; nothing was merged. Call the branch.</source>
        <translation>АЙЫРЫЛУ (FORK): %1 филиалы %2 нөмірлі екі түрлі пакет жіберді (компьютер қалпына келтірілген немесе көшірілген бе?). Қабылданбады; ештеңе біріктірілген жоқ. Филиалға қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. Refused; nothing was merged. Call the branch.</source>
        <translation>АЙЫРЫЛУ (FORK): %1 филиалының %2 пакеті бас кеңседе бар %3 пакетінің жалғасы емес. Қабылданбады; ештеңе біріктірілген жоқ. Филиалға қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: changes are missing. Refused.</source>
        <translation>%1 филиалының %2 пакеті %3 нөмірлі өзгерістен басталады, ал бас кеңсе тек %4 нөміріне дейінгі өзгерістерді қолданған: өзгерістердің бір бөлігі жетіспейді. Қабылданбады.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 could not be applied (%3); nothing was changed.</source>
        <translation>%1 филиалының %2 пакетін қолдану мүмкін болмады (%3); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1: its audit trail ends at event %3, but an earlier bundle showed HQ the trail reaching event %4. Events %5 to %4 were removed at the branch. Refused; nothing was merged. Call the branch.</source>
        <translation>%1 филиалының %2 бумасы: оның аудит журналы %3 оқиғасында аяқталады, ал бұрынғы бума штаб-пәтерге журналдың %4 оқиғаға дейін жеткенін көрсеткен. %5–%4 оқиғалары филиалда өшірілген. Бас тартылды; ештеңе біріктірілген жоқ. Филиалға қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1: audit event %3 is no longer the one an earlier bundle showed HQ (the trail was rewritten or deleted up to there). Refused; nothing was merged. Call the branch.</source>
        <translation>%1 филиалының %2 бумасы: %3 аудит оқиғасы енді бұрынғы бума штаб-пәтерге көрсеткен оқиға емес (журнал сол жерге дейін қайта жазылған не өшірілген). Бас тартылды; ештеңе біріктірілген жоқ. Филиалға қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 was made before the branch was restored from a backup (it belongs to an earlier state of the branch): refused; the branch&apos;s newer bundles carry everything.</source>
        <translation>%1 филиалының %2 пакеті филиал сақтық көшірмеден қалпына келтірілгенге дейін жасалған (ол филиалдың бұрынғы күйіне тиесілі): қабылданбады; филиалдың жаңа пакеттерінде бәрі бар.</translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ.</source>
        <extracomment>the audit action of a recovery at HQ
----------
the audit action of records sent back to a restored branch</extracomment>
        <translation>%1 филиалы бас кеңседе тіркелмеген.</translation>
    </message>
    <message>
        <source>This recovery request is for branch %1, not for %2.</source>
        <translation>Бұл қалпына келтіру сұрауы %2 емес, %1 филиалы үшін жасалған.</translation>
    </message>
    <message>
        <source>This request carries the key HQ already holds for branch %1: make a new recovery request on the new computer.</source>
        <translation>Бұл сұраудағы кілт штаб-пәтерде %1 филиалы үшін қазірдің өзінде тіркелген: жаңа компьютерде жаңа қалпына келтіру сұрауын жасаңыз.</translation>
    </message>
    <message>
        <source>This request carries a key HQ revoked before: make a new recovery request on the new computer.</source>
        <translation>Бұл сұраудағы кілтті штаб-пәтер бұрын кері қайтарып алған: жаңа компьютерде жаңа қалпына келтіру сұрауын жасаңыз.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <extracomment>the audit action of a resolved conflict; its detail names the fields and the choice</extracomment>
        <translation>%1 нөмірлі қайшылық жоқ.</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved.</source>
        <translation>%1 нөмірлі қайшылық бұрын шешілген.</translation>
    </message>
    <message>
        <source>The branch sent newer values of these fields since conflict %1: resolve conflict %2 instead.</source>
        <translation>%1 нөмірлі қайшылықтан кейін филиал осы өрістердің жаңарақ мәндерін жіберді: оның орнына %2 нөмірлі қайшылықты шешіңіз.</translation>
    </message>
    <message>
        <source>Conflict %1 is about an unknown kind of record (%2).</source>
        <translation>%1 нөмірлі қайшылық белгісіз жазба түріне қатысты (%2).</translation>
    </message>
    <message>
        <source>This file is not a %1 file.</source>
        <translation>Бұл файл %1 файлы емес.</translation>
    </message>
    <message>
        <source>The HQ key set&apos;s signature does not verify: it was altered or not made by HQ.</source>
        <translation>Бас кеңсе кілттер жиынтығының қолтаңбасы расталмады: ол өзгертілген немесе оны бас кеңсе жасамаған.</translation>
    </message>
    <message>
        <source>%1 already exists: HQ keys are never overwritten.</source>
        <translation>%1 бұрыннан бар: бас кеңсе кілттері ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Cannot read the HQ keys in %1: %2</source>
        <translation>%1 ішіндегі бас кеңсе кілттерін оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The HQ signing key in %1 does not belong to its key set.</source>
        <translation>%1 ішіндегі бас кеңсенің қолтаңба кілті оның кілттер жиынтығына тиесілі емес.</translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not verify: it was altered.</source>
        <translation>Тіркеу файлының қолтаңбасы расталмады: файл өзгертілген.</translation>
    </message>
    <message>
        <source>Give the HQ database with --db URL (or QAMQOR_HQ_DB).</source>
        <translation>Бас кеңсе дерекқорын --db URL (немесе QAMQOR_HQ_DB) арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>This needs the HQ keys: give their folder with --keys.</source>
        <translation>Бұл үшін бас кеңсе кілттері керек: олардың қалтасын --keys арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>The report is written to a .xlsx or .csv file, not %1.</source>
        <translation>Есеп .xlsx немесе .csv файлына жазылады, %1 файлына емес.</translation>
    </message>
    <message>
        <source>HQ keys written to %1. Keep hq-primary.agekey, hq-escrow.agekey and hq-signing.key secret; give hq-keyset.json to the branches.</source>
        <translation>Бас кеңсе кілттері мына жерге жазылды: %1. hq-primary.agekey, hq-escrow.agekey және hq-signing.key файлдарын құпия сақтаңыз; hq-keyset.json файлын филиалдарға беріңіз.</translation>
    </message>
    <message>
        <source>Key set fingerprint (read it out by phone): %1</source>
        <translation>Кілттер жиынының саусақ ізі (fingerprint) — оны телефон арқылы оқып беріңіз: %1</translation>
    </message>
    <message>
        <source>Branch %1 (%2) enrolled; fingerprint %3.</source>
        <translation>%1 (%2) филиалы тіркелді; саусақ ізі (fingerprint): %3.</translation>
    </message>
    <message>
        <source>Branch %1 (%2) was already enrolled with these keys; fingerprint %3.</source>
        <translation>%1 (%2) филиалы осы кілттермен бұрыннан тіркелген; саусақ ізі (fingerprint): %3.</translation>
    </message>
    <message>
        <source>%1 was restored from a backup: its bundles from %2 on are a new epoch (%3).</source>
        <translation>%1 сақтық көшірмеден қалпына келтірілген: оның %2 пакетінен бастап пакеттері жаңа кезеңге жатады (%3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: imported before; nothing changed (%3 already present).</source>
        <translation>%1, %2 пакеті: бұрын импортталған; ештеңе өзгерген жоқ (бұрыннан бары: %3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: older than what HQ has; nothing changed (%3 already present).</source>
        <translation>%1, %2 пакеті: бас кеңседегі деректерден ескі; ештеңе өзгерген жоқ (бұрыннан бары: %3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: %3 applied, %4 already present, %5 conflicts, %6 rejected.</source>
        <translation>%1, %2 пакеті: қолданылғаны: %3, бұрыннан бары: %4, қайшылықтар: %5, қабылданбағаны: %6.</translation>
    </message>
    <message numerus="yes">
        <source>The report of %n branch(es) for %1 was written to %2 (exact figures).</source>
        <translation>
            <numerusform>%n филиал бойынша %1 кезеңінің есебі %2 файлына жазылды (нақты сандар).</numerusform>
            <numerusform>%n филиал бойынша %1 кезеңінің есебі %2 файлына жазылды (нақты сандар).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report of %n branch(es) for %1 was written to %2 (small counts withheld as &lt;5).</source>
        <translation>
            <numerusform>%n филиал бойынша %1 кезеңінің есебі %2 файлына жазылды (шағын сандар &lt;5 деп жасырылды).</numerusform>
            <numerusform>%n филиал бойынша %1 кезеңінің есебі %2 файлына жазылды (шағын сандар &lt;5 деп жасырылды).</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>%1: return bundle %2 acknowledges changes through %3 (%4 rejected).</source>
        <translation>%1: %2 жауап пакеті %3 нөміріне дейінгі өзгерістерді растайды (қабылданбағаны: %4).</translation>
    </message>
    <message>
        <source>HQ holds the branch&apos;s changes through change %1, from its bundle %2 (imported %3). Whatever the lost computer recorded after that bundle was never sent, and is not in the recovery.</source>
        <translation>Штаб-пәтерде филиалдың %1-өзгеріске дейінгі өзгерістері бар, олар оның %2 бумасынан алынған (%3 импортталған). Жоғалған компьютер сол бумадан кейін жазғандары ешқашан жіберілмеген, сондықтан қалпына келтіруде жоқ.</translation>
    </message>
    <message>
        <source>HQ never received a bundle from this branch: the recovery holds only HQ&apos;s directory of services.</source>
        <translation>Штаб-пәтер бұл филиалдан бірде-бір бума алмаған: қалпына келтіруде тек штаб-пәтердің қызметтер анықтамалығы бар.</translation>
    </message>
    <message>
        <source>The lost computer&apos;s key (%1) is revoked: bundles it signs are refused from now on.</source>
        <translation>Жоғалған компьютердің кілті (%1) кері қайтарып алынды: енді ол қол қойған бумалардан бас тартылады.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Қарайтын қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <source>open</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <source>    %1: HQ has %2; the branch sent %3</source>
        <translation>    %1: бас кеңседе — %2; филиал жіберген — %3</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: HQ keeps its values of %2.</source>
        <translation>%1 нөмірлі қайшылық шешілді: бас кеңсе мына өрістердегі өз мәндерін сақтайды: %2.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the branch&apos;s values of %2 are now HQ&apos;s.</source>
        <translation>%1 нөмірлі қайшылық шешілді: филиалдың мына өрістердегі мәндері енді бас кеңседе қабылданды: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recovery bundle for branch %2 with %n record(s).</source>
        <translation>
            <numerusform>%1: %2 филиалына арналған қалпына келтіру бумасы, %n жазба.</numerusform>
            <numerusform>%1: %2 филиалына арналған қалпына келтіру бумасы, %n жазба.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was restored from a backup: this return bundle brings back %n record(s) HQ holds that the backup may lack.</source>
        <translation>
            <numerusform>%1 сақтық көшірмеден қалпына келтірілген: бұл жауап пакеті бас кеңседе сақталған, бірақ сақтық көшірмеде болмауы мүмкін %n жазбаны қайтарады.</numerusform>
            <numerusform>%1 сақтық көшірмеден қалпына келтірілген: бұл жауап пакеті бас кеңседе сақталған, бірақ сақтық көшірмеде болмауы мүмкін %n жазбаны қайтарады.</numerusform>
        </translation>
    </message>
    <message>
        <source>This HQ key set (version %1) is not newer than the one installed (version %2).</source>
        <translation>Бас кеңсенің бұл кілттер жиынтығы (%1 нұсқасы) орнатылғанынан (%2 нұсқасы) жаңа емес.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Экспорттау тоқтатылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Install the HQ key set first (qamqor keys install-hq FILE).</source>
        <translation>Алдымен бас кеңсенің кілттер жиынтығын орнатыңыз (qamqor keys install-hq FILE).</translation>
    </message>
    <message>
        <source>HQ acknowledges changes through %1, but this branch sent only through %2: is this database restored from an old backup? Nothing was changed.</source>
        <translation>Бас кеңсе %1 нөміріне дейінгі өзгерістерді растайды, бірақ бұл филиал тек %2 нөміріне дейін жіберген: бұл дерекқор ескі сақтық көшірмеден қалпына келтірілген бе? Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>HQ&apos;s return bundle carries a record this program cannot read: nothing was changed. Ask HQ whether the branch needs a newer Qamqor.</source>
        <translation>Бас кеңсенің жауап пакетінде бұл бағдарлама оқи алмайтын жазба бар: ештеңе өзгертілген жоқ. Филиалға Qamqor-дың жаңа нұсқасы керек пе, бас кеңседен сұраңыз.</translation>
    </message>
    <message>
        <source>HQ&apos;s return bundle brings back records that do not fit with this branch&apos;s: nothing was changed. Tell HQ.</source>
        <translation>Бас кеңсенің жауап пакеті қайтаратын жазбалар бұл филиалдың жазбаларымен үйлеспейді: ештеңе өзгертілген жоқ. Бас кеңсеге хабарлаңыз.</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2. Nothing was lost: the changes stay waiting for the next export. Check the stick (full, read-only or pulled out) and export again.</source>
        <translation>Пакетті жазу мүмкін болмады (%1): %2. Ештеңе жоғалған жоқ: өзгерістер келесі экспортты күтіп тұр. Флешканы тексеріп (толып қалған, тек оқуға арналған немесе суырылып қалған болуы мүмкін), қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2. Choose another folder or stick.</source>
        <translation>Қалтаға жазу мүмкін емес (%1): %2. Басқа қалтаны немесе флешканы таңдаңыз.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written: use another stick.</source>
        <translation>Жазылған пакет (%1) қайта оқылғанда жазылғанымен сәйкес келмейді: басқа флешканы пайдаланыңыз.</translation>
    </message>
    <message>
        <source>This file is not a Qamqor recovery bundle.</source>
        <translation>Бұл файл Qamqor қалпына келтіру бумасы емес.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Visitor</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Visitor&apos;s language</source>
        <translation>Келушінің тілі</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Health flag</source>
        <translation>Денсаулық белгісі</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation>Жолдама қадамы</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Қызмет беруші</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ерікті</translation>
    </message>
    <message>
        <source>Volunteer&apos;s language</source>
        <translation>Еріктінің тілі</translation>
    </message>
    <message>
        <source>Volunteer&apos;s training</source>
        <translation>Еріктінің оқуы</translation>
    </message>
    <message>
        <source>Volunteer&apos;s availability</source>
        <translation>Еріктінің бос уақыты</translation>
    </message>
    <message>
        <source>Volunteer&apos;s blocked dates</source>
        <translation>Еріктінің бос емес күндері</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Shift template</source>
        <translation>Ауысым үлгісі</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <source>Check-in or check-out</source>
        <translation>Келгенін немесе кеткенін белгілеу</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>Бас кеңсенің себебі</translation>
    </message>
    <message>
        <source>The branch&apos;s records travel to HQ as encrypted files on a USB stick or by e-mail. Each file carries every change HQ has not yet acknowledged, so a lost stick loses nothing: export again.</source>
        <translation>Филиал жазбалары бас кеңсеге флешкамен немесе электрондық поштамен шифрланған файлдар түрінде жеткізіледі. Әр файлда бас кеңсе әлі растамаған барлық өзгерістер болады, сондықтан флешка жоғалса да, ештеңе жоғалмайды: қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>HQ key set</source>
        <translation>Бас кеңсенің кілттер жиынтығы</translation>
    </message>
    <message>
        <source>Read this fingerprint to HQ by phone: it must match theirs, group by group.</source>
        <translation>Кілттің бұл саусақ ізін бас кеңсеге телефон арқылы оқып беріңіз: ол олардағымен әр топ бойынша сәйкес келуі керек.</translation>
    </message>
    <message>
        <source>&amp;Install HQ key set…</source>
        <translation>Бас кеңсенің кілттер жиынтығын &amp;орнату…</translation>
    </message>
    <message>
        <source>Write &amp;enrolment file…</source>
        <translation>&amp;Тіркеу файлын жазу…</translation>
    </message>
    <message>
        <source>Sending to HQ</source>
        <translation>Бас кеңсеге жіберу</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Күтудегі өзгерістер:</translation>
    </message>
    <message>
        <source>Last bundle written:</source>
        <translation>Соңғы жазылған пакет:</translation>
    </message>
    <message>
        <source>E&amp;xport for HQ…</source>
        <translation>Бас кеңсе үшін &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Answers from HQ</source>
        <translation>Бас кеңсенің жауаптары</translation>
    </message>
    <message>
        <source>Last acknowledgement:</source>
        <translation>Соңғы растау:</translation>
    </message>
    <message>
        <source>Import HQ&apos;s &amp;answer…</source>
        <translation>Бас кеңсенің &amp;жауабын импорттау…</translation>
    </message>
    <message>
        <source>Not installed yet. HQ sends the file hq-keyset.json; install it before the first export.</source>
        <translation>Әлі орнатылмаған. Бас кеңсе hq-keyset.json файлын жібереді; оны алғашқы экспорттан бұрын орнатыңыз.</translation>
    </message>
    <message>
        <source>Version %1, installed %2. Fingerprint:</source>
        <translation>Нұсқасы: %1, орнатылған уақыты: %2. Кілттің саусақ ізі:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged by HQ</source>
        <translation>
            <numerusform>Бас кеңсе растамаған %n өзгеріс</numerusform>
            <numerusform>Бас кеңсе растамаған %n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Әзірге жоқ.</translation>
    </message>
    <message>
        <source>%1 — bundle %2, %3</source>
        <translation>%1 — пакет %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n өзгеріс</numerusform>
            <numerusform>%n өзгеріс</numerusform>
        </translation>
    </message>
    <message>
        <source>written %1 into %2</source>
        <translation>жазылған уақыты: %1, орны: %2</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>жазылған уақыты: %1</translation>
    </message>
    <message>
        <source>No answer from HQ yet.</source>
        <translation>Бас кеңседен әлі жауап жоқ.</translation>
    </message>
    <message>
        <source>Changes through %1 — answer %2, applied %3</source>
        <translation>%1 нөміріне дейінгі өзгерістер — жауап %2, қолданылған уақыты: %3</translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s). Correct these records here; the corrections travel in the next bundle.</source>
        <translation>
            <numerusform>Бас кеңсе %n өзгерісті қолдана алмады. Бұл жазбаларды осында түзетіңіз; түзетулер келесі пакетпен жіберіледі.</numerusform>
            <numerusform>Бас кеңсе %n өзгерісті қолдана алмады. Бұл жазбаларды осында түзетіңіз; түзетулер келесі пакетпен жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the HQ key set first.</source>
        <translation>Алдымен бас кеңсенің кілттер жиынтығын орнатыңыз.</translation>
    </message>
    <message>
        <source>Choose the HQ key set</source>
        <translation>Бас кеңсенің кілттер жиынтығын таңдаңыз</translation>
    </message>
    <message>
        <source>HQ key set (*.json);;All files (*)</source>
        <translation>Бас кеңсенің кілттер жиынтығы (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Check the fingerprint with HQ</source>
        <translation>Кілттің саусақ ізін бас кеңсемен салыстыру</translation>
    </message>
    <message>
        <source>HQ key set version %1.

Fingerprint:
%2

Phone HQ and have them read out their fingerprint. Install the key set only if every group matches.</source>
        <translation>Бас кеңсенің кілттер жиынтығы, нұсқасы: %1.

Кілттің саусақ ізі:
%2

Бас кеңсеге қоңырау шалып, олардағы саусақ ізін оқып беруін сұраңыз. Кілттер жиынтығын әр топ сәйкес келсе ғана орнатыңыз.</translation>
    </message>
    <message>
        <source>It matches: install</source>
        <translation>Сәйкес келеді: орнату</translation>
    </message>
    <message>
        <source>HQ key set version %1 is installed.</source>
        <translation>Бас кеңсенің кілттер жиынтығы орнатылды, нұсқасы: %1.</translation>
    </message>
    <message>
        <source>Save the enrolment file into</source>
        <translation>Тіркеу файлын сақтайтын қалта</translation>
    </message>
    <message>
        <source>The enrolment file was saved as %1.

Send it to HQ on the stick or by e-mail. Then phone HQ and read out this fingerprint, so they know the file is this branch&apos;s:
%2

HQ can read this branch&apos;s bundles once it has registered the file.</source>
        <translation>Тіркеу файлы сақталды: %1.

Оны бас кеңсеге флешкамен немесе электрондық поштамен жіберіңіз. Содан кейін бас кеңсеге қоңырау шалып, файлдың осы филиалдікі екеніне көз жеткізулері үшін кілттің мына саусақ ізін оқып беріңіз:
%2

Бас кеңсе файлды тіркегеннен кейін осы филиалдың пакеттерін оқи алады.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Тіркеу файлы</translation>
    </message>
    <message>
        <source>Export for HQ into (the USB stick)</source>
        <translation>Бас кеңсе үшін экспорттау орны (флешка)</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Экспорттау тоқтатылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>%1 was written: bundle %2 with %3.</source>
        <translation>%1 жазылды: пакет %2, %3.</translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation>Өзгерістер жиналуда…</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s answer</source>
        <translation>Бас кеңсенің жауабын таңдаңыз</translation>
    </message>
    <message>
        <source>HQ&apos;s answers (*.qmr);;All files (*)</source>
        <translation>Бас кеңсенің жауаптары (*.qmr);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This answer from HQ was applied before; nothing changed.</source>
        <translation>Бас кеңсенің бұл жауабы бұрын қолданылған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>HQ acknowledged the changes through %1. %2 removed from the waiting list.</source>
        <translation>Бас кеңсе %1 нөміріне дейінгі (қоса алғанда) өзгерістерді растады. Күту тізімінен алынды: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent change(s)</source>
        <translation>
            <numerusform>%n жіберілген өзгеріс</numerusform>
            <numerusform>%n жіберілген өзгеріс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s): see the list below.</source>
        <translation>
            <numerusform>Бас кеңсе %n өзгерісті қолдана алмады: төмендегі тізімді қараңыз.</numerusform>
            <numerusform>Бас кеңсе %n өзгерісті қолдана алмады: төмендегі тізімді қараңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that the restored backup lacked came back from HQ.</source>
        <translation>
            <numerusform>Қалпына келтірілген сақтық көшірмеде болмаған %n жазба бас кеңседен қайтып келді.</numerusform>
            <numerusform>Қалпына келтірілген сақтық көшірмеде болмаған %n жазба бас кеңседен қайтып келді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</source>
        <translation>
            <numerusform>Бас кеңседен келген %n жазба алынбады: қалпына келтіруден кейін оның нөмірі мұнда басқа жазбаға берілген. Бас кеңседе ол сақталады.</numerusform>
            <numerusform>Бас кеңседен келген %n жазба алынбады: қалпына келтіруден кейін олардың нөмірлері мұнда басқа жазбаларға берілген. Бас кеңседе олар сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and applying HQ&apos;s answer…</source>
        <translation>Бас кеңсенің жауабы тексеріліп, қолданылуда…</translation>
    </message>
    <message>
        <source>Writing the bundle and reading it back…</source>
        <translation>Пакет жазылып, қайта оқылуда…</translation>
    </message>
    <message>
        <source>Collecting the changes: %1 of %2…</source>
        <translation>Өзгерістер жиналуда: %2 ішінен %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Оқу мүмкін емес (%1): %2</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation>Отбасы мүшесінің аты</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>Денсаулық туралы ескертпе</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Шұғыл жағдайда хабарласатын адам</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Шұғыл жағдайдағы телефон</translation>
    </message>
    <message>
        <source>Reason for the unavailable days</source>
        <translation>Бос емес күндердің себебі</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Жолдау себебі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Орын атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Көрсетілетін аты</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Филиал атауы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Why the hours are set by hand</source>
        <translation>Сағаттың қолмен енгізілу себебі</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters; this one has %2.</source>
        <translation>
            <numerusform>%1: ең көбі %n таңба болуы керек, мұнда %2 таңба.</numerusform>
            <numerusform>%1: ең көбі %n таңба болуы керек, мұнда %2 таңба.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters; the rest was not taken.</source>
        <translation>
            <numerusform>%1: ең көбі %n таңба, артығы алынбады.</numerusform>
            <numerusform>%1: ең көбі %n таңба, артығы алынбады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Qamqor — set up this branch</source>
        <translation>Qamqor — филиалды баптау</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Create the branch</source>
        <translation>&amp;Филиалды құру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Нәтижесін қадағалау</translation>
    </message>
    <message>
        <source>Follow up &amp;on:</source>
        <translation>&amp;Қадағалау күні:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>A sealed health field does not open: it is damaged or was moved from another record.</source>
        <translation>Шифрланған денсаулық деректерінің өрісі ашылмайды: ол бүлінген немесе басқа жазбадан көшірілген.</translation>
    </message>
    <message>
        <source>This health information was sealed with another key than this branch&apos;s: the key file and the database do not belong together. Restore them together from one backup.</source>
        <translation>Бұл денсаулық деректері осы филиалдың кілтімен емес, басқа кілтпен шифрланған: кілт файлы мен дерекқор бір-біріне сәйкес келмейді. Екеуін бір сақтық көшірмеден бірге қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>HQ holds no key to the health information of branch %1 that this escrow key opens.</source>
        <translation>Бас кеңседе %1 филиалының денсаулық деректеріне осы резервтік кілт ашатын кілт жоқ.</translation>
    </message>
    <message>
        <source>Your account has not been given the key to restricted health information yet. A director or caseworker who holds it gives it to you in Settings; then log in again.</source>
        <translation>Сіздің тіркелгіңізге қолжетімділігі шектеулі денсаулық деректерінің кілті әлі берілмеген. Оны ұстайтын директор немесе әлеуметтік қызметкер «Баптаулар» бөлімінде береді; содан кейін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The key file does not hold the key this database&apos;s health information was sealed with. Restore the key file and the database together from one backup.</source>
        <translation>Кілт файлында осы дерекқордағы денсаулық деректері шифрланған кілт жоқ. Кілт файлы мен дерекқорды бір сақтық көшірмеден бірге қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>HQ&apos;s escrow key holds no key to health information for this branch.</source>
        <translation>Бас кеңсенің резервтік кілтінде осы филиалдың денсаулық деректерінің кілті жоқ.</translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>%1 деген белсенді тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>The role of %1 may not see health information: change the role first.</source>
        <translation>%1 рөлі денсаулық деректерін көре алмайды: алдымен рөлін өзгертіңіз.</translation>
    </message>
    <message>
        <source>%1 has no key slot in this branch: the administrator sets a new password first.</source>
        <translation>%1 үшін осы филиалдың кілт файлында орын жоқ: алдымен әкімші жаңа құпиясөз орнатады.</translation>
    </message>
    <message>
        <source>The key to health information in the key file is damaged. Restore the key file from a backup.</source>
        <translation>Кілт файлындағы денсаулық деректерінің кілті бүлінген. Кілт файлын сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
</context>
<context>
    <name>HealthAccessBox</name>
    <message>
        <source>Access to restricted health information</source>
        <translation>Қолжетімділігі шектеулі денсаулық деректеріне рұқсат</translation>
    </message>
    <message>
        <source>&amp;Give the key</source>
        <translation>Кілтті &amp;беру</translation>
    </message>
    <message>
        <source>Recorded in the audit trail.</source>
        <translation>Аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Your account has not been given the key to restricted health information yet. A director or caseworker who holds it gives it to you on their Settings page; then log in again.</source>
        <translation>Сіздің тіркелгіңізге қолжетімділігі шектеулі денсаулық деректерінің кілті әлі берілмеген. Оны ұстайтын директор немесе әлеуметтік қызметкер өзінің «Баптаулар» бетінде береді; содан кейін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>You hold the key to restricted health information. These colleagues&apos; roles may see it, but they have not been given the key yet. Give it only to colleagues you know: the administrator makes accounts, but cannot give the key.</source>
        <translation>Сізде қолжетімділігі шектеулі денсаулық деректерінің кілті бар. Мына әріптестердің рөлі бұл деректерді көруге рұқсат етеді, бірақ оларға кілт әлі берілмеген. Кілтті тек өзіңіз білетін әріптестерге беріңіз: тіркелгілерді әкімші жасайды, бірақ кілтті бере алмайды.</translation>
    </message>
    <message>
        <source>You hold the key to restricted health information, as does every colleague whose role may see it.</source>
        <translation>Сізде қолжетімділігі шектеулі денсаулық деректерінің кілті бар, рөлі оларды көруге рұқсат ететін барлық әріптестерде де бар.</translation>
    </message>
    <message>
        <source>%1 now holds the key (from their next log-in).</source>
        <translation>%1 енді кілтті ұстайды (келесі кіруінен бастап).</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours by hand</source>
        <translation>Сағатты қолмен енгізу</translation>
    </message>
    <message>
        <source>The hours credited to %1 for this shift.</source>
        <translation>Осы ауысым үшін есептелетін сағат. Ерікті: %1.</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Сағат:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>С&amp;ебебі:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Say why the hours are set by hand.</source>
        <translation>Сағаттың неге қолмен енгізілгенін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>HqKeySetPage</name>
    <message>
        <source>The HQ key set</source>
        <translation>Бас кеңсенің кілттер жиынтығы</translation>
    </message>
    <message>
        <source>Optional: the keys that lock this branch&apos;s bundles so that only HQ can open them.</source>
        <translation>Міндетті емес: осы филиалдың пакеттерін тек бас кеңсе аша алатындай етіп шифрлайтын кілттер.</translation>
    </message>
    <message>
        <source>HQ sends a file named hq-keyset.json. Choose it, then phone HQ and compare the fingerprint shown here with theirs, group by group.</source>
        <translation>Бас кеңсе hq-keyset.json деген файл жібереді. Соны таңдаңыз, содан кейін бас кеңсеге қоңырау шалып, мұнда көрсетілген кілттің саусақ ізін олардағымен әр топ бойынша салыстырыңыз.</translation>
    </message>
    <message>
        <source>C&amp;hoose the key set file…</source>
        <translation>Кілттер жиынтығының файлын &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>Әзірге &amp;өткізіп жіберу</translation>
    </message>
    <message>
        <source>HQ read out the same fingerprint by phone</source>
        <translation>Бас кеңсе телефон арқылы дәл осы саусақ ізін оқып берді</translation>
    </message>
    <message>
        <source>Without the key set the branch works as usual; the administrator installs it later in Exchange with HQ.</source>
        <translation>Кілттер жиынтығынсыз да филиал әдеттегідей жұмыс істейді; әкімші оны кейін «Бас кеңсемен алмасу» бөлімінде орнатады.</translation>
    </message>
    <message>
        <source>Version %1 of the HQ key set. Fingerprint:</source>
        <translation>Бас кеңсенің кілттер жиынтығы, нұсқасы: %1. Кілттің саусақ ізі:</translation>
    </message>
    <message>
        <source>Choose the HQ key set</source>
        <translation>Бас кеңсенің кілттер жиынтығын таңдаңыз</translation>
    </message>
    <message>
        <source>HQ key set (*.json);;All files (*)</source>
        <translation>Бас кеңсенің кілттер жиынтығы (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Compare the fingerprint with HQ by phone and tick the box, or skip this step for now.</source>
        <translation>Кілттің саусақ ізін бас кеңсемен телефон арқылы салыстырып, құсбелгі қойыңыз немесе бұл қадамды әзірге өткізіп жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read “%1”: save the register from Excel as .xlsx or .csv.</source>
        <translation>“%1” файлын оқу мүмкін емес: тізілімді Excel-ден .xlsx немесе .csv түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a register of up to %3 MB can be imported at once. Save it as several smaller files (a year each, for instance) and import them one after another.</source>
        <translation>“%1” көлемі — %2 МБ, ал бір жолы %3 МБ-қа дейінгі тізілімді ғана импорттауға болады. Оны бірнеше кішірек файлға бөліп сақтаңыз (мысалы, әр жылын бөлек) және бірінен соң бірін импорттаңыз.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” файлы бос.</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>ұяшықта %1 таңбадан артық мәтін бар</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) opened in it is never closed, so every row after it would run into one cell</source>
        <translation>онда ашылған тырнақша (&quot;) ешқайда жабылмаған, сондықтан одан кейінгі барлық жол бір ұяшыққа қосылып кетер еді</translation>
    </message>
    <message>
        <source>Row %1 of “%2” cannot be read: %3. Nothing was imported; correct the file and try again.</source>
        <translation>“%2” файлының %1-жолын оқу мүмкін емес: %3. Ештеңе импортталған жоқ; файлды түзетіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>“%1” файлын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”.</source>
        <translation>“%1” файлының мәтінін оқу мүмкін емес: оны Excel-ден “CSV UTF-8” түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read (.xlsx).</source>
        <translation>“%1” — оқылатын Excel кітабы (.xlsx) емес.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like 31.12.2019.</source>
        <translation>“%1” — күн емес: былай жазыңыз: 31.12.2019.</translation>
    </message>
    <message>
        <source>“%1” is a year, not the date of a visit: write it like 31.12.2019.</source>
        <translation>“%1” — жыл ғана, келген күн емес: былай жазыңыз: 31.12.2019.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>Келген күн болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is too long ago for a visit: check the year.</source>
        <translation>%1 — келу үшін тым ерте: жылын тексеріңіз.</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>“%1” бағаны: %2</translation>
    </message>
    <message>
        <source>“%1” is not a sex: write F or M (Ж or М, Ә or Е).</source>
        <translation>“%1” — жынысты білдірмейді: F немесе M (Ж немесе М, Ә немесе Е) деп жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown country “%1”: write its name or its two-letter code (UZ, TJ, KG).</source>
        <translation>Белгісіз ел “%1”: оның атауын немесе екі әріпті кодын жазыңыз (UZ, TJ, KG).</translation>
    </message>
    <message>
        <source>Needs as written in the register: %1</source>
        <translation>Тізілімде жазылғандай қажеттіліктер: %1</translation>
    </message>
    <message>
        <source>No column holds names. Head the name columns Фамилия / Тегі / family_name, Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name.</source>
        <translation>Аты-жөні жазылған баған жоқ. Аты-жөні бағандарына Фамилия / Тегі / family_name, Имя / Аты / given_name деп, ал толық аты-жөні үшін ФИО / Аты-жөні / full_name деп тақырып қойыңыз.</translation>
    </message>
    <message>
        <source>Needs are recorded with a visit: choose the column with the visit dates too.</source>
        <translation>Қажеттіліктер келумен бірге жазылады: келген күндер бар бағанды да таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n жол импортталды.</numerusform>
            <numerusform>%n жол импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n қайталанатын жазба өткізіп жіберілді.</numerusform>
            <numerusform>%n қайталанатын жазба өткізіп жіберілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors.</source>
        <translation>
            <numerusform>Қатесі бар %n жол.</numerusform>
            <numerusform>Қатесі бар %n жол.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded.</source>
        <translation>
            <numerusform>%n келу жазылды.</numerusform>
            <numerusform>%n келу жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were recorded already and skipped.</source>
        <translation>
            <numerusform>%n келу бұрын жазылған, өткізіп жіберілді.</numerusform>
            <numerusform>%n келу бұрын жазылған, өткізіп жіберілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered</source>
        <translation>
            <numerusform>%n адам тіркелді</numerusform>
            <numerusform>%n адам тіркелді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n келу</numerusform>
            <numerusform>%n келу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) to check: the same name and birth date as a person registered with another document number.</source>
        <translation>
            <numerusform>%n импортталған жолды тексеру керек: аты-жөні мен туған күні басқа құжат нөмірімен тіркелген адамдікімен бірдей.</numerusform>
            <numerusform>%n импортталған жолды тексеру керек: аты-жөні мен туған күні басқа құжат нөмірімен тіркелген адамдардікімен бірдей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rows imported before that are kept.</source>
        <translation>Импорттау тоқтатылды; оған дейін импортталған жолдар сақталды.</translation>
    </message>
    <message>
        <source>The disk is full: nothing of the register was saved. Free some space and import it again.</source>
        <translation>Диск толып қалды: тізілімнен ештеңе сақталған жоқ. Орын босатып, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The disk is full. Rows %1 to %2 of the register were saved (%3, %4); nothing from row %5 on. Free some space and import the file again: what was saved is recognised and skipped.</source>
        <translation>Диск толып қалды. Тізілімнің %1–%2 жолдары сақталды (%3, %4), %5-жолдан бастап ештеңе сақталған жоқ. Орын босатып, файлды қайта импорттаңыз: сақталғаны танылып, өткізіп жіберіледі.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Already registered as</source>
        <translation>Бұрыннан тіркелген жазба</translation>
    </message>
    <message>
        <source>Registered as, and the person it may repeat</source>
        <translation>Тіркелген нөмірі және қайталауы мүмкін адам</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Тізілімді импорттау</translation>
    </message>
    <message>
        <source>Bring in the visitors of a register the branch kept before Qamqor: an Excel workbook (.xlsx) or a CSV file whose first row names the columns. Nothing is saved until you have checked the columns and pressed Import. People already registered are skipped and listed.</source>
        <translation>Филиал Qamqor бағдарламасына дейін жүргізген тізілімдегі келушілерді көшіріңіз: Excel кітабы (.xlsx) немесе бірінші жолында баған атаулары бар CSV файлы. Бағандарды тексеріп, импорттауды бастағанға дейін ештеңе сақталмайды. Бұрыннан тіркелген адамдар өткізіліп, тізіммен көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Файлды таңдау…</translation>
    </message>
    <message>
        <source>Which column holds what? Qamqor guessed from the column names; correct what it got wrong. Columns left “not imported” are ignored.</source>
        <translation>Қай бағанда не бар? Qamqor баған атауларына қарап болжады; қате анықталғанын түзетіңіз. “импортталмайды” деп қалдырылған бағандар ескерілмейді.</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Файлды таңдау</translation>
    </message>
    <message>
        <source>2. Check the columns</source>
        <translation>2. Бағандарды тексеру</translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation>3. Импорттау</translation>
    </message>
    <message>
        <source>4. Report</source>
        <translation>4. Есеп</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation>Қазір сақталып жатқан жолдардан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>Импорттайтын тізілімді таңдаңыз</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation>Тізілімдер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Файл әлі таңдалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the column names.</source>
        <translation>
            <numerusform>%1: баған атауларының астында %n жол.</numerusform>
            <numerusform>%1: баған атауларының астында %n жол.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read.</source>
        <translation>
            <numerusform>Алғашқы %n жол — оқылатын күйінде.</numerusform>
            <numerusform>Алғашқы %n жол — оқылатын күйінде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are (see Problems); the others can.</source>
        <translation>
            <numerusform>Олардың %n жолын сол күйінде импорттау мүмкін емес (Мәселелер бағанын қараңыз); қалғандарын импорттауға болады.</numerusform>
            <numerusform>Олардың %n жолын сол күйінде импорттау мүмкін емес (Мәселелер бағанын қараңыз); қалғандарын импорттауға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows done…</source>
        <translation>Импорттау: %2 жолдың %1 жолы дайын…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat people already registered; they were not registered again:</source>
        <translation>
            <numerusform>%n жол бұрыннан тіркелген адамды қайталайды; ол қайта тіркелмеді:</numerusform>
            <numerusform>%n жол бұрыннан тіркелген адамдарды қайталайды; олар қайта тіркелмеді:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the name and birth date of a person already registered with another document number (a renewed passport, or a namesake). They were registered; open both records and merge them if they are one person:</source>
        <translation>
            <numerusform>%n жолдағы аты-жөні мен туған күні бұрын басқа құжат нөмірімен тіркелген адамдікімен бірдей (жаңа төлқұжат немесе толық аттас). Жол тіркелді; екі жазбаны да ашып, бір адам болса, біріктіріңіз:</numerusform>
            <numerusform>%n жолдағы аты-жөні мен туған күні бұрын басқа құжат нөмірімен тіркелген адамдардікімен бірдей (жаңа төлқұжат немесе толық аттас). Жолдар тіркелді; екі жазбаны да ашып, бір адам болса, біріктіріңіз:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; correct them in the file and import it again (rows already imported are then skipped):</source>
        <translation>
            <numerusform>%n жолды оқу мүмкін болмады; оны файлда түзетіп, файлды қайта импорттаңыз (бұрын импортталған жолдар сонда өткізіледі):</numerusform>
            <numerusform>%n жолды оқу мүмкін болмады; оларды файлда түзетіп, файлды қайта импорттаңыз (бұрын импортталған жолдар сонда өткізіледі):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The branch&apos;s database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
        <translation>Филиал дерекқоры Qamqor бағдарламасының осы нұсқасына сай жаңартылды. Алдын ала бұрынғы дерекқордың көшірмесі мына қалтада сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Жоюға тыйым</translation>
    </message>
    <message>
        <source>A legal hold keeps the record of %1 whole: retention passes it by and it cannot be erased, even at the person&apos;s request, until a director releases the hold.</source>
        <translation>Жоюға тыйым %1 жазбасын толық сақтайды: директор тыйымды алғанша сақтау мерзімі оған қолданылмайды және оны тіпті адамның өз өтініші бойынша да өшіруге болмайды.</translation>
    </message>
    <message>
        <source>&amp;Why (a court case, an investigation; the administrator sees it):</source>
        <translation>&amp;Себебі (сот ісі, тергеу; оны әкімші көреді):</translation>
    </message>
    <message>
        <source>Place the hold</source>
        <translation>Тыйым салу</translation>
    </message>
    <message>
        <source>A legal hold keeps the record of %1 whole. Placed by %2 on %3: %4</source>
        <translation>%1 жазбасын жоюға тыйым салынған. Тыйым салған: %2, %3: %4</translation>
    </message>
    <message>
        <source>&amp;Why it is released (optional):</source>
        <translation>&amp;Тыйымның алыну себебі (міндетті емес):</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Тыйымды алу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Tuberculosis clinic</source>
        <translation>Туберкулезге қарсы диспансер</translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation>АИТВ / ЖИТС орталығы</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation>Көші-қон қызметтері орталығы</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Отбасылық байланыстарды қалпына келтіру</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Басқа қызмет</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Өте шұғыл</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Жоспарлы</translation>
    </message>
    <message>
        <source>Emergency: within 24 hours</source>
        <translation>Өте шұғыл: 24 сағат ішінде</translation>
    </message>
    <message>
        <source>Urgent: within 72 hours</source>
        <translation>Шұғыл: 72 сағат ішінде</translation>
    </message>
    <message>
        <source>Routine: within 2 weeks</source>
        <translation>Жоспарлы: 2 апта ішінде</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Сөйлейтін тілдері</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Acting director</source>
        <translation>Директордың м.а.</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>Директордың орынбасары</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Басқа ұйымға жолданды</translation>
    </message>
    <message>
        <source>Service not provided</source>
        <translation>Қызмет көрсетілмеді</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Жолдама хат</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>Across a letter shown on screen before it is printed: not the original, not a copy.</extracomment>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Жолдаған ұйым</translation>
    </message>
    <message>
        <source>Receiving organisation</source>
        <translation>Қабылдаушы ұйым</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Филиал коды</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Жолданатын адам</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>Сұралатын қызмет</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Please receive the person by</source>
        <translation>Адамды қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Жолдау себебі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>The person named above has agreed that the facts in this letter be shared with %1 for this referral only. Please keep this letter confidential: do not copy it or pass it on.</source>
        <extracomment>%1 is the receiving organisation&apos;s name.</extracomment>
        <translation>Жоғарыда аталған адам осы хаттағы мәліметтердің тек осы жолдама үшін %1 ұйымына берілуіне келісім берді. Осы хаттың құпиялылығын сақтауыңызды сұраймыз: оны көшірмеңіз және басқа біреуге бермеңіз.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Мөр</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>I agree to this referral</source>
        <translation>Осы жолдамаға келісемін</translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation>Қию сызығы</translation>
    </message>
    <message>
        <source>Feedback slip</source>
        <translation>Кері байланыс талоны</translation>
    </message>
    <message>
        <source>Please fill in and return to the branch</source>
        <translation>Толтырып, филиалға қайтаруыңызды сұраймыз</translation>
    </message>
    <message>
        <source>Date the person was seen</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>Аты-жөні және лауазымы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked — enter the password of %1</source>
        <translation>Құлыпталды — %1 құпиясөзін енгізіңіз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Log out (another person can then log in)</source>
        <translation>Шығу (содан кейін басқа адам кіре алады)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Qamqor — log in</source>
        <translation>Qamqor — кіру</translation>
    </message>
    <message>
        <source>Qamqor</source>
        <translation>Qamqor</translation>
    </message>
    <message>
        <source>Branch %1 — %2</source>
        <translation>Филиал %1 — %2</translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation>Пайдаланушы атыңыз бен құпиясөзіңізді енгізіп кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qamqor — %1</source>
        <translation>Qamqor — %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Lock the window until your password is entered (Ctrl+L)</source>
        <translation>Құпиясөзіңіз енгізілгенше терезені құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Log out, so that another person can log in</source>
        <translation>Жүйеден шығу (содан кейін басқа адам кіре алады)</translation>
    </message>
    <message>
        <source>Branch %1 — %2</source>
        <translation>Филиал %1 — %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
</context>
<context>
    <name>MakeReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation>Жолдама ресімдеу</translation>
    </message>
    <message>
        <source>Edit the draft referral</source>
        <translation>Жолдама жобасын өзгерту</translation>
    </message>
    <message>
        <source>Referral for %1</source>
        <translation>Жолдама: %1</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Қызмет:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Қызмет &amp;беруші:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;Шұғылдығы:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Why the person needs this service, in a few words. No diagnosis: the letter names only the service.</source>
        <translation>Адамға бұл қызмет не үшін қажет екенін қысқаша жазыңыз. Диагнозды жазбаңыз: хатта тек қызмет аталады.</translation>
    </message>
    <message>
        <source>No provider of this service is in the directory yet. Add one under Referrals → Service directory.</source>
        <translation>Анықтамалықта бұл қызметтің қызмет берушісі әлі жоқ. Оны Жолдамалар → Қызметтер анықтамалығы бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>What the letter may say about the person</source>
        <translation>Хатта адам туралы көрсетуге болатын мәліметтер</translation>
    </message>
    <message>
        <source>Tick only what the person agreed to share with this provider. The name is always on the letter.</source>
        <translation>Адам осы қызмет берушіге беруге келісім берген мәліметтерді ғана белгілеңіз. Адамның аты хатта әрқашан көрсетіледі.</translation>
    </message>
    <message>
        <source>Make referral</source>
        <translation>Жолдама ресімдеу</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Their consent is recorded.</source>
        <translation>Келісім жазылды.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Қызмет берушіні таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Басқа жазбамен біріктіру</translation>
    </message>
    <message>
        <source>Find the other record of %1 (%2). Its visits, documents and the rest move to this record, and its number keeps finding this person.</source>
        <translation>%1 (%2) адамының басқа жазбасын табыңыз. Оның келулері, құжаттары және қалған деректері осы жазбаға ауысады, ал оның нөмірі бойынша бұрынғыдай осы адам табылады.</translation>
    </message>
    <message>
        <source>Name in any script, phone, document or registration number</source>
        <translation>Кез келген әліпбидегі аты, телефон, құжат немесе тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Merge two records?</source>
        <translation>Екі жазбаны біріктіру керек пе?</translation>
    </message>
    <message>
        <source>%1 (%2) will be merged into %3 (%4), the record open now. Everything it holds moves there, and %2 will find %4. This cannot be undone.</source>
        <translation>%1 (%2) жазбасы қазір ашық тұрған %3 (%4) жазбасына біріктіріледі. Ондағы барлық деректер сонда ауысады, ал %2 нөмірі бойынша %4 табылатын болады. Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
</context>
<context>
    <name>NeedRowEditor</name>
    <message>
        <source>Anyone</source>
        <translation>Кез келген ерікті</translation>
    </message>
    <message>
        <source>Skill or training</source>
        <translation>Дағды немесе оқу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source> volunteer(s)</source>
        <translation> ерікті</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove this need</source>
        <translation>Бұл қажеттілікті жою</translation>
    </message>
</context>
<context>
    <name>NoExchangeAccessPage</name>
    <message>
        <source>Only the administrator exchanges records with HQ, because a bundle carries every record of the branch. Your role (%1) cannot open this part; ask the administrator to send the bundle.</source>
        <translation>Бас кеңсемен жазбалар алмасуды тек әкімші жүргізеді, себебі пакетте филиалдың барлық жазбалары болады. Сіздің рөліңіз (%1) бұл бөлімді аша алмайды; пакетті жіберуді әкімшіден сұраңыз.</translation>
    </message>
</context>
<context>
    <name>NoReferralAccessPage</name>
    <message>
        <source>Your role (%1) has no access to referrals. They are kept for caseworkers and directors, because a referral tells which service a person needs.</source>
        <translation>Сіздің рөліңіздің (%1) жолдамаларға қолжетімділігі жоқ. Олар әлеуметтік қызметкерлер мен директорларға ғана ашық, себебі жолдамадан адамға қандай қызмет қажет екені көрінеді.</translation>
    </message>
</context>
<context>
    <name>NoReportsAccessPage</name>
    <message>
        <source>Your role (%1) has no access to the branch&apos;s figures. Directors and administrators see them; caseworkers see the referral figures.</source>
        <translation>Сіздің рөліңіз (%1) филиалдың көрсеткіштерін көре алмайды. Оларды директорлар мен әкімшілер көреді, ал әлеуметтік қызметкерлер жолдамалар көрсеткіштерін көреді.</translation>
    </message>
</context>
<context>
    <name>NoVisitorAccessPage</name>
    <message>
        <source>Your role (%1) has no access to visitors&apos; records. They are kept for receptionists, caseworkers and directors, so that people who keep volunteers or accounts do not see anyone&apos;s case.</source>
        <translation>Сіздің рөліңіздің (%1) келушілер жазбаларына қолжетімділігі жоқ. Олар тіркеушілерге, әлеуметтік қызметкерлер мен директорларға ғана ашық: еріктілерді немесе тіркелгілерді жүргізетін қызметкерлер ешкімнің ісін көрмеуі тиіс.</translation>
    </message>
</context>
<context>
    <name>NoVolunteerAccessPage</name>
    <message>
        <source>Your role (%1) has no access to volunteers. The register and the shifts are kept by the coordinator; the desk checks volunteers in and out; the director reads them.</source>
        <translation>Сіздің рөліңіздің (%1) еріктілерге қолжетімділігі жоқ. Тізілім мен ауысымдарды үйлестіруші жүргізеді; қабылдау бөлімі еріктілердің келгенін және кеткенін белгілейді; директор оларды қарап шыға алады.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Бұл өрісті бос қалдыруға болмайды.</translation>
    </message>
</context>
<context>
    <name>OpenPlacesModel</name>
    <message>
        <source>Site</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Қажеттілік</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Бос орын</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Move the shift despite the rules?</source>
        <translation>Ережелерге қарамастан ауысымды жылжыту керек пе?</translation>
    </message>
    <message>
        <source>At the new time or site, the volunteers on this shift break these rules:</source>
        <translation>Жаңа уақытта немесе орында осы ауысымдағы еріктілер мына ережелерді бұзады:</translation>
    </message>
    <message>
        <source>&amp;Why go ahead anyway? The reason is kept in the audit trail.</source>
        <translation>Неге бәрібір жалғастырасыз? &amp;Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <source>Assign despite the rules?</source>
        <translation>Ережелерге қарамастан тағайындау керек пе?</translation>
    </message>
    <message>
        <source>Putting %1 on this shift breaks these rules:</source>
        <translation>%1 осы ауысымға тағайындалса, мына ережелер бұзылады:</translation>
    </message>
    <message>
        <source>&amp;Why go ahead anyway? The reason is kept with the assignment.</source>
        <translation>&amp;Неге бәрібір тағайындайсыз? Себебі тағайындаумен бірге сақталады.</translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation>Бәрібір тағайындау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters. A few words that belong together only for you (not a saying or a song) are easy to remember and hard to guess.</source>
        <translation>Құпиясөзде кемінде %1 таңба болуы керек. Тек сіз үшін байланысы бар бірнеше сөз (мақал немесе өлең жолы емес) есте оңай сақталады, ал табу қиын.</translation>
    </message>
    <message>
        <source>The password must not contain the user name: it is the first thing anyone would try.</source>
        <translation>Құпиясөзде пайдаланушы аты болмауы керек: кез келген адам алдымен соны тексереді.</translation>
    </message>
    <message>
        <source>The password must not contain the branch&apos;s name or code: everyone at the branch knows them.</source>
        <translation>Құпиясөзде филиалдың атауы немесе коды болмауы керек: оларды филиалда бәрі біледі.</translation>
    </message>
    <message>
        <source>This password is one of the most common leaked passwords, which are tried first. Choose another: a few unusual words together work well.</source>
        <translation>Бұл құпиясөз ағып кеткен ең жиі құпиясөздердің бірі, оларды бірінші болып тексереді. Басқасын таңдаңыз: бірнеше ерекше сөзді қатар жазу жақсы нәтиже береді.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Сіздің рөліңізге (%1) бұл әрекетке рұқсат жоқ.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Өзгертілген өрістер</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <source>Everything &amp;held…</source>
        <translation>&amp;Сақталған барлық мәлімет…</translation>
    </message>
    <message>
        <source>Everything the branch holds about this person, to give them: print, save as PDF or preview, in Kazakh, Russian or English</source>
        <translation>Филиалда осы адам туралы сақталған барлық мәлімет, оның өзіне беру үшін: қазақ, орыс немесе ағылшын тілінде басып шығару, PDF ретінде сақтау немесе алдын ала қарау</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Жоюға &amp;тыйым…</translation>
    </message>
    <message>
        <source>Erase at their request…</source>
        <translation>Өтініші бойынша өшіру…</translation>
    </message>
    <message>
        <source>Legal hold: kept whole until a director releases it. Placed by %1 on %2: %3</source>
        <translation>Жоюға тыйым: директор алғанша жазба толық сақталады. Тыйым салған: %1, %2: %3</translation>
    </message>
    <message>
        <source>Legal hold: kept whole until a director releases it (placed by %1 on %2).</source>
        <translation>Жоюға тыйым: директор алғанша жазба толық сақталады (тыйым салған: %1, %2).</translation>
    </message>
    <message>
        <source>A legal hold stands: a director must release it first.</source>
        <translation>Жоюға тыйым салынған: алдымен директор оны алуы керек.</translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Тұлға туралы сақталған барлық мәлімет</translation>
    </message>
    <message>
        <source>Everything the branch holds about %1, to give to them: their details, visits, referrals, the letters issued and who saw their restricted information. Choose the language they read.</source>
        <translation>Филиалда %1 туралы сақталған барлық мәлімет, оның өзіне беру үшін: жеке деректері, келулері, жолдамалары, берілген хаттар және шектеулі мәліметін кімнің көргені. Адам оқитын тілді таңдаңыз.</translation>
    </message>
    <message>
        <source>Everything held %1</source>
        <translation>Сақталған барлық мәлімет %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← Back to the search (Esc)</source>
        <translation>← Іздеуге оралу (Esc)</translation>
    </message>
    <message>
        <source>&amp;Log visit… (Ctrl+Shift+V)</source>
        <translation>&amp;Келуді тіркеу… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>Басқа жазбамен &amp;біріктіру…</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Latin spelling:</source>
        <translation>Латынша жазылуы:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation>Шыққан елі:</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Келген күні:</translation>
    </message>
    <message>
        <source>Migration status:</source>
        <translation>Көші-қон мәртебесі:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Languages, documents, household and consent</source>
        <translation>Тілдер, құжаттар, үй шаруашылығы және келісім</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Тілдері:</translation>
    </message>
    <message>
        <source>Identity documents:</source>
        <translation>Жеке басын куәландыратын құжаттар:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Үй шаруашылығы:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Келісім:</translation>
    </message>
    <message>
        <source>Also registered as:</source>
        <translation>Сондай-ақ мына нөмірмен тіркелген:</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>&amp;Show health information</source>
        <translation>&amp;Денсаулық туралы деректерді көрсету</translation>
    </message>
    <message>
        <source>Your viewing is recorded in the audit trail.</source>
        <translation>Сіздің қарағаныңыз аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Make &amp;referral…</source>
        <translation>&amp;Жолдама ресімдеу…</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>No visits logged yet.</source>
        <translation>Әлі бірде-бір келу тіркелмеген.</translation>
    </message>
    <message>
        <source>Anonymised record</source>
        <translation>Иесіздендірілген жазба</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ештеңе енгізілмеген</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Келулер (%n)</numerusform>
            <numerusform>Келулер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals are kept for caseworkers and directors.</source>
        <translation>Жолдамалар тек әлеуметтік қызметкерлер мен директорларға ашық.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Әлі жолдама жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Жолдамалар (%n)</numerusform>
            <numerusform>Жолдамалар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>аудармашы қажет</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, берген: %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, %1 дейін жарамды</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, туған жылы: %1</translation>
    </message>
    <message>
        <source>given on %1 by %2 (wording version %3)</source>
        <translation>%1 берілді, жазған: %2 (мәтін нұсқасы %3)</translation>
    </message>
    <message>
        <source>withdrawn on %1 by %2 (wording version %3)</source>
        <translation>%1 қайтарып алынды, жазған: %2 (мәтін нұсқасы %3)</translation>
    </message>
    <message>
        <source>Restricted health information is recorded.</source>
        <translation>Қолжетімділігі шектеулі денсаулық туралы деректер енгізілген.</translation>
    </message>
    <message>
        <source>No restricted health information is recorded.</source>
        <translation>Қолжетімділігі шектеулі денсаулық туралы деректер енгізілмеген.</translation>
    </message>
    <message>
        <source>Restricted health information is recorded, but your account has not been given the key to it yet. A director or caseworker who holds it gives it to you in Settings; then log in again.</source>
        <translation>Қолжетімділігі шектеулі денсаулық деректері енгізілген, бірақ сіздің тіркелгіңізге олардың кілті әлі берілмеген. Оны ұстайтын директор немесе әлеуметтік қызметкер «Баптаулар» бөлімінде береді; содан кейін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Restricted health information is recorded. Show it only when the person&apos;s care needs it.</source>
        <translation>Қолжетімділігі шектеулі денсаулық туралы деректер енгізілген. Оларды адамға көмек көрсету үшін қажет болғанда ғана ашыңыз.</translation>
    </message>
    <message>
        <source>Recorded (your viewing is in the audit trail):</source>
        <translation>Енгізілген деректер (қарағаныңыз аудит журналына жазылды):</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>Өзгерістер сақталды.</translation>
    </message>
    <message>
        <source>The referral was saved as a draft. A director issues its letter under Referrals.</source>
        <translation>Жолдама жоба ретінде сақталды. Жолдама хатты директор Жолдамалар бөлімінде береді.</translation>
    </message>
    <message>
        <source>%1 was merged into this record.</source>
        <translation>%1 жазбасы осы жазбаға біріктірілді.</translation>
    </message>
    <message>
        <source>The record was anonymised: names, contacts, documents and notes are gone, here at once and at headquarters with the next bundle. It is kept for the statistics only.</source>
        <translation>Жазба иесіздендірілді: аты-жөні, байланыс деректері, құжаттары мен ескертпелері мұнда бірден, ал бас кеңседе келесі топтамамен өшіріледі. Жазба тек статистика үшін сақталады.</translation>
    </message>
    <message>
        <source>The legal hold was placed.</source>
        <translation>Жоюға тыйым салынды.</translation>
    </message>
    <message>
        <source>The legal hold was released.</source>
        <translation>Жоюға тыйым алынды.</translation>
    </message>
</context>
<context>
    <name>PrintPagesDialog</name>
    <message>
        <source>Page &amp;language:</source>
        <translation>Бет &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Қайда жіберу:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Дана саны:</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>A PDF file…</source>
        <translation>PDF файлы…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Дана саны:</translation>
    </message>
    <message>
        <source>Save as PDF files in a folder…</source>
        <translation>Қалтаға PDF файлдары ретінде сақтау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The system&apos;s print command (lp) is missing; save the letter as PDF instead.</source>
        <translation>Жүйенің басып шығару командасы (lp) жоқ; оның орнына хатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the letter: %2</source>
        <translation>%1 принтері хатты қабылдамады: %2</translation>
    </message>
    <message>
        <source>The printer did not take the letter: %1</source>
        <translation>Принтер хатты қабылдамады: %1</translation>
    </message>
    <message>
        <source>The letter could not be shown: %1</source>
        <translation>Хатты көрсету мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Басып шығаруды алдын ала қарау — %1</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider</source>
        <translation>Қызмет берушіні өңдеу</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Қызмет беруші қосу</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;Ағылшынша атауы:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Қызм&amp;ет:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Сөйлейтін тілдері:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>Құ&amp;ны:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Жұмыс уақыты:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>С&amp;ыйымдылығы:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Соңғы тексеру &amp;күні:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Қолданыста:</translation>
    </message>
    <message>
        <source>Language codes, e.g. kk, ru, uz</source>
        <translation>Тіл кодтары, мысалы kk, ru, uz</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Offer this provider for new referrals</source>
        <translation>Бұл қызмет берушіні жаңа жолдамалар үшін ұсыну</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Сыйымдылығы</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Соңғы тексеру</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Filter the directory</source>
        <translation>Анықтамалықтан іздеу</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>Қызмет беруші &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV импорттау…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 сақталды.</translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation>Қызметтер анықтамалығын импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation>Қосылғаны: %1, жаңартылғаны: %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n жол импортталмады:</numerusform>
            <numerusform>%n жол импортталмады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the service directory</source>
        <translation>Қызметтер анықтамалығын экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>%n қызмет беруші экспортталды.</numerusform>
            <numerusform>%n қызмет беруші экспортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A branch is rebuilt from HQ onto a computer&apos;s own data folder; a branch on a database server is restored by the server&apos;s administrator.</source>
        <translation>Филиал штаб-пәтерден компьютердің өз деректер қалтасына қалпына келтіріледі; дерекқор серверіндегі филиалды сервердің әкімшісі қалпына келтіреді.</translation>
    </message>
    <message>
        <source>Recovery request written to %1. Send it to HQ and read this fingerprint to HQ by phone: %2</source>
        <translation>Қалпына келтіру сұрауы %1 файлына жазылды. Оны штаб-пәтерге жіберіп, мына саусақ ізін штаб-пәтерге телефонмен оқып беріңіз: %2</translation>
    </message>
    <message>
        <source>HQ answers with a recovery bundle; then run qamqor init --recover FILE here with the same password.</source>
        <translation>Штаб-пәтер қалпына келтіру бумасын жібереді; содан кейін осында сол құпиясөзбен qamqor init --recover FILE іске қосыңыз.</translation>
    </message>
    <message>
        <source>HQ&apos;s copy holds the branch&apos;s changes through change %1, from bundle %2 (it reached HQ %3). What the lost computer recorded after that bundle never reached HQ and is not here.</source>
        <translation>Штаб-пәтердегі көшірмеде филиалдың %1-өзгеріске дейінгі өзгерістері бар, олар %2 бумасынан алынған (ол штаб-пәтерге %3 жеткен). Жоғалған компьютер сол бумадан кейін жазғандары штаб-пәтерге жетпеген, сондықтан мұнда жоқ.</translation>
    </message>
    <message>
        <source>Nobody here holds the key to health information yet: once a director or caseworker has a password, give it to them with qamqor users grant-health USER --escrow-key FILE (HQ&apos;s escrow key).</source>
        <translation>Денсаулық туралы мәліметтердің кілті әзірге мұнда ешкімде жоқ: директор немесе кейс-қызметкер құпиясөз алғаннан кейін оны qamqor users grant-health USER --escrow-key FILE (штаб-пәтердің сақтаудағы кілті) арқылы беріңіз.</translation>
    </message>
    <message>
        <source>The next bundle for HQ follows the last one HQ accepted; the lost computer&apos;s bundles are refused at HQ.</source>
        <translation>Штаб-пәтерге келесі бума штаб-пәтер қабылдаған соңғы бумадан кейін жалғасады; жоғалған компьютердің бумаларынан штаб-пәтер бас тартады.</translation>
    </message>
    <message numerus="yes">
        <source>Branch %1 is rebuilt in %2 from HQ&apos;s records: %n record(s).</source>
        <translation>
            <numerusform>%1 филиалы %2 қалтасында штаб-пәтердің жазбаларынан қалпына келтірілді: %n жазба.</numerusform>
            <numerusform>%1 филиалы %2 қалтасында штаб-пәтердің жазбаларынан қалпына келтірілді: %n жазба.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff account(s) came back disabled: %1. Set a new password for each (qamqor users passwd USER).</source>
        <translation>
            <numerusform>%n қызметкер тіркелгісі өшірулі күйде қайтарылды: %1. Әрқайсысына жаңа құпиясөз қойыңыз (qamqor users passwd USER).</numerusform>
            <numerusform>%n қызметкер тіркелгісі өшірулі күйде қайтарылды: %1. Әрқайсысына жаңа құпиясөз қойыңыз (qamqor users passwd USER).</numerusform>
        </translation>
    </message>
    <message>
        <source>A branch already exists in %1: a branch is rebuilt only on a computer (or in a data folder) that has none.</source>
        <translation>%1 қалтасында филиал бар: филиал тек филиалы жоқ компьютерде (немесе деректер қалтасында) қалпына келтіріледі.</translation>
    </message>
    <message>
        <source>There is no recovery request in %1: run qamqor recovery-request here first and send its file to HQ.</source>
        <translation>%1 қалтасында қалпына келтіру сұрауы жоқ: алдымен осында qamqor recovery-request іске қосып, оның файлын штаб-пәтерге жіберіңіз.</translation>
    </message>
    <message>
        <source>The recovery request here was made with another password: give the same one.</source>
        <translation>Мұндағы қалпына келтіру сұрауы басқа құпиясөзбен жасалған: сол құпиясөзді беріңіз.</translation>
    </message>
    <message>
        <source>The recovery request here is for branch %1, not %2.</source>
        <translation>Мұндағы қалпына келтіру сұрауы %2 емес, %1 филиалы үшін.</translation>
    </message>
    <message>
        <source>This recovery bundle was made for another request than the one made here: ask HQ for the bundle of this computer&apos;s request.</source>
        <translation>Бұл қалпына келтіру бумасы мұнда жасалған сұрауға емес, басқа сұрауға жасалған: штаб-пәтерден осы компьютердің сұрауына арналған буманы сұраңыз.</translation>
    </message>
    <message>
        <source>The recovery bundle holds records of a kind this program does not know (%1): update Qamqor.</source>
        <translation>Қалпына келтіру бумасында бұл бағдарлама білмейтін жазба түрі бар (%1): Qamqor-ды жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Person:</source>
        <translation>Келуші:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Қызмет беруші:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Қызмет:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Шұғылдығы:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>May be disclosed:</source>
        <translation>Беруге рұқсат етілгені:</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Қадағалау күні:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Тізімнен жолдаманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Draft referral</source>
        <translation>Жолдама жобасы</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — мерзімі өткен</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, пайдаланушы: %3</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>TB clinic</source>
        <translation>Туберкулезге қарсы диспансер</translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation>АИТВ / ЖИТС орталығы</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation>Көші-қон қызметтері орталығы</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Отбасылық байланыстарды қалпына келтіру</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Басқа қызмет</translation>
    </message>
    <message>
        <source>Emergency (24 hours)</source>
        <translation>Өте шұғыл (24 сағат)</translation>
    </message>
    <message>
        <source>Urgent (72 hours)</source>
        <translation>Шұғыл (72 сағат)</translation>
    </message>
    <message>
        <source>Normal (2 weeks)</source>
        <translation>Жоспарлы (2 апта)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Person %1 has not agreed to share their details with services on referral. Ask them, and record their answer first.</source>
        <translation>%1 келушісі жолдама берілгенде деректерін қызметтерге беруге келісім бермеген. Алдымен одан сұрап, жауабын жазыңыз.</translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to share their details with services on referral (%2). A referral needs it: ask them again, and record their answer first.</source>
        <translation>%1 келушісі жолдама берілгенде деректерін қызметтерге беру келісімін қайтарып алды (%2). Жолдамаға ол қажет: қайта сұрап, алдымен жауабын жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation>Белгісіз қызмет санаты %1.</translation>
    </message>
    <message>
        <source>Give the provider a name in at least one language.</source>
        <translation>Қызмет берушінің атауын кемінде бір тілде енгізіңіз.</translation>
    </message>
    <message>
        <source>Capacity cannot be negative.</source>
        <translation>Сыйымдылық теріс бола алмайды.</translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation>Бұл қызмет беруші енді жоқ.</translation>
    </message>
    <message>
        <source>The person or the provider no longer exists.</source>
        <translation>Адам немесе қызмет беруші туралы жазба енді жоқ.</translation>
    </message>
    <message>
        <source>Unknown priority %1.</source>
        <translation>Белгісіз шұғылдық %1.</translation>
    </message>
    <message>
        <source>Unknown fact %1.</source>
        <translation>Белгісіз мәлімет %1.</translation>
    </message>
    <message>
        <source>A letter must at least name the person; ask for their consent to share the name.</source>
        <translation>Хатта кемінде адамның аты көрсетілуі керек; атын беруге оның келісімін сұраңыз.</translation>
    </message>
    <message>
        <source>Only a draft can be changed; this letter is issued.</source>
        <translation>Тек жобаны өзгертуге болады; бұл хат берілген.</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Open it again.</source>
        <translation>Осы уақытта бұл жолдаманы басқа біреу өзгертті. Оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Бұл жолдама енді жоқ.</translation>
    </message>
    <message>
        <source>A letter is issued by the director&apos;s own act.</source>
        <translation>Жолдама хатты директордың өзі береді.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Белгісіз күй %1.</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>“%1” күйіндегі жолдама “%2” күйіне ауыса алмайды.</translation>
    </message>
    <message>
        <source>Give the reason the provider declined.</source>
        <translation>Қызмет берушінің бас тарту себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation>%1 нөмірлі берілген жолдама хат жоқ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>What makes Excel, LibreOffice and Google Sheets read a cell as a formula.</extracomment>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Row %1 of %2 cannot be read (%3). Nothing was imported; correct the file and try again.</source>
        <translation>%2 файлының %1-жолын оқу мүмкін емес (%3). Ештеңе импортталған жоқ; файлды түзетіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>This is not a provider list: the columns %1 are missing.</source>
        <translation>Бұл қызмет берушілер тізімі емес: %1 бағандары жоқ.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number.</source>
        <translation>Сыйымдылық бүтін сан болуы керек.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Мерзімі осы аптада</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Қызмет беруші қабылдады</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Бас тартылды…</translation>
    </message>
    <message>
        <source>Completed…</source>
        <translation>Орындалды…</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Келмеді деп белгілеу</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>Жолдаманың күшін жою…</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(жоба)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — мерзімі өткен</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Мерзімі өткен: соңғы мерзім — %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Жолдама хат</translation>
    </message>
    <message>
        <source>Reg. number</source>
        <translation>Тірк. нөмірі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Қызмет беруші</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Service directory</source>
        <translation>Қызметтер анықтамалығы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Нәтижесін қадағалау…</translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation>Жолдама хатты беру…</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>Беру және басып шығару…</translation>
    </message>
    <message>
        <source>Issues the letter, then asks which printer prints it.</source>
        <translation>Жолдама хатты береді, содан кейін қай принтерде басып шығаруды сұрайды.</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Жобаны өзгерту…</translation>
    </message>
    <message>
        <source>Fixes the letter number and signs the letter with the branch key.</source>
        <translation>Хатқа нөмір береді және оған филиал кілтімен қол қояды.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Басып шығаруды алдын ала қарау…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation>Хат тілі:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <source>Print today&apos;s issued letters…</source>
        <translation>Бүгін берілген хаттарды басып шығару…</translation>
    </message>
    <message numerus="yes">
        <source>Drafts to issue (%n)</source>
        <translation>
            <numerusform>Берілетін жобалар (%n)</numerusform>
            <numerusform>Берілетін жобалар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation>Жоба сақталды.</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Беру және басып шығару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n жолдама</numerusform>
            <numerusform>%n жолдама</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1: күйі енді “%2”.</translation>
    </message>
    <message>
        <source>Declined by the provider</source>
        <translation>Қызмет беруші бас тартты</translation>
    </message>
    <message>
        <source>Why did the provider decline? This is kept with the referral.</source>
        <translation>Қызмет беруші неге бас тартты? Бұл жолдамамен бірге сақталады.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>What was the outcome for the person?</source>
        <translation>Адам үшін нәтижесі қандай болды?</translation>
    </message>
    <message>
        <source>Cancel this referral? It cannot be reopened.</source>
        <translation>Бұл жолдаманың күшін жоясыз ба? Оны қайта ашу мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Record that the person did not attend? This closes the referral.</source>
        <translation>Адам келмеді деп белгілейсіз бе? Бұдан кейін жолдама жабылады.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Ашық қалдыру</translation>
    </message>
    <message>
        <source>The follow-up was saved.</source>
        <translation>Қадағалау деректері сақталды.</translation>
    </message>
    <message>
        <source>Issue the letter?</source>
        <translation>Жолдама хатты бересіз бе?</translation>
    </message>
    <message>
        <source>Issuing gives the referral of %1 to %2 its letter number and signs it with the branch key. What the letter says cannot change afterwards.</source>
        <translation>Берілген кезде жолдамаға (%1 — %2) хат нөмірі беріледі және оған филиал кілтімен қол қойылады. Кейін хаттың мазмұнын өзгерту мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Issue and sign</source>
        <translation>Беру және қол қою</translation>
    </message>
    <message>
        <source>Letter %1 was issued.</source>
        <translation>%1 жолдама хаты берілді.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Хатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Letter %1 was saved as %2.</source>
        <translation>%1 хаты мына файлға сақталды: %2.</translation>
    </message>
    <message>
        <source>Letter %1 was sent to %2.</source>
        <translation>%1 хаты %2 принтеріне жіберілді.</translation>
    </message>
    <message>
        <source>No letters were issued today.</source>
        <translation>Бүгін бірде-бір хат берілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s) issued today.</source>
        <translation>
            <numerusform>Бүгін берілген %n хатты басып шығару.</numerusform>
            <numerusform>Бүгін берілген %n хатты басып шығару.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save today&apos;s letters into</source>
        <translation>Бүгінгі хаттарды сақтайтын қалта</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 letters.</source>
        <translation>%2 хаттың %1 хатынан кейін тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n хат басып шығарылды.</numerusform>
            <numerusform>%n хат басып шығарылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved.</source>
        <translation>
            <numerusform>%n хат сақталды.</numerusform>
            <numerusform>%n хат сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report &amp;language:</source>
        <translation>Есеп &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>PDF (pages to print or send)</source>
        <translation>PDF (басып шығаруға не жіберуге арналған беттер)</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per table, with charts)</source>
        <translation>Excel кітабы (әр кестеге бір парақ, диаграммаларымен)</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Сандар:</translation>
    </message>
    <message>
        <source>Small counts withheld as “&lt;5” (for HQ, donors, anyone outside the branch)</source>
        <translation>Шағын сандар “&lt;5” болып жасырылады (бас кеңсеге, донорларға, филиалдан тыс кез келген адамға)</translation>
    </message>
    <message>
        <source>Exact figures (stays in the branch; recorded in the audit trail)</source>
        <translation>Нақты сандар (филиалда қалады; аудит журналына жазылады)</translation>
    </message>
    <message>
        <source>Exact small counts can point to the very people counted. Do not send this report outside the branch.</source>
        <translation>Нақты шағын сандар есепке алынған адамдардың өздерін әшкерелеуі мүмкін. Бұл есепті филиалдан тыс жерге жібермеңіз.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Қызметкер:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Service &amp;given:</source>
        <translation>Көрсетілген &amp;қызмет:</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Кез келген қызмет</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>Жолданған &amp;қызмет:</translation>
    </message>
    <message>
        <source>Report preview…</source>
        <translation>Есепті алдын ала қарау…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Есепті басып шығару…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Overdue referrals now</source>
        <translation>Қазір мерзімі өткен жолдамалар</translation>
    </message>
    <message>
        <source>Show the overdue referrals</source>
        <translation>Мерзімі өткен жолдамаларды көрсету</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Алғаш</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Қайта</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Алдыңғы кезең</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Бір жыл бұрын</translation>
    </message>
    <message>
        <source>%1. Compared with %2.</source>
        <translation>%1. Салыстыру үшін: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <source>This period has not begun yet: its figures are zeros.</source>
        <translation>Бұл кезең әлі басталған жоқ: оның сандары нөлге тең.</translation>
    </message>
    <message>
        <source>The branch has no visits or referrals yet.</source>
        <translation>Филиалда әлі келулер де, жолдамалар да жоқ.</translation>
    </message>
    <message>
        <source>The branch&apos;s records begin on %1, after this period.</source>
        <translation>Филиалдың жазбалары %1 басталады, яғни осы кезеңнен кейін.</translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation>Аяқталғанға дейінгі күндер (медиана)</translation>
    </message>
    <message>
        <source>Open places on shifts</source>
        <translation>Ауысымдардағы бос орындар</translation>
    </message>
    <message>
        <source>Migrants who became volunteers</source>
        <translation>Ерікті болған мигранттар</translation>
    </message>
    <message>
        <source>Referrals issued or accepted whose due date has passed, today.</source>
        <translation>Берілген не қабылданған, бүгінге қарай мерзімі өтіп кеткен жолдамалар.</translation>
    </message>
    <message>
        <source>%1, month by month</source>
        <translation>%1 — айлар бойынша</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Есепті алдын ала қарау</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Есепті басып шығару</translation>
    </message>
    <message>
        <source>The report of %1, with the filters chosen on this screen.</source>
        <translation>%1 бойынша есеп, осы экранда таңдалған сүзгілермен.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Есеп %1</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Есеп %1 ретінде сақталды.</translation>
    </message>
    <message>
        <source>The report was sent to %1.</source>
        <translation>Есеп %1 принтеріне жіберілді.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Жаңа құпиясөз орнату</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Their old password stops working.</source>
        <translation>%1 (%2) үшін жаңа құпиясөз. Ескі құпиясөзі бұдан былай жарамайды.</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). This also enables the disabled account again.</source>
        <translation>%1 (%2) үшін жаңа құпиясөз. Бұл өшірілген тіркелгіні де қайта қосады.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қ&amp;айталау:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Құпиясөзді орнату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Құпиясөз сақталуда…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>The branch&apos;s records will be those of the backup made %1 (%2). Everything saved since then is replaced; it is first kept aside as a backup of its own, which you can restore again.

Staff accounts, the audit trail and what was sent to HQ stay as they are. Afterwards everyone logs in again.</source>
        <translation>Филиал жазбалары %1 жасалған сақтық көшірмедегідей болады (%2). Содан бері сақталғанның бәрі ауыстырылады; алдымен ол жеке сақтық көшірме ретінде бөлек сақталады, оны қайта қалпына келтіруге болады.

Қызметкер тіркелгілері, аудит журналы және бас кеңсеге жіберілгендер өзгермейді. Содан кейін бәрі қайта кіреді.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Сіздің &amp;құпиясөзіңіз:</translation>
    </message>
    <message>
        <source>Only if Qamqor says that the backup is older than your key: the account of someone who had one when it was made.</source>
        <translation>Тек Qamqor сақтық көшірме сіздің кілтіңізден ескі деп айтса ғана: көшірме жасалған кезде кілті болған адамның тіркелгісі.</translation>
    </message>
    <message>
        <source>Their &amp;user name:</source>
        <translation>Оның &amp;пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Their pass&amp;word:</source>
        <translation>Оның құпия&amp;сөзі:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation>Сақтық көшірмені қалпына келтіру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>This record was anonymised on %1: it is kept for the statistics only and cannot be changed.</source>
        <translation>Бұл жазба %1 күні иесіздендірілген: ол тек статистика үшін сақталады және оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 months.</source>
        <extracomment>What anonymising changes, for the views: people (and other people&apos;s household lines), their visits&apos; notes, their referrals; not named one by one.</extracomment>
        <translation>Сақтау мерзімі %1 айдан %2 айға дейін болуы керек.</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Сақтау мерзімі өтті</translation>
    </message>
    <message>
        <source>At the person&apos;s request</source>
        <translation>Адамның өтініші бойынша</translation>
    </message>
    <message>
        <source>Applied at headquarters</source>
        <translation>Бас кеңседе қолданылды</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Келулер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Hold placed by</source>
        <translation>Тыйым салған</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Растаған</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Өзгертілген жазбалар</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention of people&apos;s records</source>
        <translation>Адамдар жазбаларының сақталу мерзімі</translation>
    </message>
    <message>
        <source>A person with no activity (no visit, no referral, no change to their record) for the retention period is anonymised once you confirm: their names, contacts, identity documents and notes are removed here and, with the next bundle, at headquarters. What the statistics count stays. Backups older than the period are deleted, so an anonymised person leaves every copy within that time. People under a legal hold are kept; a director places and releases holds.</source>
        <translation>Сақтау мерзімі ішінде ешқандай әрекет болмаған адам (келмеген, жолдама берілмеген, жазбасы өзгертілмеген) сіз растағаннан кейін иесіздендіріледі: оның аты-жөні, байланыс деректері, жеке басын куәландыратын құжаттары мен ескертпелері мұнда, ал келесі топтамамен бас кеңседе де өшіріледі. Статистикаға қажеттісі қалады. Осы мерзімнен ескі сақтық көшірмелер жойылады, сондықтан иесіздендірілген адам сол уақыт ішінде барлық көшірмеден кетеді. Жоюға тыйым салынған адамдар сақталады; тыйымды директор салады және алады.</translation>
    </message>
    <message>
        <source>&amp;Keep a record for</source>
        <translation>&amp;Жазбаны сақтау мерзімі:</translation>
    </message>
    <message>
        <source>months after its last activity</source>
        <translation>ай (соңғы әрекеттен кейін)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation>Иесіздендіру мерзімі жеткендер</translation>
    </message>
    <message>
        <source>Kept by a legal hold</source>
        <translation>Жоюға тыйым бойынша сақталатындар</translation>
    </message>
    <message>
        <source>Anonymised before</source>
        <translation>Бұрын иесіздендірілгендер</translation>
    </message>
    <message>
        <source>The purge log: what was anonymised and when, never whom.</source>
        <translation>Тазарту журналы: не және қашан иесіздендірілгені жазылады, кім екені ешқашан жазылмайды.</translation>
    </message>
    <message>
        <source>Reading when each person&apos;s record was last used…</source>
        <translation>Әр адамның жазбасы соңғы рет қашан пайдаланылғаны оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) had no activity since before %1. Their registration numbers and dates are listed; the names stay in the case records.</source>
        <translation>
            <numerusform>%1 күнінен бері %n адам бойынша ешқандай әрекет болмаған. Мұнда олардың тіркеу нөмірлері мен күндері ғана көрсетілген; аты-жөндері іс жазбаларында қалады.</numerusform>
            <numerusform>%1 күнінен бері %n адам бойынша ешқандай әрекет болмаған. Мұнда олардың тіркеу нөмірлері мен күндері ғана көрсетілген; аты-жөндері іс жазбаларында қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due: everyone had some activity since %1.</source>
        <translation>Иесіздендіру мерзімі ешкімге жеткен жоқ: %1 күнінен бері әркім бойынша бір әрекет болған.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)…</source>
        <translation>
            <numerusform>%n адамды иесіздендіру…</numerusform>
            <numerusform>%n адамды иесіздендіру…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept by a legal hold (%n)</source>
        <translation>
            <numerusform>Жоюға тыйым бойынша сақталатындар (%n)</numerusform>
            <numerusform>Жоюға тыйым бойынша сақталатындар (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records are now kept %n month(s) after their last activity.</source>
        <translation>
            <numerusform>Жазбалар енді соңғы әрекеттен кейін %n ай сақталады.</numerusform>
            <numerusform>Жазбалар енді соңғы әрекеттен кейін %n ай сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise these records?</source>
        <translation>Бұл жазбаларды иесіздендіру керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>The names, contacts, documents and notes of the %n person(s) listed will be removed for good, here and at headquarters with the next bundle. Anyone who came back since this list was made is left as they are. This cannot be undone.</source>
        <translation>
            <numerusform>Тізімдегі %n адамның аты-жөні, байланыс деректері, құжаттары мен ескертпелері мұнда және келесі топтамамен бас кеңседе біржола өшіріледі. Тізім жасалғаннан кейін қайта келгендерге тиіспейді. Мұны қайтару мүмкін емес.</numerusform>
            <numerusform>Тізімдегі %n адамның аты-жөні, байланыс деректері, құжаттары мен ескертпелері мұнда және келесі топтамамен бас кеңседе біржола өшіріледі. Тізім жасалғаннан кейін қайта келгендерге тиіспейді. Мұны қайтару мүмкін емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Иесіздендіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Иесіздендірілуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n адам иесіздендірілді.</numerusform>
            <numerusform>%n адам иесіздендірілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>There is no visitor %1.</source>
        <extracomment>Audit actions that are a viewing of what a person&apos;s record restricts.</extracomment>
        <translation>%1 нөмірлі келуші жоқ.</translation>
    </message>
    <message>
        <source>Say why the record must be kept (a court case, an investigation).</source>
        <translation>Жазбаның неге сақталуы керегін жазыңыз (сот ісі, тергеу).</translation>
    </message>
    <message>
        <source>This record was anonymised: there is nothing left to hold.</source>
        <translation>Бұл жазба иесіздендірілген: сақтайтын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>A legal hold already stands on this record.</source>
        <translation>Бұл жазбаны жоюға тыйым әлдеқашан салынған.</translation>
    </message>
    <message>
        <source>No legal hold stands on this record.</source>
        <translation>Бұл жазбаны жоюға тыйым салынбаған.</translation>
    </message>
    <message>
        <source>Say why the record is erased (for example: the person asked on 12.03.2026).</source>
        <translation>Жазбаның неге өшірілетінін жазыңыз (мысалы: адам 12.03.2026 күні сұрады).</translation>
    </message>
    <message>
        <source>This record was anonymised on %1 already.</source>
        <translation>Бұл жазба %1 күні иесіздендірілген.</translation>
    </message>
    <message>
        <source>A legal hold keeps this record whole: %1 (placed by %2 on %3). A director must release it before the record can be erased.</source>
        <translation>Бұл жазбаны жоюға тыйым салынған: %1 (тыйым салған: %2, %3). Жазбаны өшіру үшін алдымен директор тыйымды алуы керек.</translation>
    </message>
    <message>
        <source>This person is also volunteer %1, whose record reads their name from this one. Ask the coordinator to remove the volunteer first.</source>
        <translation>Бұл адам — %1 еріктісі де, оның еріктілер тізіміндегі аты-жөні осы жазбадан алынады. Алдымен үйлестірушіден еріктіні тізімнен алып тастауды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Әлеуметтік қызметкер</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Hours by volunteer and month</source>
        <translation>Еріктілер мен айлар бойынша сағат</translation>
    </message>
    <message>
        <source>Completed shifts</source>
        <translation>Орындалған ауысымдар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>әлі расталмаған</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>Weekly roster</source>
        <translation>Апталық ауысымдар кестесі</translation>
    </message>
    <message>
        <source>Daily sign-in sheet</source>
        <translation>Күнделікті келу-кету парағы</translation>
    </message>
    <message>
        <source>Volunteer service record</source>
        <translation>Еріктілік қызмет туралы анықтама</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>%1 is the ISO week, e.g. 2026-W48.</extracomment>
        <translation>Апта: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>continued</source>
        <extracomment>Beside a site&apos;s name on the page its row runs over to.</extracomment>
        <translation>жалғасы</translation>
    </message>
    <message>
        <source>No shifts planned this week.</source>
        <translation>Бұл аптаға ауысымдар жоспарланбаған.</translation>
    </message>
    <message>
        <source>No shifts planned on this day.</source>
        <translation>Бұл күнге ауысымдар жоспарланбаған.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>places nobody fills yet: find a volunteer</source>
        <translation>әлі ешкім толтырмаған бос орындар: ерікті табыңыз</translation>
    </message>
    <message>
        <source>how many volunteers with this skill or language the shift needs</source>
        <translation>ауысымға осы дағдысы немесе тілі бар қанша ерікті қажет</translation>
    </message>
    <message>
        <source>volunteer assigned who has not confirmed yet</source>
        <translation>тағайындалған, бірақ әлі растамаған ерікті</translation>
    </message>
    <message>
        <source>volunteers who declined or did not come leave the place open</source>
        <translation>бас тартқан немесе келмеген еріктілердің орны бос қалады</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспар бойынша</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Келген уақыты</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Кеткен уақыты</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Volunteers who came without being planned: write them in the empty rows.</source>
        <translation>Жоспарда жоқ, бірақ келген еріктілерді бос жолдарға жазыңыз.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ерікті</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Барлық сағат</translation>
    </message>
    <message>
        <source>No completed shifts in this period.</source>
        <translation>Бұл кезеңде орындалған ауысымдар жоқ.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Өткен оқулар</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>%1 gave volunteer service to %2 in the period shown and completed the shifts listed below.</source>
        <extracomment>%1 is the volunteer&apos;s name, %2 the branch&apos;s.</extracomment>
        <translation>%1 көрсетілген кезеңде «%2» ұйымына еріктілік көмек көрсетіп, төменде көрсетілген ауысымдарды орындады.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>М. О.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n бос орын</numerusform>
            <numerusform>%n бос орын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n ауысым</numerusform>
            <numerusform>%n ауысым</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>Әрекетсіз кезде құлыптау уақыты 1-ден 60 минутқа дейін болуы керек.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Applies at once and is remembered on this computer.</source>
        <translation>Бірден қолданылады және осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Әрекетсіз кезде құлыптау</translation>
    </message>
    <message>
        <source>Lock after (&amp;minutes):</source>
        <translation>Құлыптау уақыты (&amp;минут):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use, and at once with Ctrl+L.</source>
        <translation>
            <numerusform>Терезе %n минут әрекетсіз тұрғаннан кейін, ал Ctrl+L басқанда бірден құлыпталады.</numerusform>
            <numerusform>Терезе %n минут әрекетсіз тұрғаннан кейін, ал Ctrl+L басқанда бірден құлыпталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Құпиясөзіңіз</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Жаңа құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>This branch&apos;s files (encrypted database, key file, backups) and this computer&apos;s settings are kept in:</source>
        <translation>Осы филиалдың файлдары (шифрланған дерекқор, кілт файлы, сақтық көшірмелер) және осы компьютердің баптаулары мына қалтада сақталады:</translation>
    </message>
    <message>
        <source>The records themselves are on the database server %1.</source>
        <translation>Жазбалардың өзі %1 дерекқор серверінде сақталады.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ағымдағы құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Жаңа құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Құпиясөзіңіз өзгертілді. Енді жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Құпиясөз өзгертілуде…</translation>
    </message>
</context>
<context>
    <name>SharingConsentDialog</name>
    <message>
        <source>Consent to share details</source>
        <translation>Деректерді беруге келісім</translation>
    </message>
</context>
<context>
    <name>SharingConsentPanel</name>
    <message>
        <source>Person %1 has not been asked whether their details may be shared with services on referral. A referral needs their consent.</source>
        <translation>%1 келушісінен жолдама берілгенде деректерін қызметтерге беруге бола ма деп әлі сұралмаған. Жолдама үшін оның келісімі қажет.</translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to share their details with services on referral on %2 (recorded by %3). A referral needs it: ask them again.</source>
        <translation>%1 келушісі %2 күні жолдама берілгенде деректерін қызметтерге беру келісімін қайтарып алды (жазған: %3). Жолдамаға ол қажет: қайта сұраңыз.</translation>
    </message>
    <message>
        <source>Person %1 agreed to share their details on referral.</source>
        <translation>%1 келушісі жолдама берілгенде деректерін беруге келісті.</translation>
    </message>
    <message>
        <source>Read this to the person (wording version %1):</source>
        <translation>Келушіге оқып беріңіз (мәтін нұсқасы %1):</translation>
    </message>
    <message>
        <source>The person &amp;agrees</source>
        <translation>Келуші &amp;келіседі</translation>
    </message>
    <message>
        <source>The person does &amp;not agree</source>
        <translation>Келуші келіс&amp;пейді</translation>
    </message>
    <message>
        <source>Their consent is recorded.</source>
        <translation>Келісім жазылды.</translation>
    </message>
    <message>
        <source>Their answer is recorded: no referral can be made without it.</source>
        <translation>Жауап жазылды: келісімсіз жолдама ресімдеуге болмайды.</translation>
    </message>
</context>
<context>
    <name>ShiftChooser</name>
    <message>
        <source>New shift here…</source>
        <translation>Осы жерде жаңа ауысым…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation>Жаңа ауысым</translation>
    </message>
    <message>
        <source>Shift — %1, %2, %3</source>
        <translation>Ауысым — %1, %2, %3</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Еріктілер</translation>
    </message>
    <message>
        <source>Save the shift first.</source>
        <translation>Алдымен ауысымды сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Орын:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>e.g. Registration desk, morning</source>
        <translation>мысалы, Тіркеу үстелі, таңғы</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Who the shift needs: anyone, a skill or certificate, or someone who speaks a language; and how many of each.</source>
        <translation>Ауысымға кім қажет: кез келген ерікті, белгілі бір дағдысы не сертификаты бар адам немесе белгілі бір тілді білетін адам; және әрқайсысынан қанша адам.</translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation>Қажеттілік &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;People on this shift:</source>
        <translation>Осы ауысымдағы &amp;адамдар:</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>&amp;Расталды</translation>
    </message>
    <message>
        <source>D&amp;eclined</source>
        <translation>Бас &amp;тартылды</translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation>&amp;Орындалды</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>Кел&amp;меді</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Келгенін белгілеу</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Кеткенін &amp;белгілеу</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Сағат…</translation>
    </message>
    <message>
        <source>Assign a volunteer</source>
        <translation>Ерікті тағайындау</translation>
    </message>
    <message>
        <source>Find any active volunteer: name, number or phone</source>
        <translation>Кез келген белсенді еріктіні іздеу: аты, нөмірі немесе телефоны</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Тағайындау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose the site. Sites are added with “Sites…” on the week plan.</source>
        <translation>Орынды таңдаңыз. Орындар апта жоспарындағы «Орындар…» арқылы қосылады.</translation>
    </message>
    <message>
        <source>The shift must end at another time than it starts.</source>
        <translation>Ауысымның аяқталу уақыты басталу уақытынан өзгеше болуы керек.</translation>
    </message>
    <message>
        <source>Add at least one need: how many volunteers the shift needs.</source>
        <translation>Кемінде бір қажеттілік қосыңыз: ауысымға қанша ерікті қажет екенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The same need is there twice: put it once, with the total number.</source>
        <translation>Бір қажеттілік екі рет көрсетілген: оны жалпы санымен бір рет қана көрсетіңіз.</translation>
    </message>
    <message>
        <source>ends the next day</source>
        <translation>келесі күні аяқталады</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ.</translation>
    </message>
    <message>
        <source>%1 of %2 volunteers</source>
        <translation>Еріктілер: %2 ішінен %1</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not filled</source>
        <translation>
            <numerusform>%n орын толтырылмады</numerusform>
            <numerusform>%n орын толтырылмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n бос орын</numerusform>
            <numerusform>%n бос орын</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ішінен %2</translation>
    </message>
    <message>
        <source>night shift</source>
        <translation>түнгі ауысым</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1: күйі енді “%2”.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation>%1: келгені белгіленді, уақыты %2.</translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 h.</source>
        <translation>%1: кеткені белгіленді, уақыты %2, барлығы %3 сағ.</translation>
    </message>
    <message>
        <source>%1 h credited to %2.</source>
        <translation>%2: %1 сағ. есептелді.</translation>
    </message>
    <message>
        <source>Active volunteers matching “%1”:</source>
        <translation>“%1” сұрауына сәйкес белсенді еріктілер:</translation>
    </message>
    <message>
        <source>&amp;Suggested for the open places (best first):</source>
        <translation>Бос орындарға &amp;ұсынылатындар (ең лайықтылары басында):</translation>
    </message>
    <message>
        <source>The shift is full. &amp;Suggested all the same:</source>
        <translation>Ауысымда бос орын жоқ. Соған қарамастан &amp;ұсынылатындар:</translation>
    </message>
    <message>
        <source>%1 is on the shift.</source>
        <translation>%1 ауысымға тағайындалды.</translation>
    </message>
</context>
<context>
    <name>ShiftMessages</name>
    <message>
        <source>Hello, %1! Your coming Red Crescent shifts:</source>
        <translation>Сәлеметсіз бе, %1! Қызыл Жарты Айдағы алдағы ауысымдарыңыз:</translation>
    </message>
    <message>
        <source>Hello, %1! You have no Red Crescent shifts planned for now.</source>
        <translation>Сәлеметсіз бе, %1! Әзірге Қызыл Жарты Айда сізге жоспарланған ауысым жоқ.</translation>
    </message>
    <message>
        <source>%1 %2, %3–%4, %5</source>
        <translation>%1 %2, %3–%4, %5</translation>
    </message>
    <message>
        <source>If you cannot come, please tell the coordinator.</source>
        <translation>Келе алмайтын болсаңыз, үйлестірушіге хабарлауыңызды өтінеміз.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Дс</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Сс</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Бс</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Жм</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сн</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Жк</translation>
    </message>
</context>
<context>
    <name>ShiftRules</name>
    <message>
        <source>Volunteer not active</source>
        <extracomment>proficiencies good enough to work in a language (a language need, language cover) every rule by its code, with a label for lists and the audit view</extracomment>
        <translation>Ерікті белсенді емес</translation>
    </message>
    <message>
        <source>Already on this shift</source>
        <translation>Осы ауысымға тағайындалған</translation>
    </message>
    <message>
        <source>Shift already full</source>
        <translation>Ауысымда бос орын жоқ</translation>
    </message>
    <message>
        <source>Overlapping shifts</source>
        <translation>Ауысымдар уақыты қабаттасады</translation>
    </message>
    <message>
        <source>Too little rest between shifts</source>
        <translation>Ауысымдар арасындағы демалыс тым аз</translation>
    </message>
    <message>
        <source>Too many hours in a day</source>
        <translation>Бір күндегі сағат тым көп</translation>
    </message>
    <message>
        <source>Too many hours in a week</source>
        <translation>Бір аптадағы сағат тым көп</translation>
    </message>
    <message>
        <source>Outside the volunteer&apos;s availability</source>
        <translation>Еріктінің бос уақытынан тыс</translation>
    </message>
    <message>
        <source>On a date the volunteer cannot come</source>
        <translation>Ерікті келе алмайтын күн</translation>
    </message>
    <message>
        <source>Required training missing or expired</source>
        <translation>Қажетті оқу жоқ немесе мерзімі өткен</translation>
    </message>
    <message>
        <source>Under 18 on a night shift</source>
        <translation>18 жасқа толмаған ерікті түнгі ауысымда</translation>
    </message>
    <message>
        <source>Under 18 with no adult on the shift</source>
        <translation>18 жасқа толмаған, ауысымда ересек жоқ</translation>
    </message>
    <message>
        <source>%1 is not active at the moment (paused or left).</source>
        <translation>%1 қазір белсенді емес (үзілісте немесе кеткен).</translation>
    </message>
    <message>
        <source>%1 is already on this shift.</source>
        <translation>%1 осы ауысымға тағайындалған.</translation>
    </message>
    <message>
        <source>%1 is already on another shift at that time (%2).</source>
        <translation>%1 осы уақытта басқа ауысымда (%2).</translation>
    </message>
    <message>
        <source>Less than %1 hours&apos; rest between this shift and the one of %2.</source>
        <translation>Осы ауысым мен %2 ауысымының арасындағы демалыс %1 сағаттан аз.</translation>
    </message>
    <message>
        <source>More than %1 hours on %2: %3 hours with this shift.</source>
        <translation>%2 күні %1 сағаттан көп: осы ауысыммен %3 сағат.</translation>
    </message>
    <message>
        <source>More than %1 hours in the week of %2: %3 hours with this shift.</source>
        <translation>%2 аптасында %1 сағаттан көп: осы ауысыммен %3 сағат.</translation>
    </message>
    <message>
        <source>%1 is not available at this time on %2.</source>
        <translation>%1 %2 күні бұл уақытта бос емес.</translation>
    </message>
    <message>
        <source>%1 has marked %2 as a day they cannot come.</source>
        <translation>%1 %2 күні келе алмайтынын белгілеген.</translation>
    </message>
    <message>
        <source>This shift needs %1; the certificate of %2 expired on %3.</source>
        <translation>Бұл ауысымға %1 қажет; %2 сертификатының мерзімі %3 аяқталған.</translation>
    </message>
    <message>
        <source>This shift needs %1, and %2 has no valid certificate for it.</source>
        <translation>Бұл ауысымға %1 қажет, ал %2 үшін жарамды сертификат жоқ.</translation>
    </message>
    <message>
        <source>%1 is under 18 and this is a night shift.</source>
        <translation>%1 18 жасқа толмаған, ал бұл түнгі ауысым.</translation>
    </message>
    <message>
        <source>%1 is under 18 and no adult is on this shift yet.</source>
        <translation>%1 18 жасқа толмаған, ал бұл ауысымда әзірге ересек ешкім жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>This shift already has the %n volunteer(s) it needs.</source>
        <translation>
            <numerusform>Бұл ауысымға қажетті %n ерікті тағайындалып қойған.</numerusform>
            <numerusform>Бұл ауысымға қажетті %n ерікті тағайындалып қойған.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftTextDialog</name>
    <message>
        <source>Shifts of %1 as text</source>
        <translation>Ауысымдар мәтін түрінде: %1</translation>
    </message>
    <message>
        <source>The coming two weeks&apos; shifts, ready to paste into an SMS or a messenger. Choose the language the volunteer reads.</source>
        <translation>Алдағы екі аптадағы ауысымдар, SMS-ке немесе мессенджерге қоюға дайын. Ерікті оқитын тілді таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>Мәтін &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Copied. Paste it into the message to the volunteer.</source>
        <translation>Көшірілді. Оны еріктіге жіберетін хабарламаға қойыңыз.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кез келген ерікті</translation>
    </message>
    <message>
        <source>A shift needs at least one volunteer.</source>
        <translation>Ауысымға кемінде бір ерікті қажет.</translation>
    </message>
    <message>
        <source>Unknown need %1.</source>
        <translation>Белгісіз қажеттілік: %1.</translation>
    </message>
    <message>
        <source>Each need is for 1 to 99 volunteers.</source>
        <translation>Әр қажеттілік 1-ден 99-ға дейін еріктіге арналады.</translation>
    </message>
    <message>
        <source>Hours a day: 1 to 24; a week: 1 to 168; rest: 0 to 24.</source>
        <translation>Күніне сағат: 1–24; аптасына: 1–168; демалыс: 0–24.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Орынның атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Бұл орын енді жоқ.</translation>
    </message>
    <message>
        <source>A shift must end after it starts.</source>
        <translation>Ауысым басталғаннан кейін аяқталуы керек.</translation>
    </message>
    <message>
        <source>A shift cannot be longer than %1 hours.</source>
        <translation>Ауысым %1 сағаттан ұзақ бола алмайды.</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>Бұл ауысым енді жоқ.</translation>
    </message>
    <message>
        <source>Someone else changed this shift meanwhile. Open it again.</source>
        <translation>Осы уақытта бұл ауысымды басқа біреу өзгертті. Оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Volunteers have completed this shift; it stays for their hours.</source>
        <translation>Еріктілер бұл ауысымды орындап қойған; олардың сағаттары есепте қалуы үшін ауысым сақталады.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Апта күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>This weekly shift no longer exists.</source>
        <translation>Бұл апта сайынғы ауысым енді жоқ.</translation>
    </message>
    <message>
        <source>Choose a period of at most a year.</source>
        <translation>Ұзақтығы бір жылдан аспайтын кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <source>Cancelled: no shift was made from the templates.</source>
        <translation>Тоқтатылды: үлгілерден бірде-бір ауысым жасалмады.</translation>
    </message>
    <message>
        <source>There is no such week.</source>
        <translation>Мұндай апта жоқ.</translation>
    </message>
    <message>
        <source>Choose another week to copy to.</source>
        <translation>Көшіру үшін басқа аптаны таңдаңыз.</translation>
    </message>
    <message>
        <source>This volunteer&apos;s record no longer exists.</source>
        <translation>Бұл еріктінің жазбасы енді жоқ.</translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation>Бұл тағайындау енді жоқ.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Белгісіз күй: %1.</translation>
    </message>
    <message>
        <source>An assignment that is “%1” cannot become “%2”.</source>
        <translation>“%1” күйіндегі тағайындауды “%2” күйіне ауыстыру мүмкін емес.</translation>
    </message>
    <message>
        <source>This shift starts at %1: it cannot be “%2” before it has started.</source>
        <translation>Бұл ауысым %1 басталады: ол басталмай тұрып «%2» бола алмайды.</translation>
    </message>
    <message>
        <source>An assignment that is “%1” cannot be checked in.</source>
        <translation>“%1” күйіндегі тағайындау бойынша келгенін белгілеу мүмкін емес.</translation>
    </message>
    <message>
        <source>Already checked in at %1.</source>
        <translation>Келгені белгіленіп қойған, уақыты: %1.</translation>
    </message>
    <message>
        <source>Check the volunteer in first.</source>
        <translation>Алдымен еріктінің келгенін белгілеңіз.</translation>
    </message>
    <message>
        <source>Check-out cannot be before check-in.</source>
        <translation>Кету уақыты келу уақытынан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation>Сағат саны 0 мен %1 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Say why the hours are set by hand.</source>
        <translation>Сағаттың неге қолмен енгізілгенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A declined assignment has no hours.</source>
        <translation>Бас тартылған тағайындауда сағат болмайды.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Белгісіз тіл %1.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Орынды өзгерту</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Орын қосу</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>In use: offer it for new shifts</source>
        <translation>Қолданыста: жаңа ауысымдар үшін ұсыну</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>Орын &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 сақталды.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Holds the key</source>
        <translation>Кілт бар</translation>
    </message>
    <message>
        <source>Waiting for the key</source>
        <translation>Кілтті күтуде</translation>
    </message>
    <message>
        <source>A director or caseworker who holds the key to restricted health information gives it on their Settings page. The administrator cannot.</source>
        <translation>Қолжетімділігі шектеулі денсаулық деректерінің кілтін ұстайтын директор немесе әлеуметтік қызметкер оны өзінің «Баптаулар» бетінде береді. Әкімші бере алмайды.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Көрсетілетін аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Денсаулық деректері</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add a user…</source>
        <translation>Пайдаланушы қосу…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Жаңа құпиясөз орнату…</translation>
    </message>
    <message>
        <source>Also enables a disabled account again.</source>
        <translation>Өшірілген тіркелгіні де қайта қосады.</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Өшіру…</translation>
    </message>
    <message numerus="yes">
        <source>%n active user(s)</source>
        <translation>
            <numerusform>%n белсенді пайдаланушы</numerusform>
            <numerusform>%n белсенді пайдаланушы</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation>%1 енді %2 атымен кіре алады.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 құпиясөзі өзгертілді.</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 тіркелгісін өшіру керек пе?</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
        <translation>%1 (%2) бұдан былай жүйеге кіре алмайды.

Содан кейін Qamqor дерекқорға жаңа кілт береді: осы сәттен бастап жасалған дерекқор көшірмелерін бұл пайдаланушының құпиясөзімен ашу мүмкін болмайды. Тіркелгіні кейін жаңа құпиясөз орнатып, қайта қосуға болады.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>%1 was disabled; the database has a new key.</source>
        <translation>%1 тіркелгісі өшірілді; дерекқордың кілті жаңартылды.</translation>
    </message>
    <message>
        <source>Nobody at the branch holds the key to restricted health information any more: only HQ&apos;s escrow key does. Ask HQ to give it to the new director (qamqor users grant-health).</source>
        <translation>Филиалда енді ешкімде қолжетімділігі шектеулі денсаулық деректерінің кілті жоқ: ол тек бас кеңсенің резервтік кілтінде бар. Бас кеңседен оны жаңа директорға беруді сұраңыз (qamqor users grant-health).</translation>
    </message>
    <message>
        <source>Disabling %1 and giving the database a new key…</source>
        <translation>%1 өшірілуде, дерекқордың кілті жаңартылуда…</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Figures across branches</source>
        <translation>Филиалдар бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Барлық филиалдар</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Жасалған күні: %1</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are withheld and shown as “&lt;5”.</source>
        <translation>1-ден 4-ке дейінгі сандар жасырылып, “&lt;5” болып көрсетілген.</translation>
    </message>
    <message>
        <source>Exact figures: small counts are not withheld. Do not send this report outside headquarters.</source>
        <translation>Нақты сандар: шағын сандар жасырылмаған. Бұл есепті орталық кеңседен тыс жерге жібермеңіз.</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Сандар қалай есептеледі</translation>
    </message>
    <message>
        <source>Countries, statuses, needs and services are named by their codes, as in every branch&apos;s CSV report.</source>
        <translation>Елдер, мәртебелер, қажеттіліктер мен қызметтер әр филиалдың CSV есебіндегідей кодтарымен берілген.</translation>
    </message>
    <message>
        <source>The period ends (%2) before it starts (%1).</source>
        <extracomment>referral statuses a made (issued) referral can have now</extracomment>
        <translation>Кезең басталмай (%1) тұрып аяқталады (%2).</translation>
    </message>
    <message>
        <source>There is no period %1: write a month like 2026-11, a quarter like 2026-Q4 or a year like 2026.</source>
        <translation>%1 деген кезең жоқ: айды 2026-11, тоқсанды 2026-Q4, жылды 2026 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>Белгісіз қызмет: %1.</translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation>Белгісіз қызмет санаты: %1.</translation>
    </message>
    <message>
        <source>Age bands need at least two ages, each older than the one before, from 0 to 120.</source>
        <translation>Жас топтарына кемінде екі шекара керек, әрқайсысы алдыңғысынан үлкен, 0-ден 120-ға дейін.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Қамтылған адамдар</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Алғаш келгендер</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>Қайта келгендер</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Келулер</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Берілген жолдамалар</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>Аяқталған жолдамалар</translation>
    </message>
    <message>
        <source>Active volunteers (8 hours or more)</source>
        <translation>Белсенді еріктілер (8 сағат және одан көп)</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Еріктілердің сағаттары</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Жынысы бойынша</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Жасы бойынша</translation>
    </message>
    <message>
        <source>By age (FDRS bands)</source>
        <translation>Жасы бойынша (FDRS топтары)</translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation>Азаматтығы бойынша</translation>
    </message>
    <message>
        <source>By migration status</source>
        <translation>Көші-қон мәртебесі бойынша</translation>
    </message>
    <message>
        <source>By need</source>
        <translation>Қажеттілігі бойынша</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Қызметі бойынша</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Мәртебесі бойынша</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>&lt;5</source>
        <translation>&lt;5</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Алдыңғы кезең</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Бір жыл бұрын</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation>Адамдар жынысы бойынша</translation>
    </message>
    <message>
        <source>People by age</source>
        <translation>Адамдар жасы бойынша</translation>
    </message>
    <message>
        <source>People by citizenship</source>
        <translation>Адамдар азаматтығы бойынша</translation>
    </message>
    <message>
        <source>People by status</source>
        <translation>Адамдар мәртебесі бойынша</translation>
    </message>
    <message>
        <source>People by service</source>
        <translation>Адамдар қызмет бойынша</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Жолдамалар қызмет бойынша</translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation>Жолдамалар мәртебе бойынша</translation>
    </message>
    <message>
        <source>Completed by service</source>
        <translation>Аяқталғандар қызмет бойынша</translation>
    </message>
    <message>
        <source>Volunteers by sex</source>
        <translation>Еріктілер жынысы бойынша</translation>
    </message>
    <message>
        <source>Volunteers by age</source>
        <translation>Еріктілер жасы бойынша</translation>
    </message>
    <message>
        <source>Hours by sex</source>
        <translation>Сағаттар жынысы бойынша</translation>
    </message>
    <message>
        <source>Hours by age</source>
        <translation>Сағаттар жасы бойынша</translation>
    </message>
    <message>
        <source>A person is reached in a period when at least one of their visits falls on a day of the period; each person is counted once, however often they came.</source>
        <extracomment>&quot;How figures are counted&quot;: the report&apos;s note, a paragraph each (services/statistics.py says the same).</extracomment>
        <translation>Адамның кем дегенде бір келуі кезеңнің бір күніне тура келсе, ол сол кезеңде қамтылған деп саналады; әр адам қанша рет келсе де, бір-ақ рет есептеледі.</translation>
    </message>
    <message>
        <source>A person reached is new when they had never visited the branch before the period, and returning when they had.</source>
        <translation>Қамтылған адам осы кезеңге дейін филиалға бірде-бір рет келмеген болса — алғаш келген, ал келген болса — қайта келген деп саналады.</translation>
    </message>
    <message>
        <source>Ages are on the last day of the period, from the date of birth or, where only an estimated year of birth is known, from that year.</source>
        <translation>Жас кезеңнің соңғы күніне туған күн бойынша, ал тек шамамен алынған туған жыл белгілі болса, сол жыл бойынша есептеледі.</translation>
    </message>
    <message>
        <source>A visit may bring several needs, and a person may be given several services: those figures do not add up to the total.</source>
        <translation>Бір келуде бірнеше қажеттілік болуы, ал бір адамға бірнеше қызмет көрсетілуі мүмкін: бұл сандардың қосындысы жалпы санға тең болмайды.</translation>
    </message>
    <message>
        <source>A referral is made when its letter is issued; it is completed in the period in which it was marked completed, whenever it was made. Statuses are as they stand today.</source>
        <translation>Жолдама хаты берілген кезде жолдама берілген деп саналады; ол қашан берілгеніне қарамастан, аяқталды деп белгіленген кезеңде аяқталған болып есептеледі. Мәртебелері бүгінгі күйінде көрсетілген.</translation>
    </message>
    <message>
        <source>A volunteer is active with 8 hours or more on completed shifts in the period; hours count every volunteer&apos;s time.</source>
        <translation>Кезеңде аяқталған ауысымдарда 8 сағат не одан көп уақыт берген ерікті белсенді деп саналады; сағаттарға барлық еріктілердің уақыты кіреді.</translation>
    </message>
    <message>
        <source>“&lt;5” marks a figure withheld to protect the people counted: a count from 1 to 4, or another figure withheld so that such a count cannot be worked out from the totals.</source>
        <translation>“&lt;5” — есепке алынған адамдарды қорғау үшін жасырылған сан: 1-ден 4-ке дейінгі сан немесе сондай санды жиынтықтан есептеп шығаруға болмас үшін жасырылған басқа сан.</translation>
    </message>
    <message>
        <source>Exact figures: small counts are not withheld. Do not send this report outside the branch.</source>
        <extracomment>bars that add up over the months of a period (people do not: one person, many months)</extracomment>
        <translation>Нақты сандар: шағын сандар жасырылмаған. Бұл есепті филиалдан тыс жерге жібермеңіз.</translation>
    </message>
    <message>
        <source>Visits and needs</source>
        <translation>Келулер мен қажеттіліктер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Еріктілер</translation>
    </message>
    <message>
        <source>Branch figures</source>
        <translation>Филиал көрсеткіштері</translation>
    </message>
    <message>
        <source>Staff member: %1</source>
        <translation>Қызметкер: %1</translation>
    </message>
    <message>
        <source>Service given: %1</source>
        <translation>Көрсетілген қызмет: %1</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Жолданған қызмет: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation>Аяқталғанға дейінгі күндер (медиана)</translation>
    </message>
    <message>
        <source>Open places on shifts</source>
        <translation>Ауысымдардағы бос орындар</translation>
    </message>
    <message>
        <source>Migrants who became volunteers</source>
        <translation>Ерікті болған мигранттар</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 жылдың %1-тоқсаны</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 жыл</translation>
    </message>
    <message>
        <source>Unknown language %1: use kk, ru or en.</source>
        <extracomment>None when it is the previous period (a year&apos;s previous period is the year before)</extracomment>
        <translation>Белгісіз тіл: %1. kk, ru немесе en деп жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Your key was removed from this branch&apos;s key file (the account was disabled or its password reset). Log in again.</source>
        <translation>Сіздің кілтіңіз осы филиалдың кілт файлынан алынып тасталды (тіркелгі өшірілді немесе құпиясөзі жаңартылды). Қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. This account is locked until %1.</source>
        <translation>Құпиясөз тым көп рет қате терілді. Тіркелгі бұғатталды, қайта кіруге болатын уақыт: %1.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Диск толы: %1 жазылмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The key file of this branch is missing. Restore it from a backup.</source>
        <translation>Осы филиалдың кілт файлы жоқ. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The key file of this branch is damaged. Restore it from a backup.</source>
        <translation>Осы филиалдың кілт файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The key file was made by a newer Qamqor. Install the newer version.</source>
        <translation>Кілт файлын Qamqor бағдарламасының жаңарақ нұсқасы жасаған. Жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>The key file changed while you were working. Log in again and repeat.</source>
        <translation>Сіз жұмыс істеп жатқанда кілт файлы өзгерді. Қайта кіріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>This branch has no escrow key.</source>
        <translation>Бұл филиалда бас кеңсенің резервтік кілті жоқ.</translation>
    </message>
    <message>
        <source>This escrow key does not open this branch.</source>
        <translation>Бұл резервтік кілт осы филиалды ашпайды.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
        <translation>Бұл дерекқорды Qamqor бағдарламасының жаңарақ нұсқасы жаңартқан (%1 схемасы). Жаңа нұсқасын орнатыңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск толы: ештеңе сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Another Qamqor program has been writing to this branch for more than %1 seconds, so nothing was saved. Try again when it has finished.</source>
        <translation>Qamqor-дың басқа бағдарламасы бұл филиалға %1 секундтан астам уақыт жазып жатыр, сондықтан ештеңе сақталмады. Ол аяқталған соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file cannot be read: it is damaged. Restore it from a backup.</source>
        <translation>Дерекқор файлын оқу мүмкін емес: ол зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>A branch already exists in %1.</source>
        <translation>Мына қалтада филиал бұрыннан бар: %1.</translation>
    </message>
    <message>
        <source>The database file is missing from %1.</source>
        <translation>Мына қалтада дерекқор файлы жоқ: %1.</translation>
    </message>
    <message>
        <source>The database does not open with this branch&apos;s key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
        <translation>Дерекқор осы филиалдың кілтімен ашылмайды: файл зақымдалған немесе басқа кілт файлына тиесілі. Екеуін де сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Could not copy the database aside before updating it: %1</source>
        <translation>Жаңарту алдында дерекқордың көшірмесін жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation>Дерекқор серверіне қосылу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The record of wrong passwords beside the key file was removed or damaged, so every account of this branch waits until %1.</source>
        <translation>Кілт файлының жанындағы қате құпиясөздер есебі жойылған немесе зақымдалған, сондықтан филиалдың барлық тіркелгілері %1 дейін күтеді.</translation>
    </message>
    <message>
        <source>Another Qamqor program has kept %1 busy for more than %2 seconds. Try again in a moment.</source>
        <translation>Qamqor-дың басқа бағдарламасы %1 файлын %2 секундтан астам бос емес күйде ұстап тұр. Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Qamqor is already open for this branch on this computer (program %1). Switch to that window: a branch&apos;s folder can be open in one window at a time.</source>
        <translation>Qamqor бұл компьютерде осы филиал үшін ашық тұр (бағдарлама %1). Сол терезеге ауысыңыз: филиал қалтасын бір уақытта тек бір терезеде ашуға болады.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Everything held about a person</source>
        <translation>Тұлға туралы сақталған барлық мәлімет</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>ҚҰПИЯ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>This is everything the %1 branch holds about the person below in Qamqor on %2, given to them at their request. Made by %3.</source>
        <extracomment>%1 the branch&apos;s name, %2 a date, %3 the director&apos;s name.</extracomment>
        <translation>Бұл — %2 күнгі жағдай бойынша %1 филиалының Qamqor жүйесінде төменде аталған адам туралы сақтайтын барлық мәлімет; адамның өз өтініші бойынша берілді. Дайындаған: %3.</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>An estimated year of birth; %1 is the year.</extracomment>
        <translation>шамамен %1 ж.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Шыққан елі</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Көші-қон мәртебесі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Also registered as</source>
        <translation>Сондай-ақ мына нөмірмен тіркелген</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Иесіздендірілген күні</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Жоюға тыйым</translation>
    </message>
    <message>
        <source>placed by %1 on %2: %3</source>
        <extracomment>%1 who placed the hold, %2 when, %3 why.</extracomment>
        <translation>тыйым салған: %1, %2: %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>How well</source>
        <translation>Меңгеру деңгейі</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Аудармашы керек</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауабы</translation>
    </message>
    <message>
        <source>given</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>қайтарып алынды</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>current</source>
        <translation>өзекті</translation>
    </message>
    <message>
        <source>no longer</source>
        <translation>өзекті емес</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Келулер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Көрсетілген көмек</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Shared with the service</source>
        <translation>Қызметке берілген мәлімет</translation>
    </message>
    <message>
        <source>What happened to each referral</source>
        <translation>Әр жолдаманың барысы</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Referral letters issued</source>
        <translation>Берілген жолдама хаттары</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Хат нөмірі</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Printed or saved</source>
        <translation>Басылған не сақталған</translation>
    </message>
    <message>
        <source>Who saw restricted information, and when</source>
        <translation>Шектеулі мәліметті кім және қашан көрді</translation>
    </message>
    <message>
        <source>Every time a staff member opened the restricted health information, looked the person up for the volunteer register, or printed or saved a copy of this record.</source>
        <translation>Қызметкер денсаулық туралы шектеулі мәліметті ашқан, адамды еріктілер тізімі үшін іздеген немесе осы жазбаның көшірмесін басып шығарған не сақтаған әр жағдай.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>opened the restricted health information</source>
        <translation>денсаулық туралы шектеулі мәліметті ашты</translation>
    </message>
    <message>
        <source>made this record of everything held</source>
        <translation>сақталған барлық мәліметтің осы көшірмесін дайындады</translation>
    </message>
    <message>
        <source>printed the record of everything held</source>
        <translation>сақталған барлық мәліметті басып шығарды</translation>
    </message>
    <message>
        <source>saved the record of everything held to a file</source>
        <translation>сақталған барлық мәліметті файлға сақтады</translation>
    </message>
    <message>
        <source>looked the person up for the volunteer register</source>
        <translation>адамды еріктілер тізімі үшін іздеді</translation>
    </message>
    <message>
        <source>Changes to the record</source>
        <translation>Жазбадағы өзгерістер</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <source>Copies and how long they are kept</source>
        <translation>Көшірмелер және олардың сақталу мерзімі</translation>
    </message>
    <message>
        <source>The branch sends its records to the national headquarters in encrypted bundles; headquarters holds the same record. The services named above received the referral letters listed, with only the details the person agreed to share.</source>
        <translation>Филиал өз жазбаларын шифрланған топтамалармен ұлттық бас кеңсеге жібереді; бас кеңседе де осы жазба сақталады. Жоғарыда аталған қызметтер көрсетілген жолдама хаттарын алды, оларда адам бөлісуге келіскен мәліметтер ғана бар.</translation>
    </message>
    <message>
        <source>A record is kept %1 months after the last thing done with it. Unless something is done with it before, this record will be anonymised after %2: names, contacts, documents and notes will be removed, here and at headquarters, and backups that still hold them are deleted within the same period.</source>
        <extracomment>%1 a number of months, %2 a date.</extracomment>
        <translation>Жазба онымен жасалған соңғы әрекеттен кейін %1 ай сақталады. Егер оған дейін ештеңе жасалмаса, бұл жазба %2 күнінен кейін иесіздендіріледі: аты-жөні, байланыс деректері, құжаттары мен ескертпелері мұнда да, бас кеңседе де өшіріледі, ал оларды әлі сақтайтын сақтық көшірмелер сол мерзім ішінде жойылады.</translation>
    </message>
    <message>
        <source>A legal hold keeps this record whole until a director releases it.</source>
        <translation>Жоюға тыйым директор оны алғанша бұл жазбаны толық сақтайды.</translation>
    </message>
    <message>
        <source>This record was anonymised: names, contacts, documents and notes were removed. What remains is counted in the branch&apos;s statistics and can name no one.</source>
        <translation>Бұл жазба иесіздендірілген: аты-жөні, байланыс деректері, құжаттары мен ескертпелері өшірілді. Қалғаны филиал статистикасында ескеріледі және ешкімді анықтай алмайды.</translation>
    </message>
    <message>
        <source>The person may ask for this record to be erased. A director does it at once, unless a legal hold stands.</source>
        <translation>Адам бұл жазбаны өшіруді сұрай алады. Жоюға тыйым салынбаған болса, директор оны бірден орындайды.</translation>
    </message>
    <message>
        <source>personal details</source>
        <translation>жеке деректер</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <source>household member</source>
        <translation>үй шаруашылығының мүшесі</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>келісім</translation>
    </message>
    <message>
        <source>restricted health information</source>
        <translation>денсаулық туралы шектеулі мәлімет</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>келу</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>жолдама</translation>
    </message>
    <message>
        <source>referral status</source>
        <translation>жолдама күйі</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>жоюға тыйым</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n рет</numerusform>
            <numerusform>%n рет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayDesk</name>
    <message>
        <source>Check &amp;in (Ctrl+I)</source>
        <translation>&amp;Келгенін белгілеу (Ctrl+I)</translation>
    </message>
    <message>
        <source>Check &amp;out (Ctrl+Shift+I)</source>
        <translation>К&amp;еткенін белгілеу (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s sign-in sheet…</source>
        <translation>Бүгінгі келу-кету парағын &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Келгенін белгілеу</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Кеткенін белгілеу</translation>
    </message>
    <message>
        <source>Enter checks the chosen volunteer in, or out once they are in.</source>
        <translation>Enter таңдалған еріктінің келгенін, ал ол келіп қойған болса, кеткенін белгілейді.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <source>No shifts today.</source>
        <translation>Бүгін ауысым жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n ауысым</numerusform>
            <numerusform>%n ауысым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) expected</source>
        <translation>
            <numerusform>%n ерікті күтілуде</numerusform>
            <numerusform>%n ерікті күтілуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here now</source>
        <translation>
            <numerusform>қазір орнында: %n</numerusform>
            <numerusform>қазір орнында: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation>%1: келгені белгіленді, уақыты %2.</translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 h.</source>
        <translation>%1: кеткені белгіленді, уақыты %2; %3 сағ.</translation>
    </message>
    <message>
        <source>Print today&apos;s sign-in sheet</source>
        <translation>Бүгінгі келу-кету парағын басып шығару</translation>
    </message>
    <message>
        <source>The shifts of %1 with their volunteers, and room to sign in and out by hand.</source>
        <translation>Күні: %1. Ауысымдар мен оларға тағайындалған еріктілер, келу мен кетуді қолмен белгілеуге арналған бағандар.</translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation>Келу-кету парағы %1</translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation>Келу-кету парағы принтерге жіберілді.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>nobody yet</source>
        <translation>әзірге ешкім жоқ</translation>
    </message>
    <message>
        <source>on shift</source>
        <translation>ауысымда</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ерікті</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Кетті</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <source>Visit of %1 (%2), now.</source>
        <translation>%1 (%2) келуі, қазір.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Write the year with four digits, e.g. 1985.</source>
        <translation>Жылды төрт цифрмен жазыңыз, мысалы 1985.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Осы жолды жою</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Меңгеру деңгейі</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>қажет</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Тіл қосу</translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation>Тілдер енгізілмеген.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>31.12.2030</source>
        <translation>31.12.2030</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>No documents recorded.</source>
        <translation>Құжаттар енгізілмеген.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Отбасы мүшесін қосу</translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation>Отбасы мүшелері енгізілмеген.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Tick what the person agreed to after it was explained to them.</source>
        <translation>Адамға түсіндірілгеннен кейін ол келіскен тармақтарды белгілеңіз.</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>Seen only by caseworkers and directors; every viewing is recorded. Record only what the person needs help with.</source>
        <translation>Оларды тек әлеуметтік қызметкерлер мен директорлар көреді; әр қарау тіркеледі. Адамға көмек қажет мәселелерді ғана енгізіңіз.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ескертпе (міндетті емес)</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Аты-жөні (жазылуынша)</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Same as typed</source>
        <translation>Сәйкес келетіні</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Сәйкес емес</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Жаңа келуші</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Өңдеу: %1 (%2)</translation>
    </message>
    <message>
        <source>Only a name and the sex or the age are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation>Тек аты және жынысы немесе жасы міндетті; қалғанын бос қалдыруға болады. Enter — сақтау, Esc — бас тарту.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation>&amp;Латынша жазылуы:</translation>
    </message>
    <message>
        <source>as the visitor writes it, in any script</source>
        <translation>келуші жазғандай, кез келген әліпбимен</translation>
    </message>
    <message>
        <source>as in the passport, e.g. ABDULLAEV RUSTAM</source>
        <translation>төлқұжаттағыдай, мысалы ABDULLAEV RUSTAM</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған к&amp;үні:</translation>
    </message>
    <message>
        <source>or estimated &amp;year of birth:</source>
        <translation>немесе &amp;шамамен туған жылы:</translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation>31.12.1990 немесе 1990-12-31</translation>
    </message>
    <message>
        <source>e.g. 1985</source>
        <translation>мысалы, 1985</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>А&amp;заматтығы:</translation>
    </message>
    <message>
        <source>Country of &amp;origin:</source>
        <translation>Шыққан &amp;елі:</translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation>&amp;Келген күні:</translation>
    </message>
    <message>
        <source>&amp;Migration status:</source>
        <translation>Көші-қон &amp;мәртебесі:</translation>
    </message>
    <message>
        <source>type to find a country</source>
        <translation>елді табу үшін теріңіз</translation>
    </message>
    <message>
        <source>31.12.2025</source>
        <translation>31.12.2025</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Мекенжа&amp;йы:</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Адам туралы</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Басқа мәліметтер</translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation>+7 701 234 56 78</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Елді тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Checking whether this person is already registered…</source>
        <translation>Бұл адамның бұрын тіркелгені тексерілуде…</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Енгізілгенді сақтамау керек пе?</translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation>Бұл пішіндегі ештеңе сақталмаған. Оны жауып, енгізілгенді жоғалтасыз ба?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>VisitorTable</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Аты-жөні (жазылуынша)</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Немен табылды</translation>
    </message>
</context>
<context>
    <name>VisitorText</name>
    <message>
        <source>≈ %1</source>
        <comment>an estimated year of birth</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Whole name (family, given, patronymic)</source>
        <translation>Толық аты-жөні (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Шыққан елі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Көші-қон мәртебесі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Басқа жазбаға біріктірілді</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Moved from a merged record</source>
        <translation>Біріктірілген жазбадан ауыстырылды</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Меңгеру деңгейі</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Аудармашы қажет</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Registered household member</source>
        <translation>Тіркелген отбасы мүшесі</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім берілді</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Мәтін нұсқасы</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Келу уақыты</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record type and what happened to it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>“%1” is not a date: write it as 31.12.1990 or 1990-12-31.</source>
        <translation>“%1” — жарамсыз күн: 31.12.1990 немесе 1990-12-31 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation>Кемінде бір есімді енгізіңіз.</translation>
    </message>
    <message>
        <source>Sex is female, male or not given.</source>
        <translation>Жынысы: әйел, ер немесе көрсетілмеген.</translation>
    </message>
    <message>
        <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
        <translation>Жынысын немесе жасын көрсетіңіз (туған күнін не шамамен туған жылын).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation>Туған күні болашақта немесе 1900 жылдан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation>Туған жылы 1900 бен %1 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation>Келген күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation>Телефон нөмірі 7–15 цифрдан тұрады, мысалы +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>Unknown country code %1.</source>
        <translation>Белгісіз ел коды %1.</translation>
    </message>
    <message>
        <source>Unknown document type %1.</source>
        <translation>Белгісіз құжат түрі %1.</translation>
    </message>
    <message>
        <source>Document number “%1”: 4 to 20 letters and digits.</source>
        <translation>Құжат нөмірі “%1”: 4–20 әріп пен цифр.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Белгісіз тіл %1.</translation>
    </message>
    <message>
        <source>A household member needs a name and a relation.</source>
        <translation>Отбасы мүшесінің аты мен туыстық қатынасы көрсетілуі керек.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
        <translation>Осы уақытта бұл жазбаны басқа біреу өзгертті. Өзгерісті көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation>Бұл келушінің жазбасы енді жоқ.</translation>
    </message>
    <message>
        <source>Unknown purpose of consent %1.</source>
        <translation>Келісімнің белгісіз мақсаты: %1.</translation>
    </message>
    <message>
        <source>Unknown need or service: %1</source>
        <translation>Белгісіз қажеттілік немесе қызмет: %1</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Біріктіру үшін екі түрлі жазбаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Find a visitor: name in any script, phone, document or registration number (Ctrl+F)</source>
        <translation>Келушіні іздеу: кез келген әліпбидегі аты, телефон, құжат немесе тіркеу нөмірі (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New visitor… (Ctrl+N)</source>
        <translation>&amp;Жаңа келуші… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log &amp;visit… (Ctrl+Shift+V)</source>
        <translation>&amp;Келуді тіркеу… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Тізімді жүктеу</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Келушіні іздеу</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Жаңа келуші</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <source>Loading the visitor list for searching: %1 of %2…</source>
        <translation>Іздеу үшін келушілер тізімі жүктелуде: %2 ішінен %1…</translation>
    </message>
    <message>
        <source>Loading the visitor list for searching…</source>
        <translation>Іздеу үшін келушілер тізімі жүктелуде…</translation>
    </message>
    <message>
        <source>The visitor list was not loaded, so searching waits until it is.</source>
        <translation>Келушілер тізімі жүктелмеді, сондықтан іздеу ол жүктелгенше күтеді.</translation>
    </message>
    <message>
        <source>The visitor list could not be loaded: %1</source>
        <translation>Келушілер тізімін жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Still searching for “%1”. Choose the person when the list shows.</source>
        <translation>“%1” әлі ізделуде. Тізім шыққан соң адамды таңдаңыз.</translation>
    </message>
    <message>
        <source>Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a document number or a registration number. If the person is not found, register them with Ctrl+N.</source>
        <translation>Кез келген әліпбимен (кирилл, латын немесе араб) жазылған атты, телефон нөмірін, құжат нөмірін немесе тіркеу нөмірін теріңіз. Адам табылмаса, оны Ctrl+N арқылы тіркеңіз.</translation>
    </message>
    <message>
        <source>The search runs as soon as the visitor list is loaded.</source>
        <translation>Келушілер тізімі жүктелісімен іздеу басталады.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n келуші табылды</numerusform>
            <numerusform>%n келуші табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try another spelling, the phone or a document number; or register a new visitor with Ctrl+N.</source>
        <translation>“%1” бойынша ешкім табылмады. Басқа жазылуын, телефонды немесе құжат нөмірін қолданып көріңіз; не жаңа келушіні Ctrl+N арқылы тіркеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches</source>
        <translation>
            <numerusform>Ең сәйкес келетін %n нәтиже</numerusform>
            <numerusform>Ең сәйкес келетін %n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the selected person; the arrow keys choose another.</source>
        <translation>Enter таңдалған адамды ашады; басқасын көрсеткі пернелерімен таңдаңыз.</translation>
    </message>
    <message>
        <source>Registered as %1. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation>%1 нөмірімен тіркелді. Бүгінгі келуді Ctrl+Shift+V арқылы тіркеңіз.</translation>
    </message>
    <message>
        <source>Already registered as %1: this is that record. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation>Бұрыннан %1 нөмірімен тіркелген: бұл — сол жазба. Бүгінгі келуді Ctrl+Shift+V арқылы тіркеңіз.</translation>
    </message>
    <message>
        <source>Find the visitor first, then choose them in the list.</source>
        <translation>Алдымен келушіні тауып, содан кейін оны тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Visit logged for %1 (%2).</source>
        <translation>%1 (%2) келуі тіркелді.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Health</source>
        <translation>Денсаулық</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Отбасылық байланыстар</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Food or cash</source>
        <translation>Азық-түлік немесе ақша</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation>Ақпарат және кеңес</translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation>Азық-түлік жиынтығы</translation>
    </message>
    <message>
        <source>Hygiene kit</source>
        <translation>Гигиеналық жиынтық</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Ақшалай көмек</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Алғашқы көмек</translation>
    </message>
    <message>
        <source>Psychosocial session</source>
        <translation>Психоәлеуметтік сессия</translation>
    </message>
    <message>
        <source>Phone call to family</source>
        <translation>Отбасына қоңырау шалу</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Ауызша аударма</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>Migration card</source>
        <translation>Көші-қон картасы</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Жұмысқа рұқсат</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation>Босқын куәлігі</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation>Тазкира</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Баласы</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-анасы</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Бауыры</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Басқа туысы</translation>
    </message>
    <message>
        <source>Keeping a record of the person</source>
        <translation>Адам туралы жазбаны сақтау</translation>
    </message>
    <message>
        <source>Sharing details with services on referral</source>
        <translation>Жолдама берілгенде деректерді қызметтерге беру</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Телефон арқылы байланысу</translation>
    </message>
    <message>
        <source>Anonymous statistics for headquarters</source>
        <translation>Бас кеңсеге арналған анонимді статистика</translation>
    </message>
    <message>
        <source>Labour migrant</source>
        <translation>Еңбек мигранты</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Босқын</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Пана іздеуші</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ адам</translation>
    </message>
    <message>
        <source>Returning ethnic Kazakh (kandas)</source>
        <translation>Атажұртқа оралған қазақ (қандас)</translation>
    </message>
    <message>
        <source>Without valid status</source>
        <translation>Заңды мәртебесі жоқ</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Азамат</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Ана тілі</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Білмейді</translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation>Туберкулез</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>АИТВ</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Созылмалы ауру</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Жүктілік</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Мүгедектік</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Психикалық денсаулық</translation>
    </message>
    <message>
        <source>Other medical need</source>
        <translation>Басқа медициналық қажеттілік</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Monday</source>
        <translation>Дүйсенбі</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Сейсенбі</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Сәрсенбі</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Бейсенбі</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Жұма</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Сенбі</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Жексенбі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Меңгеру деңгейі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Тіл қосу</translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation>Тілдер енгізілмеген.</translation>
    </message>
    <message>
        <source>Training or certificate</source>
        <translation>Оқу немесе сертификат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Мерзімі жақында бітеді</translation>
    </message>
    <message>
        <source>Trainings and certificates</source>
        <translation>Оқу мен сертификаттар</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Оқу қосу</translation>
    </message>
    <message>
        <source>No trainings recorded.</source>
        <translation>Оқу енгізілмеген.</translation>
    </message>
    <message>
        <source>Choose the training.</source>
        <translation>Оқуды таңдаңыз.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>00:00 means until midnight</source>
        <translation>00:00 — түн ортасына дейін дегенді білдіреді</translation>
    </message>
    <message>
        <source>Available every week</source>
        <translation>Апта сайынғы бос уақыты</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Уақыт қосу</translation>
    </message>
    <message>
        <source>No weekly times recorded.</source>
        <translation>Апта сайынғы бос уақыты енгізілмеген.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Not available on these dates</source>
        <translation>Бос емес күндер</translation>
    </message>
    <message>
        <source>Add dates</source>
        <translation>Күндерді қосу</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>Күндер енгізілмеген.</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Жаңа ерікті</translation>
    </message>
    <message>
        <source>Volunteer %1 (%2)</source>
        <translation>Ерікті: %1 (%2)</translation>
    </message>
    <message>
        <source>You may read this record; only the coordinator changes it. Esc closes.</source>
        <translation>Бұл жазбаны оқи аласыз; оны тек үйлестіруші өзгертеді. Esc — жабу.</translation>
    </message>
    <message>
        <source>A name and the volunteer&apos;s consent are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation>Тек аты және еріктінің келісімі міндетті; қалғанын бос қалдыруға болады. Enter — сақтау, Esc — бас тарту.</translation>
    </message>
    <message>
        <source>Only a name is required. Enter saves, Esc cancels.</source>
        <translation>Тек аты міндетті. Enter — сақтау, Esc — бас тарту.</translation>
    </message>
    <message>
        <source>Former visitor</source>
        <translation>Бұрынғы келуші</translation>
    </message>
    <message>
        <source>e.g. KZ-ALA-2026-000123</source>
        <translation>мысалы, KZ-ALA-2026-000123</translation>
    </message>
    <message>
        <source>&amp;Link visitor</source>
        <translation>Келуші&amp;мен байланыстыру</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Байланысты үзу</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Аты-жөні және байланыс</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation>&amp;Латынша жазылуы:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған к&amp;үні:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation>Төтенше жағдайда &amp;байланысатын адам:</translation>
    </message>
    <message>
        <source>Emergency &amp;phone:</source>
        <translation>Төтенше &amp;жағдайдағы телефон:</translation>
    </message>
    <message>
        <source>as in the passport, e.g. IVANOVA ANNA</source>
        <translation>төлқұжаттағыдай, мысалы IVANOVA ANNA</translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation>31.12.1990 немесе 1990-12-31</translation>
    </message>
    <message>
        <source>If the volunteer came to the branch as a visitor, type the registration number and the birth date from their card. Their name, birth date and phone are then taken from that record; nothing else of it is shown.</source>
        <translation>Егер ерікті филиалға бұрын келуші ретінде келген болса, оның карточкасындағы тіркеу нөмірі мен туған күнін жазыңыз. Сонда аты-жөні, туған күні және телефоны сол жазбадан алынады; одан басқа ештеңе көрсетілмейді.</translation>
    </message>
    <message>
        <source>Bo&amp;rn:</source>
        <translation>Ту&amp;ған күні:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Жы&amp;нысы:</translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation>+7 701 234 56 78</translation>
    </message>
    <message>
        <source>who to call, e.g. a parent</source>
        <translation>кімге хабарласу керек, мысалы, ата-анасына</translation>
    </message>
    <message>
        <source>Status and consent</source>
        <translation>Күйі және келісім</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Келісім:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Келісім кү&amp;ні:</translation>
    </message>
    <message>
        <source>The volunteer agreed that the branch keeps this record</source>
        <translation>Ерікті филиалдың осы жазбаны сақтауына келісті</translation>
    </message>
    <message>
        <source>today, if left empty</source>
        <translation>бос қалдырылса, бүгінгі күн</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Дағдылар</translation>
    </message>
    <message>
        <source>Space ticks or unticks the skill chosen</source>
        <translation>Space пернесі таңдалған дағдыны белгілейді немесе белгіні алып тастайды</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Type the registration number from the visitor&apos;s card.</source>
        <translation>Келуші карточкасындағы тіркеу нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>Type the birth date from the visitor&apos;s card too.</source>
        <translation>Келуші карточкасындағы туған күнін де жазыңыз.</translation>
    </message>
    <message>
        <source>Linked to visitor %1: name, birth date and phone come from that record.</source>
        <translation>Байланыстырылған келуші: %1. Аты-жөні, туған күні мен телефоны сол жазбадан алынады.</translation>
    </message>
    <message>
        <source>Linked to a visitor&apos;s record: name, birth date and phone come from that record.</source>
        <translation>Келуші жазбасымен байланыстырылған: аты-жөні, туған күні мен телефоны сол жазбадан алынады.</translation>
    </message>
    <message>
        <source>A volunteer is registered only with their consent: ask them, then tick the box.</source>
        <translation>Ерікті тек өз келісімімен тіркеледі: алдымен одан сұраңыз, содан кейін белгі қойыңыз.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Енгізілгенді сақтамау керек пе?</translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation>Бұл пішіндегі ештеңе сақталмаған. Оны жауып, енгізілгенді жоғалтасыз ба?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>VolunteerLists</name>
    <message>
        <source>Open places</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Language cover</source>
        <translation>Тілдермен қамту</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Қажет</translation>
    </message>
    <message>
        <source>Places open</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ерікті</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Бүгін бітеді</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Visitors who needed an interpreter</source>
        <translation>Аудармашы қажет болған келушілер</translation>
    </message>
    <message>
        <source>Volunteers on next week&apos;s shifts</source>
        <translation>Келесі аптаның ауысымдарындағы еріктілер</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Қамтылған</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>ҚАМТЫЛМАҒАН</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Ауысымдар</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Шектеулер</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Жаңарту (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Places still open on the shifts of the next %n day(s), soonest first. Those within two days are marked.</source>
        <translation>
            <numerusform>Алдағы %n күндегі ауысымдарда әлі бос тұрған орындар, ең жақындары басында. Екі күн ішіндегілері белгіленген.</numerusform>
            <numerusform>Алдағы %n күндегі ауысымдарда әлі бос тұрған орындар, ең жақындары басында. Екі күн ішіндегілері белгіленген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every place on the coming shifts is filled.</source>
        <translation>Алдағы ауысымдардағы барлық орын толды.</translation>
    </message>
    <message numerus="yes">
        <source>Certificates that expire within %n day(s), and those that have expired and were not renewed.</source>
        <translation>
            <numerusform>%n күн ішінде мерзімі бітетін сертификаттар, сондай-ақ мерзімі өтіп, жаңартылмаған сертификаттар.</numerusform>
            <numerusform>%n күн ішінде мерзімі бітетін сертификаттар, сондай-ақ мерзімі өтіп, жаңартылмаған сертификаттар.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate expires soon.</source>
        <translation>Жақында мерзімі бітетін сертификат жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Languages visitors needed an interpreter for in the last %n day(s) (how many people, no names), against the volunteers speaking them well on next week&apos;s shifts.</source>
        <translation>
            <numerusform>Соңғы %n күнде келушілерге аудармашы қажет болған тілдер (адам саны, аты-жөнсіз) және келесі аптаның ауысымдарында осы тілдерді жақсы меңгерген еріктілер.</numerusform>
            <numerusform>Соңғы %n күнде келушілерге аудармашы қажет болған тілдер (адам саны, аты-жөнсіз) және келесі аптаның ауысымдарында осы тілдерді жақсы меңгерген еріктілер.</numerusform>
        </translation>
    </message>
    <message>
        <source>No visitor needed an interpreter in this time.</source>
        <translation>Бұл кезеңде бірде-бір келушіге аудармашы қажет болмады.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>The branch&apos;s working-time limits. Assigning a volunteer beyond them asks for a reason first.</source>
        <translation>Филиалдағы жұмыс уақытының шектеулері. Еріктіні олардан тыс тағайындау үшін алдымен себебін көрсету қажет.</translation>
    </message>
    <message>
        <source>The branch&apos;s working-time limits. Only the coordinator changes them.</source>
        <translation>Филиалдағы жұмыс уақытының шектеулері. Оларды тек үйлестіруші өзгертеді.</translation>
    </message>
    <message>
        <source>Hours a &amp;day at most:</source>
        <translation>Күніне ең көп &amp;сағат:</translation>
    </message>
    <message>
        <source>Hours a &amp;week at most:</source>
        <translation>&amp;Аптасына ең көп сағат:</translation>
    </message>
    <message>
        <source>&amp;Rest between shifts at least (hours):</source>
        <translation>Ауысымдар арасындағы ең аз &amp;демалыс (сағат):</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Шектеулерді сақтау</translation>
    </message>
    <message>
        <source>No volunteer on next week&apos;s shifts speaks: %1.</source>
        <translation>Келесі аптаның ауысымдарында мына тілдерде сөйлейтін ерікті жоқ: %1.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Кезеңнің бірінші және соңғы күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің аяқталу күні басталу күнінен бұрын тұр.</translation>
    </message>
    <message>
        <source>Counting the hours…</source>
        <translation>Сағаттар есептелуде…</translation>
    </message>
    <message>
        <source>Hours in all: %1 (%2)</source>
        <translation>Барлығы сағат: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n ерікті</numerusform>
            <numerusform>%n ерікті</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the hours to Excel</source>
        <translation>Сағаттарды Excel-ге экспорттау</translation>
    </message>
    <message>
        <source>The hours were saved as %1.</source>
        <translation>Сағаттар мына файлға сақталды: %1.</translation>
    </message>
    <message>
        <source>The limits were saved. They apply to assignments from now on.</source>
        <translation>Шектеулер сақталды. Олар бұдан былайғы тағайындауларға қолданылады.</translation>
    </message>
</context>
<context>
    <name>VolunteerPages</name>
    <message>
        <source>language: %1</source>
        <extracomment>A shift&apos;s need for volunteers who work in a language; %1 is the language&apos;s own name.</extracomment>
        <translation>тіл: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің аяқталу күні басталу күнінен бұрын тұр.</translation>
    </message>
</context>
<context>
    <name>VolunteerRegister</name>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 — мерзімі өтті: %2</translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation>%1 — мерзімі бітеді: %2</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Мерзімі бітеді: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>Came to the branch as a visitor first</source>
        <translation>Филиалға алдымен келуші ретінде келген</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Дағдылар</translation>
    </message>
    <message>
        <source>Former visitor</source>
        <translation>Бұрынғы келуші</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Find a volunteer: name, number or phone</source>
        <translation>Еріктіні іздеу: аты-жөні, нөмірі немесе телефоны</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>&amp;New volunteer… (Ctrl+N)</source>
        <translation>&amp;Жаңа ерікті… (Ctrl+N)</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Жаңа ерікті</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Қарау…</translation>
    </message>
    <message>
        <source>Service &amp;record</source>
        <translation>Қызмет &amp;туралы анықтама</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Басып шығаруды алдын ала қарау…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Shifts as &amp;text…</source>
        <translation>Ауысымдар &amp;мәтін түрінде…</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n ерікті</numerusform>
            <numerusform>%n ерікті</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within 30 days or have expired:</source>
        <translation>
            <numerusform>%n сертификаттың мерзімі 30 күн ішінде бітеді немесе өтіп кеткен:</numerusform>
            <numerusform>%n сертификаттың мерзімі 30 күн ішінде бітеді немесе өтіп кеткен:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Lists).</source>
        <translation>
            <numerusform>және тағы %n (Тізімдер бөлімін қараңыз).</numerusform>
            <numerusform>және тағы %n (Тізімдер бөлімін қараңыз).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was registered as %2.</source>
        <translation>%1 %2 нөмірімен тіркелді.</translation>
    </message>
    <message>
        <source>The record of %1 (%2) was saved.</source>
        <translation>%1 (%2) жазбасы сақталды.</translation>
    </message>
    <message>
        <source>The service record of %1 was sent to %2.</source>
        <translation>%1: еріктілік қызмет туралы анықтама %2 принтеріне жіберілді.</translation>
    </message>
    <message>
        <source>Service record %1</source>
        <translation>Қызмет туралы анықтама: %1</translation>
    </message>
    <message>
        <source>Save the service record as PDF</source>
        <translation>Қызмет туралы анықтаманы PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>The service record of %1 was saved as %2.</source>
        <translation>Қызмет туралы анықтама (%1) мына файлға сақталды: %2.</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source>Interpreting</source>
        <translation>Ауызша аударма</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Алғашқы көмек</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>Тіркеу орны</translation>
    </message>
    <message>
        <source>Distribution of aid</source>
        <translation>Көмек тарату</translation>
    </message>
    <message>
        <source>Child-friendly space</source>
        <translation>Балаларға қолайлы кеңістік</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Көлік жүргізу</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Тамақ әзірлеу</translation>
    </message>
    <message>
        <source>Warehouse and logistics</source>
        <translation>Қойма және логистика</translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation>Компьютерлер мен телефондар</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Отбасылық байланыстарды қалпына келтіру</translation>
    </message>
    <message>
        <source>First aid certificate</source>
        <extracomment>Trainings and certificates. A shift need of kind &quot;skill&quot; whose code is one of these asks for a certificate valid on the shift&apos;s date.</extracomment>
        <translation>Алғашқы көмек сертификаты</translation>
    </message>
    <message>
        <source>Psychological first aid</source>
        <translation>Алғашқы психологиялық көмек</translation>
    </message>
    <message>
        <source>Child safeguarding</source>
        <translation>Балаларды қорғау</translation>
    </message>
    <message>
        <source>Red Crescent induction</source>
        <translation>Қызыл Жарты Ай туралы кіріспе оқу</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Жүргізуші куәлігі</translation>
    </message>
    <message>
        <source>Food hygiene</source>
        <translation>Тамақ гигиенасы</translation>
    </message>
    <message>
        <source>Restoring family links training</source>
        <translation>Отбасылық байланыстарды қалпына келтіру бойынша оқу</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Уақытша тоқтатқан</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Кеткен</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Жұмыс деңгейі</translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation>Еркін</translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation>Кемінде бір атын жазыңыз.</translation>
    </message>
    <message>
        <source>Sex is F, M or not given.</source>
        <translation>Жынысы: F, M немесе көрсетілмеген.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation>Туған күні болашақта немесе 1900 жылға дейін бола алмайды.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation>Телефон нөмірінде 7–15 сан болады, мысалы +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>Келісім күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>Unknown skill %1.</source>
        <translation>Белгісіз дағды: %1.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Белгісіз тіл: %1.</translation>
    </message>
    <message>
        <source>Unknown training %1.</source>
        <translation>Белгісіз оқу: %1.</translation>
    </message>
    <message>
        <source>%1: the certificate cannot expire before it was obtained.</source>
        <translation>%1: сертификаттың мерзімі ол алынғанға дейін бітуі мүмкін емес.</translation>
    </message>
    <message>
        <source>An available time needs a day of the week and a start before its end.</source>
        <translation>Бос уақыт үшін апта күні және аяқталуынан бұрынғы басталу уақыты керек.</translation>
    </message>
    <message>
        <source>A period cannot end before it starts.</source>
        <translation>Кезең басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>This volunteer&apos;s record no longer exists.</source>
        <translation>Бұл еріктінің жазбасы енді жоқ.</translation>
    </message>
    <message>
        <source>Someone else changed this volunteer meanwhile. Open the record again.</source>
        <translation>Осы уақытта бұл ерікті туралы жазбаны басқа біреу өзгертті. Жазбаны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Белгісіз күй: %1.</translation>
    </message>
    <message>
        <source>No visitor has this registration number and birth date. Check both on the card.</source>
        <translation>Бұл тіркеу нөмірі мен туған күні бар келуші жоқ. Екеуін де карточкадан тексеріңіз.</translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation>Бұл келушінің жазбасы енді жоқ.</translation>
    </message>
    <message>
        <source>This person is already registered as volunteer %1.</source>
        <translation>Бұл адам ерікті ретінде тіркеліп қойған, нөмірі: %1.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Week plan</source>
        <translation>Апта жоспары</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Еріктілер</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Тізімдер</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n бос</numerusform>
            <numerusform>%n бос</numerusform>
        </translation>
    </message>
    <message>
        <source>night shift</source>
        <translation>түнгі ауысым</translation>
    </message>
    <message>
        <source>%1 of %2 volunteers</source>
        <translation>Еріктілер: %2 ішінен %1</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n бос орын</numerusform>
            <numerusform>%n бос орын</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>барлық орын толды</translation>
    </message>
    <message numerus="yes">
        <source>%n not filled</source>
        <translation>
            <numerusform>%n толтырылмады</numerusform>
            <numerusform>%n толтырылмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over; %n place(s) not filled</source>
        <translation>
            <numerusform>ауысым өтті; %n орын толтырылмады</numerusform>
            <numerusform>ауысым өтті; %n орын толтырылмады</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ішінен %2</translation>
    </message>
    <message>
        <source>No shift here. Press Insert to make one.</source>
        <translation>Мұнда ауысым жоқ. Жаңасын жасау үшін Insert пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>WeekPlanView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Алдыңғы апта</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>&amp;Осы апта</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Келесі апта ▶</translation>
    </message>
    <message>
        <source>&amp;New shift… (Insert)</source>
        <translation>&amp;Жаңа ауысым… (Insert)</translation>
    </message>
    <message>
        <source>Apply &amp;templates…</source>
        <translation>Үлгілерді &amp;қолдану…</translation>
    </message>
    <message>
        <source>&amp;Copy week to…</source>
        <translation>Аптаны кө&amp;шіру…</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>Ор&amp;ындар…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>The week&apos;s &amp;roster…</source>
        <translation>Аптаның ауысымдар &amp;кестесі…</translation>
    </message>
    <message>
        <source>A day&apos;s &amp;sign-in sheet…</source>
        <translation>Күннің &amp;келу-кету парағы…</translation>
    </message>
    <message>
        <source>&amp;Open places this week</source>
        <translation>Осы аптадағы бос о&amp;рындар</translation>
    </message>
    <message>
        <source>Arrows move between days and sites. Enter opens the shift, Insert makes a new one, Delete removes an empty one. Page Up and Page Down change the week.</source>
        <translation>Бағыттауыш пернелер күндер мен орындар арасында жылжытады. Enter ауысымды ашады, Insert жаңасын жасайды, Delete бос ауысымды жояды. Page Up және Page Down аптаны ауыстырады.</translation>
    </message>
    <message>
        <source>%1 places open   %2 full   %3 night shift   grey: over, places not filled</source>
        <translation>%1 бос орындар бар   %2 барлық орын толды   %3 түнгі ауысым   сұр түспен: ауысым өтті, орындар толтырылмады</translation>
    </message>
    <message>
        <source>No sites yet. A shift belongs to a site: add the branch&apos;s sites first (Sites…).</source>
        <translation>Әзірге орындар жоқ. Ауысым белгілі бір орынға тиесілі: алдымен филиалдың орындарын қосыңыз («Орындар…»).</translation>
    </message>
    <message>
        <source>No sites yet.</source>
        <translation>Әзірге орындар жоқ.</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (осы апта)</translation>
    </message>
    <message>
        <source>No shifts this week yet.</source>
        <translation>Бұл аптада әлі ауысым жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n ауысым</numerusform>
            <numerusform>%n ауысым</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 places filled</source>
        <translation>толған орын: %2 ішінен %1</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n бос орын</numerusform>
            <numerusform>%n бос орын</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift of %1, %2 was saved.</source>
        <translation>Ауысым (%1, %2) сақталды.</translation>
    </message>
    <message>
        <source>Which shift?</source>
        <translation>Қай ауысым?</translation>
    </message>
    <message>
        <source>Remove which shift?</source>
        <translation>Қай ауысымды жою керек?</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2, орны: %3</translation>
    </message>
    <message>
        <source>The shift of %1 has volunteers on it. Open it to change who is on it; only an empty shift is removed here.</source>
        <translation>Ауысымда (%1) еріктілер бар. Кімнің қатысатынын өзгерту үшін ауысымды ашыңыз; мұнда тек бос ауысым жойылады.</translation>
    </message>
    <message>
        <source>Remove the shift?</source>
        <translation>Ауысымды жою керек пе?</translation>
    </message>
    <message>
        <source>Remove the shift of %1?</source>
        <translation>Ауысымды (%1) жоясыз ба?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>The shift of %1 was removed.</source>
        <translation>Ауысым (%1) жойылды.</translation>
    </message>
    <message>
        <source>Making the shifts of the weekly templates…</source>
        <translation>Апталық үлгілер бойынша ауысымдар жасалуда…</translation>
    </message>
    <message>
        <source>Stopped: no shift was made from the templates.</source>
        <translation>Тоқтатылды: үлгілерден бірде-бір ауысым жасалмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) made from the weekly templates.</source>
        <translation>
            <numerusform>Апта сайынғы үлгілерден %n ауысым жасалды.</numerusform>
            <numerusform>Апта сайынғы үлгілерден %n ауысым жасалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied to %2.</source>
        <translation>%1 мына аптаға көшірілді: %2.</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Ауысымдар кестесін басып шығару</translation>
    </message>
    <message>
        <source>The roster of %1: every site and day, who is on each shift and the places still open.</source>
        <translation>Апта: %1. Ауысымдар кестесі: әр орын мен күн, әр ауысымда кім бар және қай орындар әлі бос.</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation>Ауысымдар кестесі %1</translation>
    </message>
    <message>
        <source>The roster was sent to the printer.</source>
        <translation>Ауысымдар кестесі принтерге жіберілді.</translation>
    </message>
    <message>
        <source>Print a sign-in sheet</source>
        <translation>Келу-кету парағын басып шығару</translation>
    </message>
    <message>
        <source>The day&apos;s shifts with their volunteers, and room to sign in and out by hand.</source>
        <translation>Күннің ауысымдары мен оларға тағайындалған еріктілер, келу мен кетуді қолмен белгілеуге арналған бағандар.</translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation>Келу-кету парағы %1</translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation>Келу-кету парағы принтерге жіберілді.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Qamqor</source>
        <translation>Qamqor бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>This computer has no branch yet. The next steps set it up.</source>
        <translation>Бұл компьютерде әлі филиал жоқ. Келесі қадамдарда ол бапталады.</translation>
    </message>
    <message>
        <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
        <translation>Qamqor бір филиалдың келушілер, жолдамалар және еріктілер тізілімін жүргізеді. Барлық деректер шифрланып сақталады; оларды тек тіркелгісі бар қызметкерлер аша алады.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>The branch&apos;s data will be kept in:</source>
        <translation>Филиал деректері мына қалтада сақталады:</translation>
    </message>
</context>
</TS>
