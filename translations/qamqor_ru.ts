<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accounts</name>
    <message>
        <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>Имя пользователя — от 2 до 32 латинских букв, цифр, точек, дефисов или знаков подчёркивания.</translation>
    </message>
    <message>
        <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
        <extracomment>a password hash no password matches: recovered accounts wait for a new one</extracomment>
        <translation>Код филиала имеет вид KZ-ALA: страна, дефис, от 2 до 6 букв или цифр.</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>Укажите название филиала.</translation>
    </message>
    <message>
        <source>This branch is already set up.</source>
        <translation>Этот филиал уже настроен.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>Имя пользователя %1 уже занято.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Пользователь %1 не найден.</translation>
    </message>
    <message>
        <source>The branch needs at least one active administrator.</source>
        <translation>В филиале должен быть хотя бы один активный администратор.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Добавить учётную запись сотрудника</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>По&amp;вторите пароль:</translation>
    </message>
    <message>
        <source>Latin letters, e.g. aigerim.n</source>
        <translation>Латинскими буквами, например aigerim.n</translation>
    </message>
    <message>
        <source>Give the password to the person yourself; they can change it in Settings.</source>
        <translation>Передайте пароль сотруднику лично; он сможет сменить его в настройках.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Сохранение учётной записи…</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The first account. It adds the other staff accounts later.</source>
        <translation>Первая учётная запись. Позже с неё добавляют учётные записи остальных сотрудников.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>По&amp;вторите пароль:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Nurlanovna</source>
        <translation>например, Айгерим Нурлановна</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 10 characters, without the user name or the branch&apos;s name; a few words that belong together only for you are easy to remember and hard to guess.</source>
        <translation>Забытый пароль никто не восстановит: храните его там же, где филиал хранит свои ключи. Не меньше 10 символов, без имени пользователя и названия филиала; несколько слов, связанных между собой только для вас, легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator and give them the file %1 (it says where in the program the error happened, and holds no personal data).</source>
        <translation>В Qamqor произошла ошибка; то, что вы делали, могло не сохраниться. Если это повторится, сообщите администратору и передайте ему файл %1 (в нём указано только место ошибки в программе, персональных данных в нём нет).</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Exchange with HQ</source>
        <translation>Обмен с центральным офисом</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Rules overridden (%1): %2</source>
        <translation>Назначено несмотря на предупреждение (%1): %2</translation>
    </message>
    <message>
        <source>Hours set by hand: %1</source>
        <translation>Часы введены вручную: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message numerus="yes">
        <source>%n visitor(s)</source>
        <translation>
            <numerusform>%n посетитель</numerusform>
            <numerusform>%n посетителя</numerusform>
            <numerusform>%n посетителей</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer and the second folder</source>
        <translation>Этот компьютер и вторая папка</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>Вторая папка</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Да, %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверена</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Open Backups</source>
        <translation>Открыть резервные копии</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database in the backup %1 does not open with its key: the backup is damaged.</source>
        <translation>База данных в резервной копии %1 не открывается своим ключом: копия повреждена.</translation>
    </message>
    <message>
        <source>SQLite found errors in its database</source>
        <translation>SQLite нашёл ошибки в её базе данных</translation>
    </message>
    <message>
        <source>its database does not hold what its manifest says</source>
        <translation>её база данных не содержит того, что указано в её манифесте</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Nothing was changed; use another backup.</source>
        <translation>Резервная копия %1 повреждена (%2). Ничего не изменено; воспользуйтесь другой копией.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged. Nothing was changed; use another backup.</source>
        <translation>Резервная копия %1 повреждена. Ничего не изменено; воспользуйтесь другой копией.</translation>
    </message>
    <message>
        <source>%1 is not a Qamqor backup.</source>
        <translation>%1 — не резервная копия Qamqor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>она обрывается раньше времени</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Qamqor. Install the newer version to use it.</source>
        <translation>Резервная копия %1 создана более новой версией Qamqor. Чтобы воспользоваться ею, установите новую версию.</translation>
    </message>
    <message>
        <source>its size is not the one it records</source>
        <translation>её размер не совпадает с указанным в ней</translation>
    </message>
    <message>
        <source>This branch&apos;s records are on a PostgreSQL server: its administrator backs them up with the server&apos;s own tools (see the README). Qamqor makes backups of branches kept on this computer.</source>
        <translation>Записи этого филиала хранятся на сервере PostgreSQL: резервные копии делает администратор сервера его собственными средствами (см. README). Qamqor делает резервные копии филиалов, хранящихся на этом компьютере.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written and nothing was changed.</source>
        <translation>Остановлено. Ничего не записано и ничего не изменено.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
    <message>
        <source>Choose a folder other than the branch&apos;s own backups folder: the copy is there so that one broken disk does not take every backup.</source>
        <translation>Выберите папку, отличную от папки резервных копий филиала: копия нужна, чтобы один сломавшийся диск не унёс все резервные копии.</translation>
    </message>
    <message>
        <source>The second folder %1 cannot be found (is the USB stick in?).</source>
        <translation>Вторая папка %1 не найдена (вставлена ли флешка?).</translation>
    </message>
    <message>
        <source>SQLite found errors in the branch&apos;s database, so no backup was made (the backups made before are kept). Restore the newest backup, or ask for help before you go on.</source>
        <translation>SQLite нашёл ошибки в базе данных отделения, поэтому резервная копия не создана (ранее созданные копии сохранены). Восстановите самую новую резервную копию или обратитесь за помощью, прежде чем продолжать работу.</translation>
    </message>
    <message>
        <source>The key file does not hold the database&apos;s key right now (another program is changing it). Try the backup again in a moment.</source>
        <translation>Сейчас в файле ключа нет ключа базы данных (его меняет другая программа). Повторите резервное копирование чуть позже.</translation>
    </message>
    <message>
        <source>The backup %1 is of branch %2, not of this branch. Nothing was changed.</source>
        <translation>Резервная копия %1 относится к филиалу %2, а не к этому филиалу. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This password opens the key file of the backup, but not its database: the backup is damaged.</source>
        <translation>Этот пароль открывает файл ключа резервной копии, но не её базу данных: копия повреждена.</translation>
    </message>
    <message>
        <source>This backup was made with an earlier key of the database, which your account did not have. Give the user name and password of someone who had an account when it was made (in the window: under your password; on the command line: --backup-user and QAMQOR_BACKUP_PASSWORD).</source>
        <translation>Эта резервная копия сделана с прежним ключом базы данных, которого у вашей учётной записи не было. Укажите имя пользователя и пароль того, у кого была учётная запись на момент создания копии (в окне — под вашим паролем; в командной строке — --backup-user и QAMQOR_BACKUP_PASSWORD).</translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation>Чтобы восстановить резервную копию, введите свой пароль.</translation>
    </message>
    <message>
        <source>The records could not be kept aside before the restore (%1). Nothing was changed.</source>
        <translation>Не удалось сохранить записи отдельно перед восстановлением (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is a branch in %1 already. Log in to it to restore a backup, or, if it no longer opens, restore with --replace-damaged (its files are kept aside).</source>
        <translation>В %1 уже есть филиал. Войдите в него, чтобы восстановить резервную копию, а если он больше не открывается, восстановите с --replace-damaged (его файлы будут сохранены отдельно).</translation>
    </message>
    <message>
        <source>Only an administrator who had an account when the backup was made may restore it here.</source>
        <translation>Восстановить резервную копию здесь может только администратор, у которого была учётная запись на момент её создания.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Qamqor (schema %2). Install that version to restore it; nothing was changed.</source>
        <translation>Резервная копия %1 создана более новой версией Qamqor (схема %2). Чтобы восстановить её, установите эту версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup lacks the table %1 even after it was brought up to date; nothing was changed.</source>
        <translation>Даже после обновления в резервной копии нет таблицы %1; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2. Choose another folder.</source>
        <translation>Не удаётся записать в папку %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The disk of %1 is full: no backup was written. Free some space (or remove old backups) and try again.</source>
        <translation>Диск, на котором находится %1, заполнен: резервная копия не записана. Освободите место (или удалите старые копии) и повторите попытку.</translation>
    </message>
    <message>
        <source>Could not write the backup into %1: %2</source>
        <translation>Не удалось записать резервную копию в %1: %2</translation>
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
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Сохранена перед восстановлением</translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation>Сохранена перед обновлением</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this branch yet.</source>
        <translation>У этого филиала пока нет резервной копии.</translation>
    </message>
    <message>
        <source>The newest backup was made %1 (%2).</source>
        <translation>Последняя резервная копия сделана %1 (%2).</translation>
    </message>
    <message>
        <source>Make one now: a branch should never be more than two days without one.</source>
        <translation>Сделайте её сейчас: филиал не должен оставаться без резервной копии больше двух дней.</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>Последнее резервное копирование не удалось (%1): %2</translation>
    </message>
    <message>
        <source>No copy went to the second folder: %1</source>
        <translation>Во вторую папку копия не записана: %1</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding all the branch&apos;s records. Qamqor makes one when the window closes (once a day) and keeps the last 7 days, 4 weeks and 12 months of them. It opens only with the password of someone who had an account when it was made. Keep a copy away from this computer too: a second folder on a USB stick.</source>
        <translation>Резервная копия — это один зашифрованный файл со всеми записями филиала. Qamqor делает её при закрытии окна (раз в день) и хранит копии за последние 7 дней, 4 недели и 12 месяцев. Она открывается только паролем того, у кого была учётная запись на момент её создания. Храните копию и вне этого компьютера: во второй папке на флешке.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Сделать резервную копию сейчас</translation>
    </message>
    <message>
        <source>C&amp;heck the chosen one</source>
        <translation>&amp;Проверить выбранную</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen one…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Second folder (a USB stick)</source>
        <translation>Вторая папка (флешка)</translation>
    </message>
    <message>
        <source>Every backup is copied here too and read back. Choose a folder on a USB stick and keep the stick in another place, so that a stolen or broken computer does not take every copy.</source>
        <translation>Каждая резервная копия копируется и сюда и перечитывается для проверки. Выберите папку на флешке и храните флешку в другом месте, чтобы кража или поломка компьютера не унесла все копии.</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Stop copying there</source>
        <translation>&amp;Больше не копировать туда</translation>
    </message>
    <message>
        <source>None chosen: backups stay on this computer only.</source>
        <translation>Не выбрана: резервные копии хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <source>Stopped. No backup was written.</source>
        <translation>Остановлено. Резервная копия не записана.</translation>
    </message>
    <message>
        <source>The backup %1 was written and checked (%2, %3).</source>
        <translation>Резервная копия %1 записана и проверена (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy is in the second folder.</source>
        <translation>Копия есть во второй папке.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>The backup %1 is whole: every byte reads back as written and its database opens and holds %2.</source>
        <translation>Резервная копия %1 цела: каждый байт читается так, как был записан, а её база данных открывается и содержит %2.</translation>
    </message>
    <message>
        <source>Reading the backup and checking its database…</source>
        <translation>Чтение резервной копии и проверка её базы данных…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Остановлено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The branch&apos;s records are those of the backup made %1. The records it replaced are kept in %2. Everyone logs in again now.</source>
        <translation>Теперь записи филиала такие же, как в резервной копии от %1. Заменённые записи сохранены в %2. Теперь все входят заново.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>Checking the backup, then replacing the records…</source>
        <translation>Проверка резервной копии, затем замена записей…</translation>
    </message>
    <message>
        <source>Choose the second folder for backups</source>
        <translation>Выберите вторую папку для резервных копий</translation>
    </message>
    <message>
        <source>From now on every backup is copied to %1 as well. Make one now to have a copy there at once.</source>
        <translation>Теперь каждая резервная копия будет копироваться и в %1. Сделайте копию сейчас, чтобы она сразу там появилась.</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation>Резервные копии больше не копируются во вторую папку.</translation>
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
        <translation>Его код входит в номер каждой записи, например KZ-ALA-2026-000123.</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>&amp;Код филиала:</translation>
    </message>
    <message>
        <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
        <translation>Страна, дефис, от 2 до 6 букв или цифр (KZ-ALA, KZ-SHY, KZ-AST).</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>Наз&amp;вание филиала:</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Can fill</source>
        <translation>Может закрыть</translation>
    </message>
    <message>
        <source>Hours, last 4 weeks</source>
        <translation>Часы за 4 недели</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Через %n день</numerusform>
            <numerusform>Через %n дня</numerusform>
            <numerusform>Через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>The role decides what %1 (%2) may see and do.</source>
        <translation>Роль определяет, что %1 (%2) может видеть и делать.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ClosingBackupDialog</name>
    <message>
        <source>Making today&apos;s backup of the branch before Qamqor closes…</source>
        <translation>Перед закрытием Qamqor создаётся сегодняшняя резервная копия филиала…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation>Не удаётся прочитать файл пароля: %1</translation>
    </message>
    <message>
        <source>Give %1 in a file (--password-file) or in the %2 variable.</source>
        <translation>Укажите %1 в файле (--password-file) или в переменной %2.</translation>
    </message>
    <message>
        <source>There is no branch here yet: run qamqor init first.</source>
        <translation>Здесь ещё нет филиала: сначала выполните qamqor init.</translation>
    </message>
    <message>
        <source>Give your user name with --user (or QAMQOR_USER).</source>
        <translation>Укажите имя пользователя с помощью --user (или QAMQOR_USER).</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>ваш пароль</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>пароль администратора</translation>
    </message>
    <message>
        <source>Branch %1 is set up in %2.</source>
        <translation>Филиал %1 настроен в папке %2.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>сервер базы данных</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>Число посетителей не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A demo branch was made in %1.</source>
        <translation>Демонстрационный филиал создан в папке %1.</translation>
    </message>
    <message>
        <source>Referrals and volunteers are added only to a demo branch that qamqor demo made itself.</source>
        <translation>Направления и волонтёры добавляются только в демонстрационный филиал, созданный самой командой qamqor demo.</translation>
    </message>
    <message>
        <source>Demo log-in: user %1, password %2 (other roles: %3).</source>
        <translation>Демо-вход: пользователь %1, пароль %2 (другие роли: %3).</translation>
    </message>
    <message>
        <source>holds the health key</source>
        <translation>ключ к медицинским данным выдан</translation>
    </message>
    <message>
        <source>waits for the health key</source>
        <translation>ждёт ключ к медицинским данным</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>%1 holds no age key.</source>
        <translation>В %1 нет ключа age.</translation>
    </message>
    <message>
        <source>%1 now holds the key to restricted health information (from their next log-in).</source>
        <translation>%1 теперь владеет ключом к медицинским данным ограниченного доступа (со следующего входа).</translation>
    </message>
    <message>
        <source>the new password</source>
        <translation>новый пароль</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Пользователь %1 добавлен.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Пароль пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>User %1 was disabled; the database has a new key.</source>
        <translation>Пользователь %1 отключён; у базы данных новый ключ.</translation>
    </message>
    <message>
        <source>Nobody at the branch holds the key to restricted health information any more: only HQ&apos;s escrow key does (qamqor users grant-health USER --escrow-key FILE).</source>
        <translation>В филиале больше ни у кого нет ключа к медицинским данным ограниченного доступа: он есть только у резервного ключа центрального офиса (qamqor users grant-health USER --escrow-key FILE).</translation>
    </message>
    <message>
        <source>audit event %1 was altered</source>
        <translation>событие аудита %1 изменено</translation>
    </message>
    <message>
        <source>audit event %1 is missing</source>
        <translation>событие аудита %1 отсутствует</translation>
    </message>
    <message>
        <source>audit event %1 does not follow the one before it</source>
        <translation>событие аудита %1 не следует за предыдущим</translation>
    </message>
    <message>
        <source>audit event %1 is missing: the backup %2 (made %3) saw the trail reach event %4</source>
        <translation>событие аудита %1 отсутствует: резервная копия %2 (от %3) видела журнал до события %4</translation>
    </message>
    <message>
        <source>audit events %1 to %2 are missing: the backup %3 (made %4) saw the trail reach event %5</source>
        <translation>события аудита с %1 по %2 отсутствуют: резервная копия %3 (от %4) видела журнал до события %5</translation>
    </message>
    <message>
        <source>audit event %1 is not the one the backup %2 (made %3) recorded: events up to it were rewritten</source>
        <translation>событие аудита %1 не то, что записала резервная копия %2 (от %3): события до него были переписаны</translation>
    </message>
    <message>
        <source>audit event %1 is missing: HQ&apos;s return bundle %2 (applied %3) says the trail reached event %4</source>
        <translation>событие аудита %1 отсутствует: ответный пакет штаба %2 (применён %3) сообщает, что журнал доходил до события %4</translation>
    </message>
    <message>
        <source>audit events %1 to %2 are missing: HQ&apos;s return bundle %3 (applied %4) says the trail reached event %5</source>
        <translation>события аудита с %1 по %2 отсутствуют: ответный пакет штаба %3 (применён %4) сообщает, что журнал доходил до события %5</translation>
    </message>
    <message>
        <source>audit event %1 is not the one HQ&apos;s return bundle %2 (applied %3) recorded: events up to it were rewritten</source>
        <translation>событие аудита %1 — не то, которое записал ответный пакет штаба %2 (применён %3): события до него переписаны</translation>
    </message>
    <message>
        <source>It still holds event %1 as HQ&apos;s return bundle %2 recorded it.</source>
        <translation>Журнал по-прежнему содержит событие %1 в том виде, в каком его записал ответный пакет штаба %2.</translation>
    </message>
    <message>
        <source>There is no backup to compare the trail&apos;s end with.</source>
        <translation>Нет резервной копии, с которой можно сравнить конец журнала.</translation>
    </message>
    <message>
        <source>It still holds event %1 as the backup %2 recorded it.</source>
        <translation>В нём по-прежнему есть событие %1 в том виде, в каком его записала резервная копия %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Row %1: already registered as %2</source>
        <translation>Строка %1: уже зарегистрировано как %2</translation>
    </message>
    <message>
        <source>Row %1: registered as %2; may be %3, registered with another document number: check</source>
        <translation>Строка %1: зарегистрирован как %2; возможно, это %3, зарегистрированный с другим номером документа: проверьте</translation>
    </message>
    <message>
        <source>The number of results must be at least 1.</source>
        <translation>Число результатов должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Letter languages are one to three of kk, ru, en.</source>
        <translation>Языки направления: от одного до трёх из kk, ru, en.</translation>
    </message>
    <message>
        <source>Letter %1 written to %2 (marked COPY).</source>
        <translation>Направление %1 записано в %2 (с отметкой «КОПИЯ»).</translation>
    </message>
    <message>
        <source>Letter %1 written to %2.</source>
        <translation>Направление %1 записано в %2.</translation>
    </message>
    <message>
        <source>There is no week %1: write it like 2026-W48.</source>
        <translation>Недели %1 не существует: укажите её в виде 2026-W48.</translation>
    </message>
    <message>
        <source>The roster of week %1 was written to %2.</source>
        <translation>График смен на неделю %1 записан в %2.</translation>
    </message>
    <message>
        <source>There is no day %1: write it like 2026-11-24.</source>
        <translation>Дня %1 не существует: укажите его в виде 2026-11-24.</translation>
    </message>
    <message>
        <source>The sign-in sheet of %1 was written to %2.</source>
        <translation>Лист регистрации прихода и ухода на %1 записан в %2.</translation>
    </message>
    <message>
        <source>Give both --from and --to, or --period.</source>
        <translation>Укажите и --from, и --to либо --period.</translation>
    </message>
    <message>
        <source>The report is written to a .pdf, .xlsx or .csv file, not %1.</source>
        <translation>Отчёт записывается в файл .pdf, .xlsx или .csv, а не в %1.</translation>
    </message>
    <message>
        <source>The period %1 has not begun yet: there is nothing to report.</source>
        <translation>Период %1 ещё не начался: отчитываться пока не о чем.</translation>
    </message>
    <message>
        <source>This branch has no visits or referrals yet: the figures are zeros.</source>
        <translation>В этом филиале ещё нет ни посещений, ни направлений: все показатели равны нулю.</translation>
    </message>
    <message>
        <source>The branch&apos;s records begin on %1, after this period: the figures are zeros.</source>
        <translation>Записи филиала начинаются %1, уже после этого периода: показатели равны нулю.</translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (exact figures).</source>
        <translation>Отчёт за %1 записан в %2 (точные цифры).</translation>
    </message>
    <message>
        <source>The report for %1 was written to %2 (small counts withheld as &lt;5).</source>
        <translation>Отчёт за %1 записан в %2 (малые числа скрыты как &lt;5).</translation>
    </message>
    <message>
        <source>NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered.</source>
        <translation>ПОДЛИННОСТЬ НЕ ПОДТВЕРЖДЕНА: этот код создан не этим филиалом для этого направления, либо направление было изменено.</translation>
    </message>
    <message>
        <source>Genuine letter %1, issued %2: %3 (%4), status %5.</source>
        <translation>Подлинное направление %1, выдано %2: %3 (%4), статус: %5.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2, %3).</source>
        <translation>Резервная копия записана и проверена: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Copy in the second folder: %1</source>
        <translation>Копия во второй папке: %1</translation>
    </message>
    <message>
        <source>No copy in the second folder: %1</source>
        <translation>Во второй папке копии нет: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is whole: made %2, %3, schema %4.</source>
        <translation>Резервная копия %1 цела: создана %2, %3, схема %4.</translation>
    </message>
    <message>
        <source>The branch here does not open (%1). To put the backup in its place, run the restore again with --replace-damaged: the branch&apos;s files are kept aside.</source>
        <translation>Филиал здесь не открывается (%1). Чтобы поставить на его место резервную копию, запустите восстановление снова с --replace-damaged: файлы филиала будут сохранены отдельно.</translation>
    </message>
    <message>
        <source>the password of --backup-user</source>
        <translation>пароль --backup-user</translation>
    </message>
    <message>
        <source>The branch&apos;s records are those of the backup made %1 (%2).</source>
        <translation>Теперь записи филиала такие же, как в резервной копии от %1 (%2).</translation>
    </message>
    <message>
        <source>The records it replaced are kept in %1.</source>
        <translation>Заменённые записи сохранены в %1.</translation>
    </message>
    <message>
        <source>The next bundle for HQ says that the branch was restored, so HQ does not take it for a second computer.</source>
        <translation>Следующий пакет для центрального офиса сообщит, что филиал восстановлен, поэтому центральный офис не примет его за второй компьютер.</translation>
    </message>
    <message>
        <source>Everything held about %1 was written to %2.</source>
        <translation>Всё, что хранится о %1, записано в %2.</translation>
    </message>
    <message>
        <source>%1 was anonymised: names, contacts, documents and notes are gone; HQ gets the change with the next bundle.</source>
        <translation>%1 обезличен: имена, контакты, документы и примечания удалены; центральный офис получит это изменение со следующим пакетом.</translation>
    </message>
    <message>
        <source>Give --reason to place a legal hold.</source>
        <translation>Чтобы установить запрет на удаление, укажите причину в --reason.</translation>
    </message>
    <message>
        <source>The legal hold on %1 was released.</source>
        <translation>Запрет на удаление записи %1 снят.</translation>
    </message>
    <message>
        <source>%1 is under a legal hold: kept whole until a director releases it.</source>
        <translation>На запись %1 установлен запрет на удаление: она хранится целиком, пока директор не снимет запрет.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) added.</source>
        <translation>
            <numerusform>Добавлен %n посетитель.</numerusform>
            <numerusform>Добавлено %n посетителя.</numerusform>
            <numerusform>Добавлено %n посетителей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Журнал аудита не нарушен: проверено %n событие.</numerusform>
            <numerusform>Журнал аудита не нарушен: проверено %n события.</numerusform>
            <numerusform>Журнал аудита не нарушен: проверено %n событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records are now kept %n month(s) after their last activity.</source>
        <translation>
            <numerusform>Теперь записи хранятся %n месяц после последнего действия.</numerusform>
            <numerusform>Теперь записи хранятся %n месяца после последнего действия.</numerusform>
            <numerusform>Теперь записи хранятся %n месяцев после последнего действия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due for anonymisation: no activity for %1 months.</source>
        <translation>
            <numerusform>%n человек подлежит обезличиванию: никаких действий %1 мес.</numerusform>
            <numerusform>%n человека подлежат обезличиванию: никаких действий %1 мес.</numerusform>
            <numerusform>%n человек подлежат обезличиванию: никаких действий %1 мес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>Обезличен %n человек.</numerusform>
            <numerusform>Обезличены %n человека.</numerusform>
            <numerusform>Обезличены %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unexpected error stopped the command (%1); what it was doing may be unfinished. Where it happened is written in %2 (without any personal data); --debug shows the whole report.</source>
        <translation>непредвиденная ошибка остановила команду (%1); её работа могла остаться незавершённой. Где это произошло, записано в %2 (без персональных данных); полный отчёт покажет --debug.</translation>
    </message>
</context>
<context>
    <name>ConsentWording</name>
    <message>
        <source>The Red Crescent keeps a record of you here so that we can help you when you come again: your name, date of birth, citizenship, contacts and documents, your visits and the help you received. It is kept encrypted and goes to no one outside the Red Crescent without your agreement. You may ask to see it, to correct it or to have it removed.</source>
        <extracomment>What the person is told before they agree, per purpose and version, as (catalogue context, source text). A consent records the version it was given under, so the person&apos;s page can show the very words they heard; a changed wording is a new version, added last (the newest is asked from then on), never an edit of an old one. Version 1 was the form&apos;s check box alone, before these wordings existed.</extracomment>
        <translation>Красный Полумесяц хранит здесь запись о вас, чтобы помочь вам, когда вы придёте снова: ваше имя, дату рождения, гражданство, контакты и документы, ваши посещения и полученную помощь. Запись хранится в зашифрованном виде и без вашего согласия никому за пределами Красного Полумесяца не передаётся. Вы можете попросить показать её, исправить или удалить.</translation>
    </message>
    <message>
        <source>When we refer you to another service (a clinic, legal aid, a shelter and the like), the referral letter gives that service your name and only the other details you agree to, such as your date of birth, phone or document. The letter names the service you need, never a diagnosis. You may withdraw this consent at any time; letters already handed over cannot be taken back.</source>
        <translation>Когда мы направляем вас в другую службу (поликлинику, юридическую помощь, приют и т. п.), направление сообщает этой службе ваше имя и только те сведения, на которые вы согласитесь, например дату рождения, телефон или документ. В направлении указана нужная вам услуга, но никогда не диагноз. Вы можете отозвать это согласие в любое время; уже переданные направления вернуть нельзя.</translation>
    </message>
    <message>
        <source>We may call you or send you a message on the phone number you gave us, about your case or your referral. Tell us if you would rather not be called.</source>
        <translation>Мы можем звонить вам или отправлять сообщения на указанный вами номер телефона по вашему делу или направлению. Скажите нам, если не хотите, чтобы вам звонили.</translation>
    </message>
    <message>
        <source>Your visits are counted, without your name or contacts, in the figures the branch sends to Red Crescent headquarters. Nobody can tell from these figures who you are.</source>
        <translation>Ваши посещения учитываются — без имени и контактов — в цифрах, которые филиал отправляет в центральный офис Красного Полумесяца. По этим цифрам никто не сможет узнать, кто вы.</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <source>Copy the week</source>
        <translation>Копирование недели</translation>
    </message>
    <message>
        <source>Copies every shift of %1 (not who is on it) to another week, at the same times. A shift already there is not copied twice.</source>
        <translation>Копирует все смены недели %1 (без назначенных на них людей) на другую неделю в то же время. Смена, которая там уже есть, повторно не копируется.</translation>
    </message>
    <message>
        <source>Copy &amp;to the week of:</source>
        <translation>&amp;Копировать на неделю:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose another week to copy to.</source>
        <translation>Выберите другую неделю для копирования.</translation>
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
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Visits and needs</source>
        <translation>Посещения и потребности</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Apply the weekly shifts</source>
        <translation>Применение еженедельных смен</translation>
    </message>
    <message>
        <source>Makes the shifts of every weekly template on these days. A shift already made from a template is not made twice.</source>
        <translation>Создаёт на эти дни смены по всем еженедельным шаблонам. Смена, уже созданная по шаблону, повторно не создаётся.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Make shifts</source>
        <translation>Создать смены</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This branch was not made as a demo, or its demo passwords were changed. Give your user name (--user) and password to add demo visitors in your name.</source>
        <translation>Этот филиал создан не как демонстрационный, или его демо-пароли изменены. Укажите своё имя пользователя (--user) и пароль, чтобы добавить демо-посетителей от своего имени.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <extracomment>Makes the document on the pool thread: ``make(ctx, preview)``. Makes a batch on the pool thread, reporting its progress on ``ctx``.</extracomment>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save it as PDF instead.</source>
        <translation>Не найдена программа для просмотра PDF. Сохраните документ в PDF.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Сохранено как %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as PDF, or ask for a printer to be installed.</source>
        <translation>На этом компьютере не настроен принтер. Сохраните документ в PDF или попросите установить принтер.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено на %1.</translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation>Остановлено; ничего не напечатано.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Roster %1</source>
        <translation>График смен %1</translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation>Лист регистрации %1</translation>
    </message>
    <message>
        <source>Service record %1</source>
        <translation>Справка о волонтёрской деятельности %1</translation>
    </message>
    <message>
        <source>Volunteer hours %1</source>
        <translation>Часы волонтёров %1</translation>
    </message>
    <message>
        <source>Everything held %1</source>
        <translation>Всё, что хранится: %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчёт за %1</translation>
    </message>
    <message>
        <source>A letter is in one to three of kk, ru, en.</source>
        <translation>Направление составляется на одном–трёх языках из kk, ru, en.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Already registered?</source>
        <translation>Уже зарегистрирован?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered before may be the one you are registering. Check with the visitor; if one of them is the same person, open that record instead of making a second one.</source>
        <translation>
            <numerusform>%n ранее зарегистрированный человек может оказаться тем, кого вы регистрируете. Уточните у посетителя; если это тот же человек, откройте его запись, а не создавайте вторую.</numerusform>
            <numerusform>Среди %n ранее зарегистрированных людей может оказаться тот, кого вы регистрируете. Уточните у посетителя; если один из них — тот же человек, откройте его запись, а не создавайте вторую.</numerusform>
            <numerusform>Среди %n ранее зарегистрированных людей может оказаться тот, кого вы регистрируете. Уточните у посетителя; если один из них — тот же человек, откройте его запись, а не создавайте вторую.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open this person</source>
        <translation>&amp;Открыть эту запись</translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation>&amp;Сохранить как нового посетителя</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase at the person&apos;s request</source>
        <translation>Удаление по просьбе человека</translation>
    </message>
    <message>
        <source>Erasing %1 removes their names, contacts, identity documents and every note from this record at once, and from headquarters with the next bundle. Their visits and referrals stay only as numbers in the statistics. Give them their record first if they want it (Everything held…).</source>
        <translation>При удалении записи %1 имена, контакты, документы, удостоверяющие личность, и все примечания удаляются из неё сразу, а в центральном офисе — со следующим пакетом. Посещения и направления остаются в статистике только как числа. Если человек хочет, сначала отдайте ему его запись («Всё, что хранится…»).</translation>
    </message>
    <message>
        <source>&amp;Why (who asked, when, how; kept in the audit trail):</source>
        <translation>&amp;Причина (кто, когда и как попросил; сохраняется в журнале аудита):</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Say why the record is erased.</source>
        <translation>Укажите, почему запись удаляется.</translation>
    </message>
    <message>
        <source>Erase this record?</source>
        <translation>Удалить эту запись?</translation>
    </message>
    <message>
        <source>The names, contacts, documents and notes of %1 will be removed for good. This cannot be undone.</source>
        <translation>Имена, контакты, документы и примечания записи %1 будут удалены навсегда. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Check the key set with HQ first: give the fingerprint HQ reads out by phone with --hq-fingerprint (this file&apos;s fingerprint is %1). Nothing was installed.</source>
        <translation>Сначала сверьте набор ключей с центральным офисом: укажите отпечаток, который центральный офис зачитает по телефону, в --hq-fingerprint (отпечаток этого файла: %1). Ничего не установлено.</translation>
    </message>
    <message>
        <source>The fingerprint HQ read out is not this file&apos;s (%1): the file may have been changed. Nothing was installed.</source>
        <translation>Отпечаток, зачитанный центральным офисом, не совпадает с отпечатком этого файла (%1): файл мог быть изменён. Ничего не установлено.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2</source>
        <translation>Установлен набор ключей центрального офиса, версия %1. Отпечаток ключа (сверьте его с центральным офисом по телефону): %2</translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Fingerprint (read it to HQ by phone): %2</source>
        <translation>Файл регистрации записан в %1. Отпечаток ключа (продиктуйте его центральному офису по телефону): %2</translation>
    </message>
    <message>
        <source>%1 written: bundle %2 with %3.</source>
        <translation>Записан %1: пакет %2, %3.</translation>
    </message>
    <message>
        <source>HQ acknowledged the changes through %1. %2 removed from the waiting list.</source>
        <translation>Центральный офис подтвердил изменения по %1 включительно. Удалено из списка ожидания: %2.</translation>
    </message>
    <message>
        <source>This return bundle was applied before; nothing changed.</source>
        <translation>Этот ответный пакет уже был применён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Rejected change %1 (%2 %3): %4</source>
        <translation>Отклонённое изменение %1 (%2 %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent change(s)</source>
        <translation>
            <numerusform>%n отправленное изменение</numerusform>
            <numerusform>%n отправленных изменения</numerusform>
            <numerusform>%n отправленных изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service provider(s) updated.</source>
        <translation>
            <numerusform>Обновлён %n поставщик услуг.</numerusform>
            <numerusform>Обновлено %n поставщика услуг.</numerusform>
            <numerusform>Обновлено %n поставщиков услуг.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s):</source>
        <translation>
            <numerusform>Центральный офис не смог применить %n изменение:</numerusform>
            <numerusform>Центральный офис не смог применить %n изменения:</numerusform>
            <numerusform>Центральный офис не смог применить %n изменений:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that the restored backup lacked came back from HQ.</source>
        <translation>
            <numerusform>Из центрального офиса вернулась %n запись, которой не было в восстановленной резервной копии.</numerusform>
            <numerusform>Из центрального офиса вернулись %n записи, которых не было в восстановленной резервной копии.</numerusform>
            <numerusform>Из центрального офиса вернулись %n записей, которых не было в восстановленной резервной копии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</source>
        <translation>
            <numerusform>%n запись из центрального офиса не принята: после восстановления её номер здесь получила другая запись. В центральном офисе она сохранена.</numerusform>
            <numerusform>%n записи из центрального офиса не приняты: после восстановления их номера здесь получили другие записи. В центральном офисе они сохранены.</numerusform>
            <numerusform>%n записей из центрального офиса не приняты: после восстановления их номера здесь получили другие записи. В центральном офисе они сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a Qamqor bundle.</source>
        <translation>Этот файл не является пакетом Qamqor.</translation>
    </message>
    <message>
        <source>This return bundle is for branch %1, not for this branch (%2).</source>
        <translation>Этот ответный пакет предназначен для филиала %1, а не для этого филиала (%2).</translation>
    </message>
    <message>
        <source>A recipient key in the HQ key set is not valid.</source>
        <translation>Один из ключей получателя в наборе ключей центрального офиса недействителен.</translation>
    </message>
    <message>
        <source>The decryption key is not a valid age identity.</source>
        <translation>Ключ расшифровки не является допустимым ключом age (age identity).</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this key: it cannot be decrypted here.</source>
        <translation>Этот пакет адресован не этому ключу: здесь его нельзя расшифровать.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (truncated or changed bytes): refused.</source>
        <translation>Пакет повреждён или изменён (обрезан или изменены байты): пакет отклонён.</translation>
    </message>
    <message>
        <source>This bundle has format version %1, which this program does not know: update Qamqor.</source>
        <translation>Версия формата этого пакета — %1, она неизвестна этой программе: обновите Qamqor.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the sender&apos;s key: refused.</source>
        <translation>Подпись пакета не соответствует ключу отправителя: пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its manifest: refused.</source>
        <translation>Содержимое пакета не соответствует его манифесту: пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle member %1 does not match its manifest: refused.</source>
        <translation>Файл пакета %1 не соответствует манифесту: пакет отклонён.</translation>
    </message>
    <message>
        <source>Branch %1 is already enrolled with other keys: refused.</source>
        <translation>Филиал %1 уже зарегистрирован с другими ключами: отклонено.</translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first.</source>
        <translation>Филиал %1 не зарегистрирован в центральном офисе: сначала выполните qamqor-hq enrol с его файлом регистрации.</translation>
    </message>
    <message>
        <source>This bundle of branch %1 is signed by the computer HQ revoked on %2, when the branch was rebuilt from HQ&apos;s records (the computer was lost or stolen): refused; nothing was merged. Tell the branch and whoever brought the bundle.</source>
        <translation>Этот пакет филиала %1 подписан компьютером, ключ которого штаб отозвал %2, когда филиал был восстановлен по записям штаба (компьютер утерян или украден). Отклонено; ничего не объединено. Сообщите филиалу и тому, кто принёс пакет.</translation>
    </message>
    <message>
        <source>The bundle is not signed with the enrolled key of branch %1: refused.</source>
        <translation>Пакет не подписан зарегистрированным ключом филиала %1: пакет отклонён.</translation>
    </message>
    <message>
        <source>FORK: branch %1 sent two different bundles numbered %2 (a restored or copied computer?). Refused; nothing was merged. Call the branch.</source>
        <translation>РАЗВЕТВЛЕНИЕ (FORK): филиал %1 прислал два разных пакета с номером %2 (компьютер восстановлен или скопирован?). Отклонено; ничего не объединено. Позвоните в филиал.</translation>
    </message>
    <message>
        <source>FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. Refused; nothing was merged. Call the branch.</source>
        <translation>РАЗВЕТВЛЕНИЕ (FORK): пакет %2 филиала %1 не продолжает пакет %3, который уже есть в центральном офисе. Отклонено; ничего не объединено. Позвоните в филиал.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: changes are missing. Refused.</source>
        <translation>Пакет %2 филиала %1 начинается с изменения %3, а центральный офис применил изменения только по %4 включительно: часть изменений отсутствует. Отклонено.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 could not be applied (%3); nothing was changed.</source>
        <translation>Не удалось применить пакет %2 филиала %1 (%3); ничего не изменено.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1: its audit trail ends at event %3, but an earlier bundle showed HQ the trail reaching event %4. Events %5 to %4 were removed at the branch. Refused; nothing was merged. Call the branch.</source>
        <translation>Пакет %2 филиала %1: его журнал аудита заканчивается событием %3, а более ранний пакет показал штабу, что журнал доходил до события %4. События с %5 по %4 удалены в филиале. Отклонено; ничего не объединено. Позвоните в филиал.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1: audit event %3 is no longer the one an earlier bundle showed HQ (the trail was rewritten or deleted up to there). Refused; nothing was merged. Call the branch.</source>
        <translation>Пакет %2 филиала %1: событие аудита %3 уже не то, которое показал штабу более ранний пакет (журнал переписан или удалён до этого места). Отклонено; ничего не объединено. Позвоните в филиал.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 was made before the branch was restored from a backup (it belongs to an earlier state of the branch): refused; the branch&apos;s newer bundles carry everything.</source>
        <translation>Пакет %2 филиала %1 создан до того, как филиал был восстановлен из резервной копии (он относится к прежнему состоянию филиала): отклонён; более новые пакеты филиала содержат всё.</translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ.</source>
        <extracomment>the audit action of a recovery at HQ
----------
the audit action of records sent back to a restored branch</extracomment>
        <translation>Филиал %1 не зарегистрирован в центральном офисе.</translation>
    </message>
    <message>
        <source>This recovery request is for branch %1, not for %2.</source>
        <translation>Этот запрос на восстановление сделан для филиала %1, а не для %2.</translation>
    </message>
    <message>
        <source>This request carries the key HQ already holds for branch %1: make a new recovery request on the new computer.</source>
        <translation>В этом запросе тот же ключ, который штаб уже хранит для филиала %1: сделайте новый запрос на восстановление на новом компьютере.</translation>
    </message>
    <message>
        <source>This request carries a key HQ revoked before: make a new recovery request on the new computer.</source>
        <translation>В этом запросе ключ, который штаб уже отозвал: сделайте новый запрос на восстановление на новом компьютере.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <extracomment>the audit action of a resolved conflict; its detail names the fields and the choice</extracomment>
        <translation>Конфликта %1 нет.</translation>
    </message>
    <message>
        <source>Conflict %1 is already resolved.</source>
        <translation>Конфликт %1 уже решён.</translation>
    </message>
    <message>
        <source>The branch sent newer values of these fields since conflict %1: resolve conflict %2 instead.</source>
        <translation>После конфликта %1 филиал прислал более новые значения этих полей: решите вместо него конфликт %2.</translation>
    </message>
    <message>
        <source>Conflict %1 is about an unknown kind of record (%2).</source>
        <translation>Конфликт %1 относится к неизвестному типу записи (%2).</translation>
    </message>
    <message>
        <source>This file is not a %1 file.</source>
        <translation>Этот файл не является файлом %1.</translation>
    </message>
    <message>
        <source>The HQ key set&apos;s signature does not verify: it was altered or not made by HQ.</source>
        <translation>Подпись набора ключей центрального офиса не прошла проверку: набор изменён или создан не центральным офисом.</translation>
    </message>
    <message>
        <source>%1 already exists: HQ keys are never overwritten.</source>
        <translation>%1 уже существует: ключи центрального офиса никогда не перезаписываются.</translation>
    </message>
    <message>
        <source>Cannot read the HQ keys in %1: %2</source>
        <translation>Не удаётся прочитать ключи центрального офиса в %1: %2</translation>
    </message>
    <message>
        <source>The HQ signing key in %1 does not belong to its key set.</source>
        <translation>Ключ подписи центрального офиса в %1 не относится к его набору ключей.</translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not verify: it was altered.</source>
        <translation>Подпись файла регистрации не прошла проверку: файл изменён.</translation>
    </message>
    <message>
        <source>Give the HQ database with --db URL (or QAMQOR_HQ_DB).</source>
        <translation>Укажите базу данных центрального офиса с помощью --db URL (или QAMQOR_HQ_DB).</translation>
    </message>
    <message>
        <source>This needs the HQ keys: give their folder with --keys.</source>
        <translation>Для этого нужны ключи центрального офиса: укажите их папку с помощью --keys.</translation>
    </message>
    <message>
        <source>The report is written to a .xlsx or .csv file, not %1.</source>
        <translation>Отчёт записывается в файл .xlsx или .csv, а не в %1.</translation>
    </message>
    <message>
        <source>HQ keys written to %1. Keep hq-primary.agekey, hq-escrow.agekey and hq-signing.key secret; give hq-keyset.json to the branches.</source>
        <translation>Ключи центрального офиса записаны в %1. Храните hq-primary.agekey, hq-escrow.agekey и hq-signing.key в секрете; передайте hq-keyset.json филиалам.</translation>
    </message>
    <message>
        <source>Key set fingerprint (read it out by phone): %1</source>
        <translation>Отпечаток ключа набора ключей (продиктуйте его по телефону): %1</translation>
    </message>
    <message>
        <source>Branch %1 (%2) enrolled; fingerprint %3.</source>
        <translation>Филиал %1 (%2) зарегистрирован; отпечаток ключа: %3.</translation>
    </message>
    <message>
        <source>Branch %1 (%2) was already enrolled with these keys; fingerprint %3.</source>
        <translation>Филиал %1 (%2) уже был зарегистрирован с этими ключами; отпечаток ключа: %3.</translation>
    </message>
    <message>
        <source>%1 was restored from a backup: its bundles from %2 on are a new epoch (%3).</source>
        <translation>%1 восстановлен из резервной копии: его пакеты начиная с %2 относятся к новой эпохе (%3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: imported before; nothing changed (%3 already present).</source>
        <translation>%1, пакет %2: уже импортирован ранее; ничего не изменено (уже имеется: %3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: older than what HQ has; nothing changed (%3 already present).</source>
        <translation>%1, пакет %2: старше данных центрального офиса; ничего не изменено (уже имеется: %3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: %3 applied, %4 already present, %5 conflicts, %6 rejected.</source>
        <translation>%1, пакет %2: применено: %3, уже имеется: %4, конфликтов: %5, отклонено: %6.</translation>
    </message>
    <message numerus="yes">
        <source>The report of %n branch(es) for %1 was written to %2 (exact figures).</source>
        <translation>
            <numerusform>Отчёт по %n филиалу за %1 записан в %2 (точные цифры).</numerusform>
            <numerusform>Отчёт по %n филиалам за %1 записан в %2 (точные цифры).</numerusform>
            <numerusform>Отчёт по %n филиалам за %1 записан в %2 (точные цифры).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report of %n branch(es) for %1 was written to %2 (small counts withheld as &lt;5).</source>
        <translation>
            <numerusform>Отчёт по %n филиалу за %1 записан в %2 (малые числа скрыты как &lt;5).</numerusform>
            <numerusform>Отчёт по %n филиалам за %1 записан в %2 (малые числа скрыты как &lt;5).</numerusform>
            <numerusform>Отчёт по %n филиалам за %1 записан в %2 (малые числа скрыты как &lt;5).</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1: return bundle %2 acknowledges changes through %3 (%4 rejected).</source>
        <translation>%1: ответный пакет %2 подтверждает изменения по %3 включительно (отклонено: %4).</translation>
    </message>
    <message>
        <source>HQ holds the branch&apos;s changes through change %1, from its bundle %2 (imported %3). Whatever the lost computer recorded after that bundle was never sent, and is not in the recovery.</source>
        <translation>В штабе есть изменения филиала по изменение %1 включительно, из его пакета %2 (импортирован %3). Всё, что утерянный компьютер записал после этого пакета, так и не было отправлено и в восстановление не входит.</translation>
    </message>
    <message>
        <source>HQ never received a bundle from this branch: the recovery holds only HQ&apos;s directory of services.</source>
        <translation>Штаб не получал от этого филиала ни одного пакета: в восстановлении только справочник служб штаба.</translation>
    </message>
    <message>
        <source>The lost computer&apos;s key (%1) is revoked: bundles it signs are refused from now on.</source>
        <translation>Ключ утерянного компьютера (%1) отозван: пакеты, подписанные им, теперь отклоняются.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Нет конфликтов для рассмотрения.</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не решён</translation>
    </message>
    <message>
        <source>    %1: HQ has %2; the branch sent %3</source>
        <translation>    %1: в центральном офисе — %2; филиал прислал — %3</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: HQ keeps its values of %2.</source>
        <translation>Конфликт %1 решён: центральный офис сохраняет свои значения полей %2.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the branch&apos;s values of %2 are now HQ&apos;s.</source>
        <translation>Конфликт %1 решён: значения полей %2 от филиала приняты центральным офисом.</translation>
    </message>
    <message numerus="yes">
        <source>%1: recovery bundle for branch %2 with %n record(s).</source>
        <translation>
            <numerusform>%1: пакет восстановления филиала %2, %n запись.</numerusform>
            <numerusform>%1: пакет восстановления филиала %2, %n записи.</numerusform>
            <numerusform>%1: пакет восстановления филиала %2, %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was restored from a backup: this return bundle brings back %n record(s) HQ holds that the backup may lack.</source>
        <translation>
            <numerusform>%1 восстановлен из резервной копии: этот ответный пакет возвращает %n запись центрального офиса, которой может не быть в резервной копии.</numerusform>
            <numerusform>%1 восстановлен из резервной копии: этот ответный пакет возвращает %n записи центрального офиса, которых может не быть в резервной копии.</numerusform>
            <numerusform>%1 восстановлен из резервной копии: этот ответный пакет возвращает %n записей центрального офиса, которых может не быть в резервной копии.</numerusform>
        </translation>
    </message>
    <message>
        <source>This HQ key set (version %1) is not newer than the one installed (version %2).</source>
        <translation>Этот набор ключей центрального офиса (версия %1) не новее установленного (версия %2).</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Экспорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>Install the HQ key set first (qamqor keys install-hq FILE).</source>
        <translation>Сначала установите набор ключей центрального офиса (qamqor keys install-hq FILE).</translation>
    </message>
    <message>
        <source>HQ acknowledges changes through %1, but this branch sent only through %2: is this database restored from an old backup? Nothing was changed.</source>
        <translation>Центральный офис подтверждает изменения по %1 включительно, но этот филиал отправил их только по %2: не восстановлена ли эта база данных из старой резервной копии? Ничего не изменено.</translation>
    </message>
    <message>
        <source>HQ&apos;s return bundle carries a record this program cannot read: nothing was changed. Ask HQ whether the branch needs a newer Qamqor.</source>
        <translation>В ответном пакете центрального офиса есть запись, которую эта программа не может прочитать: ничего не изменено. Спросите в центральном офисе, не нужна ли филиалу более новая версия Qamqor.</translation>
    </message>
    <message>
        <source>HQ&apos;s return bundle brings back records that do not fit with this branch&apos;s: nothing was changed. Tell HQ.</source>
        <translation>Записи, которые возвращает ответный пакет центрального офиса, не согласуются с записями этого филиала: ничего не изменено. Сообщите в центральный офис.</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2. Nothing was lost: the changes stay waiting for the next export. Check the stick (full, read-only or pulled out) and export again.</source>
        <translation>Не удалось записать пакет %1: %2. Ничего не потеряно: изменения дождутся следующего экспорта. Проверьте флешку (переполнена, защищена от записи или извлечена) и повторите экспорт.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2. Choose another folder or stick.</source>
        <translation>Не удаётся записать в папку %1: %2. Выберите другую папку или флешку.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written: use another stick.</source>
        <translation>Пакет, записанный в %1, при повторном чтении не совпадает с записанным: используйте другую флешку.</translation>
    </message>
    <message>
        <source>This file is not a Qamqor recovery bundle.</source>
        <translation>Этот файл не является пакетом восстановления Qamqor.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Visitor&apos;s language</source>
        <translation>Язык посетителя</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Health flag</source>
        <translation>Отметка о здоровье</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Referral step</source>
        <translation>Этап направления</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Volunteer&apos;s language</source>
        <translation>Язык волонтёра</translation>
    </message>
    <message>
        <source>Volunteer&apos;s training</source>
        <translation>Обучение волонтёра</translation>
    </message>
    <message>
        <source>Volunteer&apos;s availability</source>
        <translation>Доступность волонтёра</translation>
    </message>
    <message>
        <source>Volunteer&apos;s blocked dates</source>
        <translation>Недоступные даты волонтёра</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Shift template</source>
        <translation>Шаблон смены</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Check-in or check-out</source>
        <translation>Отметка прихода или ухода</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>Причина от центрального офиса</translation>
    </message>
    <message>
        <source>The branch&apos;s records travel to HQ as encrypted files on a USB stick or by e-mail. Each file carries every change HQ has not yet acknowledged, so a lost stick loses nothing: export again.</source>
        <translation>Записи филиала передаются в центральный офис в виде зашифрованных файлов на флешке или по электронной почте. Каждый файл содержит все изменения, ещё не подтверждённые центральным офисом, поэтому при потере флешки ничего не теряется: просто повторите экспорт.</translation>
    </message>
    <message>
        <source>HQ key set</source>
        <translation>Набор ключей центрального офиса</translation>
    </message>
    <message>
        <source>Read this fingerprint to HQ by phone: it must match theirs, group by group.</source>
        <translation>Продиктуйте этот отпечаток ключа центральному офису по телефону: он должен совпасть с их отпечатком группа за группой.</translation>
    </message>
    <message>
        <source>&amp;Install HQ key set…</source>
        <translation>&amp;Установить набор ключей центрального офиса…</translation>
    </message>
    <message>
        <source>Write &amp;enrolment file…</source>
        <translation>Записать &amp;файл регистрации…</translation>
    </message>
    <message>
        <source>Sending to HQ</source>
        <translation>Отправка в центральный офис</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Ожидающие изменения:</translation>
    </message>
    <message>
        <source>Last bundle written:</source>
        <translation>Последний записанный пакет:</translation>
    </message>
    <message>
        <source>E&amp;xport for HQ…</source>
        <translation>&amp;Экспорт для центрального офиса…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Answers from HQ</source>
        <translation>Ответы центрального офиса</translation>
    </message>
    <message>
        <source>Last acknowledgement:</source>
        <translation>Последнее подтверждение:</translation>
    </message>
    <message>
        <source>Import HQ&apos;s &amp;answer…</source>
        <translation>Импорт &amp;ответа центрального офиса…</translation>
    </message>
    <message>
        <source>Not installed yet. HQ sends the file hq-keyset.json; install it before the first export.</source>
        <translation>Ещё не установлен. Центральный офис присылает файл hq-keyset.json; установите его до первого экспорта.</translation>
    </message>
    <message>
        <source>Version %1, installed %2. Fingerprint:</source>
        <translation>Версия %1, установлен %2. Отпечаток ключа:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged by HQ</source>
        <translation>
            <numerusform>%n изменение ещё не подтверждено центральным офисом</numerusform>
            <numerusform>%n изменения ещё не подтверждены центральным офисом</numerusform>
            <numerusform>%n изменений ещё не подтверждено центральным офисом</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>%1 — bundle %2, %3</source>
        <translation>%1 — пакет %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>written %1 into %2</source>
        <translation>записан %1 в %2</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>записан %1</translation>
    </message>
    <message>
        <source>No answer from HQ yet.</source>
        <translation>Ответа от центрального офиса пока нет.</translation>
    </message>
    <message>
        <source>Changes through %1 — answer %2, applied %3</source>
        <translation>Изменения по %1 включительно — ответ %2, применён %3</translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s). Correct these records here; the corrections travel in the next bundle.</source>
        <translation>
            <numerusform>Центральный офис не смог применить %n изменение. Исправьте эти записи здесь; исправления уйдут в следующем пакете.</numerusform>
            <numerusform>Центральный офис не смог применить %n изменения. Исправьте эти записи здесь; исправления уйдут в следующем пакете.</numerusform>
            <numerusform>Центральный офис не смог применить %n изменений. Исправьте эти записи здесь; исправления уйдут в следующем пакете.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the HQ key set first.</source>
        <translation>Сначала установите набор ключей центрального офиса.</translation>
    </message>
    <message>
        <source>Choose the HQ key set</source>
        <translation>Выберите набор ключей центрального офиса</translation>
    </message>
    <message>
        <source>HQ key set (*.json);;All files (*)</source>
        <translation>Набор ключей центрального офиса (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Check the fingerprint with HQ</source>
        <translation>Сверка отпечатка ключа с центральным офисом</translation>
    </message>
    <message>
        <source>HQ key set version %1.

Fingerprint:
%2

Phone HQ and have them read out their fingerprint. Install the key set only if every group matches.</source>
        <translation>Набор ключей центрального офиса, версия %1.

Отпечаток ключа:
%2

Позвоните в центральный офис и попросите продиктовать их отпечаток. Устанавливайте набор ключей, только если совпадает каждая группа.</translation>
    </message>
    <message>
        <source>It matches: install</source>
        <translation>Совпадает: установить</translation>
    </message>
    <message>
        <source>HQ key set version %1 is installed.</source>
        <translation>Набор ключей центрального офиса версии %1 установлен.</translation>
    </message>
    <message>
        <source>Save the enrolment file into</source>
        <translation>Папка для сохранения файла регистрации</translation>
    </message>
    <message>
        <source>The enrolment file was saved as %1.

Send it to HQ on the stick or by e-mail. Then phone HQ and read out this fingerprint, so they know the file is this branch&apos;s:
%2

HQ can read this branch&apos;s bundles once it has registered the file.</source>
        <translation>Файл регистрации сохранён как %1.

Отправьте его в центральный офис на флешке или по электронной почте. Затем позвоните в центральный офис и продиктуйте этот отпечаток ключа, чтобы там убедились, что файл принадлежит этому филиалу:
%2

Когда центральный офис зарегистрирует файл, он сможет читать пакеты этого филиала.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Файл регистрации</translation>
    </message>
    <message>
        <source>Export for HQ into (the USB stick)</source>
        <translation>Куда экспортировать для центрального офиса (флешка)</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Экспорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 was written: bundle %2 with %3.</source>
        <translation>Записан %1: пакет %2, %3.</translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation>Сбор изменений…</translation>
    </message>
    <message>
        <source>Choose HQ&apos;s answer</source>
        <translation>Выберите ответ центрального офиса</translation>
    </message>
    <message>
        <source>HQ&apos;s answers (*.qmr);;All files (*)</source>
        <translation>Ответы центрального офиса (*.qmr);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This answer from HQ was applied before; nothing changed.</source>
        <translation>Этот ответ центрального офиса уже был применён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>HQ acknowledged the changes through %1. %2 removed from the waiting list.</source>
        <translation>Центральный офис подтвердил изменения по %1 включительно. Удалено из списка ожидания: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent change(s)</source>
        <translation>
            <numerusform>%n отправленное изменение</numerusform>
            <numerusform>%n отправленных изменения</numerusform>
            <numerusform>%n отправленных изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HQ could not apply %n change(s): see the list below.</source>
        <translation>
            <numerusform>Центральный офис не смог применить %n изменение: см. список ниже.</numerusform>
            <numerusform>Центральный офис не смог применить %n изменения: см. список ниже.</numerusform>
            <numerusform>Центральный офис не смог применить %n изменений: см. список ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that the restored backup lacked came back from HQ.</source>
        <translation>
            <numerusform>Из центрального офиса вернулась %n запись, которой не было в восстановленной резервной копии.</numerusform>
            <numerusform>Из центрального офиса вернулись %n записи, которых не было в восстановленной резервной копии.</numerusform>
            <numerusform>Из центрального офиса вернулись %n записей, которых не было в восстановленной резервной копии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from HQ were left out: their numbers are used here by other records since the restore. HQ keeps them.</source>
        <translation>
            <numerusform>%n запись из центрального офиса не принята: после восстановления её номер здесь получила другая запись. В центральном офисе она сохранена.</numerusform>
            <numerusform>%n записи из центрального офиса не приняты: после восстановления их номера здесь получили другие записи. В центральном офисе они сохранены.</numerusform>
            <numerusform>%n записей из центрального офиса не приняты: после восстановления их номера здесь получили другие записи. В центральном офисе они сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and applying HQ&apos;s answer…</source>
        <translation>Проверка и применение ответа центрального офиса…</translation>
    </message>
    <message>
        <source>Writing the bundle and reading it back…</source>
        <translation>Запись пакета и контрольное чтение…</translation>
    </message>
    <message>
        <source>Collecting the changes: %1 of %2…</source>
        <translation>Сбор изменений: %1 из %2…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Написание латиницей</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Household member&apos;s name</source>
        <translation>Имя члена семьи</translation>
    </message>
    <message>
        <source>Health note</source>
        <translation>Примечание о здоровье</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Контакт на экстренный случай</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Телефон на экстренный случай</translation>
    </message>
    <message>
        <source>Reason for the unavailable days</source>
        <translation>Причина недоступных дней</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Причина направления</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Название площадки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Название филиала</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why the hours are set by hand</source>
        <translation>Почему часы введены вручную</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters; this one has %2.</source>
        <translation>
            <numerusform>%1: не более %n символа; здесь %2.</numerusform>
            <numerusform>%1: не более %n символов; здесь %2.</numerusform>
            <numerusform>%1: не более %n символов; здесь %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters; the rest was not taken.</source>
        <translation>
            <numerusform>%1: не более %n символа, остальное не вошло.</numerusform>
            <numerusform>%1: не более %n символов, остальное не вошло.</numerusform>
            <numerusform>%1: не более %n символов, остальное не вошло.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Qamqor — set up this branch</source>
        <translation>Qamqor — настройка филиала</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Create the branch</source>
        <translation>&amp;Создать филиал</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Follow up &amp;on:</source>
        <translation>&amp;Дата контроля:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation>Укажите дату в формате дд.мм.гггг.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>A sealed health field does not open: it is damaged or was moved from another record.</source>
        <translation>Зашифрованное поле медицинских данных не открывается: оно повреждено или перенесено из другой записи.</translation>
    </message>
    <message>
        <source>This health information was sealed with another key than this branch&apos;s: the key file and the database do not belong together. Restore them together from one backup.</source>
        <translation>Эти медицинские данные зашифрованы не ключом этого филиала: файл ключа и база данных не соответствуют друг другу. Восстановите их вместе из одной резервной копии.</translation>
    </message>
    <message>
        <source>HQ holds no key to the health information of branch %1 that this escrow key opens.</source>
        <translation>В центральном офисе нет ключа к медицинским данным филиала %1, который открывается этим резервным ключом.</translation>
    </message>
    <message>
        <source>Your account has not been given the key to restricted health information yet. A director or caseworker who holds it gives it to you in Settings; then log in again.</source>
        <translation>Вашей учётной записи ещё не выдан ключ к медицинским данным ограниченного доступа. Его выдаёт директор или социальный работник, у которого он есть, в разделе «Настройки»; после этого войдите снова.</translation>
    </message>
    <message>
        <source>The key file does not hold the key this database&apos;s health information was sealed with. Restore the key file and the database together from one backup.</source>
        <translation>В файле ключа нет ключа, которым зашифрованы медицинские данные этой базы. Восстановите файл ключа и базу данных вместе из одной резервной копии.</translation>
    </message>
    <message>
        <source>HQ&apos;s escrow key holds no key to health information for this branch.</source>
        <translation>У резервного ключа центрального офиса нет ключа к медицинским данным этого филиала.</translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>Активной учётной записи %1 нет.</translation>
    </message>
    <message>
        <source>The role of %1 may not see health information: change the role first.</source>
        <translation>Роли пользователя %1 медицинские данные недоступны: сначала измените роль.</translation>
    </message>
    <message>
        <source>%1 has no key slot in this branch: the administrator sets a new password first.</source>
        <translation>У %1 нет ячейки в файле ключа этого филиала: сначала администратор задаёт новый пароль.</translation>
    </message>
    <message>
        <source>The key to health information in the key file is damaged. Restore the key file from a backup.</source>
        <translation>Ключ к медицинским данным в файле ключа повреждён. Восстановите файл ключа из резервной копии.</translation>
    </message>
</context>
<context>
    <name>HealthAccessBox</name>
    <message>
        <source>Access to restricted health information</source>
        <translation>Доступ к медицинским данным ограниченного доступа</translation>
    </message>
    <message>
        <source>&amp;Give the key</source>
        <translation>&amp;Выдать ключ</translation>
    </message>
    <message>
        <source>Recorded in the audit trail.</source>
        <translation>Фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <source>Your account has not been given the key to restricted health information yet. A director or caseworker who holds it gives it to you on their Settings page; then log in again.</source>
        <translation>Вашей учётной записи ещё не выдан ключ к медицинским данным ограниченного доступа. Его выдаёт директор или социальный работник, у которого он есть, на своей странице «Настройки»; после этого войдите снова.</translation>
    </message>
    <message>
        <source>You hold the key to restricted health information. These colleagues&apos; roles may see it, but they have not been given the key yet. Give it only to colleagues you know: the administrator makes accounts, but cannot give the key.</source>
        <translation>У вас есть ключ к медицинским данным ограниченного доступа. Роли этих коллег позволяют видеть эти данные, но ключ им ещё не выдан. Выдавайте его только коллегам, которых вы знаете: учётные записи создаёт администратор, но выдать ключ он не может.</translation>
    </message>
    <message>
        <source>You hold the key to restricted health information, as does every colleague whose role may see it.</source>
        <translation>У вас есть ключ к медицинским данным ограниченного доступа, как и у всех коллег, чья роль позволяет их видеть.</translation>
    </message>
    <message>
        <source>%1 now holds the key (from their next log-in).</source>
        <translation>Теперь у %1 есть ключ (со следующего входа).</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours by hand</source>
        <translation>Ввод часов вручную</translation>
    </message>
    <message>
        <source>The hours credited to %1 for this shift.</source>
        <translation>Часы, засчитываемые за эту смену. Волонтёр: %1.</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Say why the hours are set by hand.</source>
        <translation>Укажите, почему часы введены вручную.</translation>
    </message>
</context>
<context>
    <name>HqKeySetPage</name>
    <message>
        <source>The HQ key set</source>
        <translation>Набор ключей центрального офиса</translation>
    </message>
    <message>
        <source>Optional: the keys that lock this branch&apos;s bundles so that only HQ can open them.</source>
        <translation>Необязательно: ключи, которыми шифруются пакеты этого филиала, чтобы открыть их мог только центральный офис.</translation>
    </message>
    <message>
        <source>HQ sends a file named hq-keyset.json. Choose it, then phone HQ and compare the fingerprint shown here with theirs, group by group.</source>
        <translation>Центральный офис присылает файл hq-keyset.json. Выберите его, затем позвоните в центральный офис и сверьте показанный здесь отпечаток ключа с их отпечатком группа за группой.</translation>
    </message>
    <message>
        <source>C&amp;hoose the key set file…</source>
        <translation>&amp;Выбрать файл набора ключей…</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>Пока &amp;пропустить</translation>
    </message>
    <message>
        <source>HQ read out the same fingerprint by phone</source>
        <translation>Центральный офис продиктовал по телефону такой же отпечаток</translation>
    </message>
    <message>
        <source>Without the key set the branch works as usual; the administrator installs it later in Exchange with HQ.</source>
        <translation>Без набора ключей филиал работает как обычно; администратор установит его позже в разделе «Обмен с центральным офисом».</translation>
    </message>
    <message>
        <source>Version %1 of the HQ key set. Fingerprint:</source>
        <translation>Набор ключей центрального офиса, версия %1. Отпечаток ключа:</translation>
    </message>
    <message>
        <source>Choose the HQ key set</source>
        <translation>Выберите набор ключей центрального офиса</translation>
    </message>
    <message>
        <source>HQ key set (*.json);;All files (*)</source>
        <translation>Набор ключей центрального офиса (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Compare the fingerprint with HQ by phone and tick the box, or skip this step for now.</source>
        <translation>Сверьте отпечаток ключа с центральным офисом по телефону и поставьте отметку или пока пропустите этот шаг.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read “%1”: save the register from Excel as .xlsx or .csv.</source>
        <translation>Не удаётся прочитать “%1”: сохраните реестр из Excel в формате .xlsx или .csv.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; a register of up to %3 MB can be imported at once. Save it as several smaller files (a year each, for instance) and import them one after another.</source>
        <translation>Размер “%1” — %2 МБ, а за один раз можно импортировать реестр до %3 МБ. Сохраните его в несколько файлов поменьше (например, по году в каждом) и импортируйте их по очереди.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>Файл “%1” пуст.</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>в ячейке больше %1 знаков</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) opened in it is never closed, so every row after it would run into one cell</source>
        <translation>открытая в ней кавычка (&quot;) нигде не закрыта, и все строки после неё слились бы в одну ячейку</translation>
    </message>
    <message>
        <source>Row %1 of “%2” cannot be read: %3. Nothing was imported; correct the file and try again.</source>
        <translation>Строку %1 файла “%2” нельзя прочитать: %3. Ничего не импортировано; исправьте файл и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Не удаётся открыть “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”.</source>
        <translation>Не удаётся прочитать текст файла “%1”: сохраните его из Excel в формате “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read (.xlsx).</source>
        <translation>Файл “%1” не читается как книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like 31.12.2019.</source>
        <translation>“%1” — не дата: пишите так: 31.12.2019.</translation>
    </message>
    <message>
        <source>“%1” is a year, not the date of a visit: write it like 31.12.2019.</source>
        <translation>“%1” — это год, а не дата посещения: пишите так: 31.12.2019.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>Дата посещения не может быть в будущем.</translation>
    </message>
    <message>
        <source>%1 is too long ago for a visit: check the year.</source>
        <translation>%1 — слишком давно для посещения: проверьте год.</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>Столбец “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a sex: write F or M (Ж or М, Ә or Е).</source>
        <translation>“%1” — это не пол: укажите F или M (Ж или М, Ә или Е).</translation>
    </message>
    <message>
        <source>Unknown country “%1”: write its name or its two-letter code (UZ, TJ, KG).</source>
        <translation>Неизвестная страна “%1”: укажите её название или двухбуквенный код (UZ, TJ, KG).</translation>
    </message>
    <message>
        <source>Needs as written in the register: %1</source>
        <translation>Потребности, как они записаны в реестре: %1</translation>
    </message>
    <message>
        <source>No column holds names. Head the name columns Фамилия / Тегі / family_name, Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name.</source>
        <translation>Нет столбца с именами. Озаглавьте столбцы с именем Фамилия / Тегі / family_name, Имя / Аты / given_name или ФИО / Аты-жөні / full_name для полного имени.</translation>
    </message>
    <message>
        <source>Needs are recorded with a visit: choose the column with the visit dates too.</source>
        <translation>Потребности записываются вместе с посещением: выберите и столбец с датами посещений.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n строка импортирована.</numerusform>
            <numerusform>%n строки импортированы.</numerusform>
            <numerusform>%n строк импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n дубликат пропущен.</numerusform>
            <numerusform>%n дубликата пропущено.</numerusform>
            <numerusform>%n дубликатов пропущено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors.</source>
        <translation>
            <numerusform>%n строка с ошибками.</numerusform>
            <numerusform>%n строки с ошибками.</numerusform>
            <numerusform>%n строк с ошибками.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded.</source>
        <translation>
            <numerusform>Записано %n посещение.</numerusform>
            <numerusform>Записано %n посещения.</numerusform>
            <numerusform>Записано %n посещений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) were recorded already and skipped.</source>
        <translation>
            <numerusform>%n посещение уже было записано и пропущено.</numerusform>
            <numerusform>%n посещения уже были записаны и пропущены.</numerusform>
            <numerusform>%n посещений уже были записаны и пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered</source>
        <translation>
            <numerusform>зарегистрирован %n человек</numerusform>
            <numerusform>зарегистрировано %n человека</numerusform>
            <numerusform>зарегистрировано %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n посещение</numerusform>
            <numerusform>%n посещения</numerusform>
            <numerusform>%n посещений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) to check: the same name and birth date as a person registered with another document number.</source>
        <translation>
            <numerusform>%n импортированную строку нужно проверить: имя и дата рождения те же, что у человека, зарегистрированного с другим номером документа.</numerusform>
            <numerusform>%n импортированные строки нужно проверить: имя и дата рождения те же, что у человека, зарегистрированного с другим номером документа.</numerusform>
            <numerusform>%n импортированных строк нужно проверить: имя и дата рождения те же, что у человека, зарегистрированного с другим номером документа.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rows imported before that are kept.</source>
        <translation>Импорт отменён; строки, импортированные до этого, сохранены.</translation>
    </message>
    <message>
        <source>The disk is full: nothing of the register was saved. Free some space and import it again.</source>
        <translation>Диск заполнен: из реестра ничего не сохранено. Освободите место и импортируйте его снова.</translation>
    </message>
    <message>
        <source>The disk is full. Rows %1 to %2 of the register were saved (%3, %4); nothing from row %5 on. Free some space and import the file again: what was saved is recognised and skipped.</source>
        <translation>Диск заполнен. Строки реестра с %1 по %2 сохранены (%3, %4), начиная со строки %5 — ничего. Освободите место и импортируйте файл снова: уже сохранённое будет распознано и пропущено.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Already registered as</source>
        <translation>Уже зарегистрирован как</translation>
    </message>
    <message>
        <source>Registered as, and the person it may repeat</source>
        <translation>Зарегистрирован как — и кого, возможно, повторяет</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Импорт реестра</translation>
    </message>
    <message>
        <source>Bring in the visitors of a register the branch kept before Qamqor: an Excel workbook (.xlsx) or a CSV file whose first row names the columns. Nothing is saved until you have checked the columns and pressed Import. People already registered are skipped and listed.</source>
        <translation>Перенесите посетителей из реестра, который филиал вёл до Qamqor: книги Excel (.xlsx) или CSV-файла, в первой строке которого указаны названия столбцов. Ничего не сохраняется, пока вы не проверите столбцы и не запустите импорт. Уже зарегистрированные люди пропускаются и выводятся списком.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Which column holds what? Qamqor guessed from the column names; correct what it got wrong. Columns left “not imported” are ignored.</source>
        <translation>Что содержится в каждом столбце? Qamqor определил это по названиям столбцов; исправьте, где он ошибся. Столбцы, оставленные как “не импортировать”, пропускаются.</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Выбор файла</translation>
    </message>
    <message>
        <source>2. Check the columns</source>
        <translation>2. Проверка столбцов</translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation>3. Импорт</translation>
    </message>
    <message>
        <source>4. Report</source>
        <translation>4. Отчёт</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation>Остановка после сохранения текущих строк…</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>Выберите реестр для импорта</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation>Реестры (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Файл ещё не выбран.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the column names.</source>
        <translation>
            <numerusform>%1: %n строка под названиями столбцов.</numerusform>
            <numerusform>%1: %n строки под названиями столбцов.</numerusform>
            <numerusform>%1: %n строк под названиями столбцов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read.</source>
        <translation>
            <numerusform>Первая %n строка в том виде, в каком она будет прочитана.</numerusform>
            <numerusform>Первые %n строки в том виде, в каком они будут прочитаны.</numerusform>
            <numerusform>Первые %n строк в том виде, в каком они будут прочитаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are (see Problems); the others can.</source>
        <translation>
            <numerusform>%n из них нельзя импортировать в таком виде (см. столбец Проблемы); остальные можно.</numerusform>
            <numerusform>%n из них нельзя импортировать в таком виде (см. столбец Проблемы); остальные можно.</numerusform>
            <numerusform>%n из них нельзя импортировать в таком виде (см. столбец Проблемы); остальные можно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows done…</source>
        <translation>Импорт: обработано %1 из %2 строк…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat people already registered; they were not registered again:</source>
        <translation>
            <numerusform>%n строка повторяет уже зарегистрированного посетителя; повторно он не зарегистрирован:</numerusform>
            <numerusform>%n строки повторяют уже зарегистрированных посетителей; повторно они не зарегистрированы:</numerusform>
            <numerusform>%n строк повторяют уже зарегистрированных посетителей; повторно они не зарегистрированы:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the name and birth date of a person already registered with another document number (a renewed passport, or a namesake). They were registered; open both records and merge them if they are one person:</source>
        <translation>
            <numerusform>В %n строке имя и дата рождения совпадают с уже зарегистрированным человеком, у которого другой номер документа (новый паспорт или полный тёзка). Строка зарегистрирована; откройте обе записи и объедините их, если это один человек:</numerusform>
            <numerusform>В %n строках имя и дата рождения совпадают с уже зарегистрированными людьми, у которых другой номер документа (новый паспорт или полный тёзка). Строки зарегистрированы; откройте обе записи и объедините их, если это один человек:</numerusform>
            <numerusform>В %n строках имя и дата рождения совпадают с уже зарегистрированными людьми, у которых другой номер документа (новый паспорт или полный тёзка). Строки зарегистрированы; откройте обе записи и объедините их, если это один человек:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; correct them in the file and import it again (rows already imported are then skipped):</source>
        <translation>
            <numerusform>%n строку не удалось прочитать; исправьте её в файле и импортируйте файл снова (уже импортированные строки будут пропущены):</numerusform>
            <numerusform>%n строки не удалось прочитать; исправьте их в файле и импортируйте файл снова (уже импортированные строки будут пропущены):</numerusform>
            <numerusform>%n строк не удалось прочитать; исправьте их в файле и импортируйте файл снова (уже импортированные строки будут пропущены):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The branch&apos;s database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
        <translation>База данных филиала обновлена для этой версии Qamqor. Перед этим копия прежней базы была сохранена в папке %1.</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Запрет на удаление</translation>
    </message>
    <message>
        <source>A legal hold keeps the record of %1 whole: retention passes it by and it cannot be erased, even at the person&apos;s request, until a director releases the hold.</source>
        <translation>Запрет на удаление сохраняет запись %1 целиком: пока директор не снимет запрет, срок хранения к ней не применяется и её нельзя удалить даже по просьбе самого человека.</translation>
    </message>
    <message>
        <source>&amp;Why (a court case, an investigation; the administrator sees it):</source>
        <translation>&amp;Причина (судебное дело, расследование; её видит администратор):</translation>
    </message>
    <message>
        <source>Place the hold</source>
        <translation>Установить запрет</translation>
    </message>
    <message>
        <source>A legal hold keeps the record of %1 whole. Placed by %2 on %3: %4</source>
        <translation>Запись %1 защищена запретом на удаление. Установил(а): %2, %3: %4</translation>
    </message>
    <message>
        <source>&amp;Why it is released (optional):</source>
        <translation>&amp;Почему запрет снимается (необязательно):</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Снять запрет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Tuberculosis clinic</source>
        <translation>Противотуберкулёзный диспансер</translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation>Центр по ВИЧ / СПИД</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation>Центр миграционных услуг</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Восстановление семейных связей</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Другая служба</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Экстренный</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Плановый</translation>
    </message>
    <message>
        <source>Emergency: within 24 hours</source>
        <translation>Экстренный: в течение 24 часов</translation>
    </message>
    <message>
        <source>Urgent: within 72 hours</source>
        <translation>Срочный: в течение 72 часов</translation>
    </message>
    <message>
        <source>Routine: within 2 weeks</source>
        <translation>Плановый: в течение 2 недель</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Владеет языками</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Acting director</source>
        <translation>И. о. директора</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>Заместитель директора</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Услуга оказана</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлен(-а) в другую организацию</translation>
    </message>
    <message>
        <source>Service not provided</source>
        <translation>Услуга не оказана</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не явился(-ась)</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Preview</source>
        <extracomment>Across a letter shown on screen before it is printed: not the original, not a copy.</extracomment>
        <translation>Образец</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Направляющая организация</translation>
    </message>
    <message>
        <source>Receiving organisation</source>
        <translation>Принимающая организация</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Код филиала</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Направляемое лицо</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>Запрашиваемая услуга</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Please receive the person by</source>
        <translation>Просим принять до</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Причина направления</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>The person named above has agreed that the facts in this letter be shared with %1 for this referral only. Please keep this letter confidential: do not copy it or pass it on.</source>
        <extracomment>%1 is the receiving organisation&apos;s name.</extracomment>
        <translation>Указанное выше лицо дало согласие на передачу сведений, содержащихся в настоящем направлении, организации %1 исключительно для целей данного направления. Просим обеспечить конфиденциальность настоящего направления: не копировать его и не передавать третьим лицам.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>I agree to this referral</source>
        <translation>С направлением согласен(-на)</translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation>Линия отреза</translation>
    </message>
    <message>
        <source>Feedback slip</source>
        <translation>Талон обратной связи</translation>
    </message>
    <message>
        <source>Please fill in and return to the branch</source>
        <translation>Просим заполнить и вернуть в филиал</translation>
    </message>
    <message>
        <source>Date the person was seen</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>ФИО и должность</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked — enter the password of %1</source>
        <translation>Заблокировано — введите пароль пользователя %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Log out (another person can then log in)</source>
        <translation>Выйти (после этого может войти другой пользователь)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Qamqor — log in</source>
        <translation>Qamqor — вход</translation>
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
        <translation>Войдите, указав имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
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
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the window until your password is entered (Ctrl+L)</source>
        <translation>Заблокировать окно до ввода вашего пароля (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Log out, so that another person can log in</source>
        <translation>Выйти, чтобы мог войти другой пользователь</translation>
    </message>
    <message>
        <source>Branch %1 — %2</source>
        <translation>Филиал %1 — %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>MakeReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation>Оформление направления</translation>
    </message>
    <message>
        <source>Edit the draft referral</source>
        <translation>Изменить черновик направления</translation>
    </message>
    <message>
        <source>Referral for %1</source>
        <translation>Направление: %1</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Служба:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Поставщик услуг:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Сро&amp;чность:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>Why the person needs this service, in a few words. No diagnosis: the letter names only the service.</source>
        <translation>Кратко укажите, почему человеку нужна эта служба. Без диагноза: в направлении называется только служба.</translation>
    </message>
    <message>
        <source>No provider of this service is in the directory yet. Add one under Referrals → Service directory.</source>
        <translation>В справочнике пока нет поставщика услуг этого вида. Добавьте его в разделе Направления → Справочник служб.</translation>
    </message>
    <message>
        <source>What the letter may say about the person</source>
        <translation>Какие сведения о человеке можно указать в направлении</translation>
    </message>
    <message>
        <source>Tick only what the person agreed to share with this provider. The name is always on the letter.</source>
        <translation>Отметьте только те сведения, которые человек согласился передать этому поставщику услуг. Имя в направлении указывается всегда.</translation>
    </message>
    <message>
        <source>Make referral</source>
        <translation>Оформить направление</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Their consent is recorded.</source>
        <translation>Согласие записано.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Выберите поставщика услуг.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Объединить с другой записью</translation>
    </message>
    <message>
        <source>Find the other record of %1 (%2). Its visits, documents and the rest move to this record, and its number keeps finding this person.</source>
        <translation>Найдите другую запись %1 (%2). Её посещения, документы и остальные данные перейдут в эту запись, а по её номеру по-прежнему будет находиться этот человек.</translation>
    </message>
    <message>
        <source>Name in any script, phone, document or registration number</source>
        <translation>Имя в любом написании, телефон, номер документа или регистрационный номер</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Merge two records?</source>
        <translation>Объединить две записи?</translation>
    </message>
    <message>
        <source>%1 (%2) will be merged into %3 (%4), the record open now. Everything it holds moves there, and %2 will find %4. This cannot be undone.</source>
        <translation>Запись %1 (%2) будет присоединена к открытой сейчас записи %3 (%4). Все её данные перейдут туда, а по номеру %2 будет находиться %4. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>NeedRowEditor</name>
    <message>
        <source>Anyone</source>
        <translation>Любой волонтёр</translation>
    </message>
    <message>
        <source>Skill or training</source>
        <translation>Навык или обучение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source> volunteer(s)</source>
        <translation> чел.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this need</source>
        <translation>Удалить эту потребность</translation>
    </message>
</context>
<context>
    <name>NoExchangeAccessPage</name>
    <message>
        <source>Only the administrator exchanges records with HQ, because a bundle carries every record of the branch. Your role (%1) cannot open this part; ask the administrator to send the bundle.</source>
        <translation>Обмениваться записями с центральным офисом может только администратор, поскольку пакет содержит все записи филиала. Ваша роль (%1) не даёт доступа к этому разделу; попросите администратора отправить пакет.</translation>
    </message>
</context>
<context>
    <name>NoReferralAccessPage</name>
    <message>
        <source>Your role (%1) has no access to referrals. They are kept for caseworkers and directors, because a referral tells which service a person needs.</source>
        <translation>У вашей роли (%1) нет доступа к направлениям. Они доступны только социальным работникам и директорам, поскольку из направления видно, какая служба нужна человеку.</translation>
    </message>
</context>
<context>
    <name>NoReportsAccessPage</name>
    <message>
        <source>Your role (%1) has no access to the branch&apos;s figures. Directors and administrators see them; caseworkers see the referral figures.</source>
        <translation>Вашей роли (%1) показатели филиала недоступны. Их видят директора и администраторы; социальные работники видят показатели по направлениям.</translation>
    </message>
</context>
<context>
    <name>NoVisitorAccessPage</name>
    <message>
        <source>Your role (%1) has no access to visitors&apos; records. They are kept for receptionists, caseworkers and directors, so that people who keep volunteers or accounts do not see anyone&apos;s case.</source>
        <translation>У вашей роли (%1) нет доступа к записям посетителей. Они доступны только регистраторам, социальным работникам и директорам, чтобы сотрудники, ведущие учёт волонтёров или учётных записей, не видели чужих дел.</translation>
    </message>
</context>
<context>
    <name>NoVolunteerAccessPage</name>
    <message>
        <source>Your role (%1) has no access to volunteers. The register and the shifts are kept by the coordinator; the desk checks volunteers in and out; the director reads them.</source>
        <translation>У вашей роли (%1) нет доступа к волонтёрам. Реестр и смены ведёт координатор; стойка регистрации отмечает приход и уход волонтёров; директор может их просматривать.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Это поле нельзя оставить пустым.</translation>
    </message>
</context>
<context>
    <name>OpenPlacesModel</name>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Свободно</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Move the shift despite the rules?</source>
        <translation>Перенести смену несмотря на правила?</translation>
    </message>
    <message>
        <source>At the new time or site, the volunteers on this shift break these rules:</source>
        <translation>В новое время или на новой площадке волонтёры этой смены нарушают правила:</translation>
    </message>
    <message>
        <source>&amp;Why go ahead anyway? The reason is kept in the audit trail.</source>
        <translation>&amp;Почему всё же продолжить? Причина сохранится в журнале аудита.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Assign despite the rules?</source>
        <translation>Назначить несмотря на правила?</translation>
    </message>
    <message>
        <source>Putting %1 on this shift breaks these rules:</source>
        <translation>Если назначить на эту смену волонтёра %1, будут нарушены следующие правила:</translation>
    </message>
    <message>
        <source>&amp;Why go ahead anyway? The reason is kept with the assignment.</source>
        <translation>&amp;Почему всё же назначить? Причина сохраняется вместе с назначением.</translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation>Всё равно назначить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters. A few words that belong together only for you (not a saying or a song) are easy to remember and hard to guess.</source>
        <translation>Пароль должен содержать не меньше %1 символов. Несколько слов, связанных между собой только для вас (не поговорка и не строчка из песни), легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>The password must not contain the user name: it is the first thing anyone would try.</source>
        <translation>Пароль не должен содержать имя пользователя: его попробуют первым.</translation>
    </message>
    <message>
        <source>The password must not contain the branch&apos;s name or code: everyone at the branch knows them.</source>
        <translation>Пароль не должен содержать название или код филиала: их знают все в филиале.</translation>
    </message>
    <message>
        <source>This password is one of the most common leaked passwords, which are tried first. Choose another: a few unusual words together work well.</source>
        <translation>Этот пароль входит в число самых распространённых утёкших паролей, их пробуют первыми. Выберите другой: хорошо подходят несколько необычных слов подряд.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Вашей роли (%1) это действие не разрешено.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Изменённые поля</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <source>Everything &amp;held…</source>
        <translation>&amp;Всё, что хранится…</translation>
    </message>
    <message>
        <source>Everything the branch holds about this person, to give them: print, save as PDF or preview, in Kazakh, Russian or English</source>
        <translation>Всё, что филиал хранит об этом человеке, чтобы отдать ему: печать, сохранение в PDF или просмотр на казахском, русском или английском</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>&amp;Запрет на удаление…</translation>
    </message>
    <message>
        <source>Erase at their request…</source>
        <translation>Удалить по просьбе…</translation>
    </message>
    <message>
        <source>Legal hold: kept whole until a director releases it. Placed by %1 on %2: %3</source>
        <translation>Запрет на удаление: запись хранится целиком, пока директор не снимет запрет. Установил(а): %1, %2: %3</translation>
    </message>
    <message>
        <source>Legal hold: kept whole until a director releases it (placed by %1 on %2).</source>
        <translation>Запрет на удаление: запись хранится целиком, пока директор не снимет запрет (установил(а): %1, %2).</translation>
    </message>
    <message>
        <source>A legal hold stands: a director must release it first.</source>
        <translation>Действует запрет на удаление: сначала его должен снять директор.</translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Всё, что хранится о человеке</translation>
    </message>
    <message>
        <source>Everything the branch holds about %1, to give to them: their details, visits, referrals, the letters issued and who saw their restricted information. Choose the language they read.</source>
        <translation>Всё, что филиал хранит о %1, чтобы отдать ему: сведения о нём, посещения, направления, выданные письма и кто видел сведения с ограниченным доступом. Выберите язык, на котором человек читает.</translation>
    </message>
    <message>
        <source>Everything held %1</source>
        <translation>Всё, что хранится: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← Back to the search (Esc)</source>
        <translation>← Назад к поиску (Esc)</translation>
    </message>
    <message>
        <source>&amp;Log visit… (Ctrl+Shift+V)</source>
        <translation>&amp;Отметить визит… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>Объ&amp;единить с другой записью…</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Latin spelling:</source>
        <translation>Написание латиницей:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation>Страна происхождения:</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Дата прибытия:</translation>
    </message>
    <message>
        <source>Migration status:</source>
        <translation>Миграционный статус:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Languages, documents, household and consent</source>
        <translation>Языки, документы, домохозяйство и согласие</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Identity documents:</source>
        <translation>Документы, удостоверяющие личность:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Домохозяйство:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>Also registered as:</source>
        <translation>Также зарегистрирован как:</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Данные о здоровье (ограниченный доступ)</translation>
    </message>
    <message>
        <source>&amp;Show health information</source>
        <translation>&amp;Показать данные о здоровье</translation>
    </message>
    <message>
        <source>Your viewing is recorded in the audit trail.</source>
        <translation>Ваш просмотр фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Make &amp;referral…</source>
        <translation>Оформить &amp;направление…</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>No visits logged yet.</source>
        <translation>Визиты пока не отмечались.</translation>
    </message>
    <message>
        <source>Anonymised record</source>
        <translation>Обезличенная запись</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не указано</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Посещения (%n)</numerusform>
            <numerusform>Посещения (%n)</numerusform>
            <numerusform>Посещения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals are kept for caseworkers and directors.</source>
        <translation>Направления доступны только социальным работникам и директорам.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Направлений пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Направления (%n)</numerusform>
            <numerusform>Направления (%n)</numerusform>
            <numerusform>Направления (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>нужен переводчик</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, выдан: %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, действителен до %1</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, %1 г. р.</translation>
    </message>
    <message>
        <source>given on %1 by %2 (wording version %3)</source>
        <translation>дано %1, записал(а) %2 (редакция текста %3)</translation>
    </message>
    <message>
        <source>withdrawn on %1 by %2 (wording version %3)</source>
        <translation>отозвано %1, записал(а) %2 (редакция текста %3)</translation>
    </message>
    <message>
        <source>Restricted health information is recorded.</source>
        <translation>Внесены данные о здоровье с ограниченным доступом.</translation>
    </message>
    <message>
        <source>No restricted health information is recorded.</source>
        <translation>Данные о здоровье с ограниченным доступом не вносились.</translation>
    </message>
    <message>
        <source>Restricted health information is recorded, but your account has not been given the key to it yet. A director or caseworker who holds it gives it to you in Settings; then log in again.</source>
        <translation>Медицинские данные ограниченного доступа записаны, но вашей учётной записи ещё не выдан ключ к ним. Его выдаёт директор или социальный работник, у которого он есть, в разделе «Настройки»; после этого войдите снова.</translation>
    </message>
    <message>
        <source>Restricted health information is recorded. Show it only when the person&apos;s care needs it.</source>
        <translation>Внесены данные о здоровье с ограниченным доступом. Открывайте их, только когда это нужно для помощи человеку.</translation>
    </message>
    <message>
        <source>Recorded (your viewing is in the audit trail):</source>
        <translation>Внесено (ваш просмотр записан в журнал аудита):</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>The referral was saved as a draft. A director issues its letter under Referrals.</source>
        <translation>Направление сохранено как черновик. Выдаёт его директор в разделе Направления.</translation>
    </message>
    <message>
        <source>%1 was merged into this record.</source>
        <translation>Запись %1 присоединена к этой записи.</translation>
    </message>
    <message>
        <source>The record was anonymised: names, contacts, documents and notes are gone, here at once and at headquarters with the next bundle. It is kept for the statistics only.</source>
        <translation>Запись обезличена: имена, контакты, документы и примечания удалены — здесь сразу, а в центральном офисе со следующим пакетом. Запись хранится только для статистики.</translation>
    </message>
    <message>
        <source>The legal hold was placed.</source>
        <translation>Запрет на удаление установлен.</translation>
    </message>
    <message>
        <source>The legal hold was released.</source>
        <translation>Запрет на удаление снят.</translation>
    </message>
</context>
<context>
    <name>PrintPagesDialog</name>
    <message>
        <source>Page &amp;language:</source>
        <translation>&amp;Язык страницы:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Куда отправить:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Копий:</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>A PDF file…</source>
        <translation>Файл PDF…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Копий:</translation>
    </message>
    <message>
        <source>Save as PDF files in a folder…</source>
        <translation>Сохранить в папку в виде PDF-файлов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The system&apos;s print command (lp) is missing; save the letter as PDF instead.</source>
        <translation>Системная команда печати (lp) не найдена; вместо этого сохраните направление в PDF.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the letter: %2</source>
        <translation>Принтер %1 не принял направление: %2</translation>
    </message>
    <message>
        <source>The printer did not take the letter: %1</source>
        <translation>Принтер не принял направление: %1</translation>
    </message>
    <message>
        <source>The letter could not be shown: %1</source>
        <translation>Не удалось показать направление: %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider</source>
        <translation>Изменить поставщика услуг</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Добавить поставщика услуг</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на &amp;казахском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Служба:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Языки обслуживания:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>Сто&amp;имость:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Вместимость:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Последняя &amp;проверка:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Используется:</translation>
    </message>
    <message>
        <source>Language codes, e.g. kk, ru, uz</source>
        <translation>Коды языков, например kk, ru, uz</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Offer this provider for new referrals</source>
        <translation>Предлагать этого поставщика услуг для новых направлений</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation>Укажите дату в формате дд.мм.гггг.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Последняя проверка</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Filter the directory</source>
        <translation>Поиск в справочнике</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>&amp;Добавить поставщика…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation>Импорт справочника служб</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation>Добавлено: %1, обновлено: %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n строка не импортирована:</numerusform>
            <numerusform>%n строки не импортированы:</numerusform>
            <numerusform>%n строк не импортировано:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the service directory</source>
        <translation>Экспорт справочника служб</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>Экспортирован %n поставщик услуг.</numerusform>
            <numerusform>Экспортировано %n поставщика услуг.</numerusform>
            <numerusform>Экспортировано %n поставщиков услуг.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A branch is rebuilt from HQ onto a computer&apos;s own data folder; a branch on a database server is restored by the server&apos;s administrator.</source>
        <translation>Филиал восстанавливается из штаба в собственную папку данных компьютера; филиал на сервере баз данных восстанавливает администратор сервера.</translation>
    </message>
    <message>
        <source>Recovery request written to %1. Send it to HQ and read this fingerprint to HQ by phone: %2</source>
        <translation>Запрос на восстановление записан в %1. Отправьте его в штаб и продиктуйте штабу по телефону этот отпечаток: %2</translation>
    </message>
    <message>
        <source>HQ answers with a recovery bundle; then run qamqor init --recover FILE here with the same password.</source>
        <translation>Штаб пришлёт пакет восстановления; затем выполните здесь qamqor init --recover FILE с тем же паролем.</translation>
    </message>
    <message>
        <source>HQ&apos;s copy holds the branch&apos;s changes through change %1, from bundle %2 (it reached HQ %3). What the lost computer recorded after that bundle never reached HQ and is not here.</source>
        <translation>Копия штаба содержит изменения филиала по изменение %1 включительно, из пакета %2 (он дошёл до штаба %3). Всё, что утерянный компьютер записал после этого пакета, до штаба не дошло и здесь отсутствует.</translation>
    </message>
    <message>
        <source>Nobody here holds the key to health information yet: once a director or caseworker has a password, give it to them with qamqor users grant-health USER --escrow-key FILE (HQ&apos;s escrow key).</source>
        <translation>Ключа к сведениям о здоровье здесь пока ни у кого нет: когда у директора или социального работника будет пароль, передайте ключ командой qamqor users grant-health USER --escrow-key FILE (резервный ключ штаба).</translation>
    </message>
    <message>
        <source>The next bundle for HQ follows the last one HQ accepted; the lost computer&apos;s bundles are refused at HQ.</source>
        <translation>Следующий пакет для штаба продолжит последний принятый штабом; пакеты утерянного компьютера штаб отклонит.</translation>
    </message>
    <message numerus="yes">
        <source>Branch %1 is rebuilt in %2 from HQ&apos;s records: %n record(s).</source>
        <translation>
            <numerusform>Филиал %1 восстановлен в %2 по записям штаба: %n запись.</numerusform>
            <numerusform>Филиал %1 восстановлен в %2 по записям штаба: %n записи.</numerusform>
            <numerusform>Филиал %1 восстановлен в %2 по записям штаба: %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff account(s) came back disabled: %1. Set a new password for each (qamqor users passwd USER).</source>
        <translation>
            <numerusform>%n учётная запись сотрудника восстановлена отключённой: %1. Задайте каждой новый пароль (qamqor users passwd USER).</numerusform>
            <numerusform>%n учётные записи сотрудников восстановлены отключёнными: %1. Задайте каждой новый пароль (qamqor users passwd USER).</numerusform>
            <numerusform>%n учётных записей сотрудников восстановлено отключёнными: %1. Задайте каждой новый пароль (qamqor users passwd USER).</numerusform>
        </translation>
    </message>
    <message>
        <source>A branch already exists in %1: a branch is rebuilt only on a computer (or in a data folder) that has none.</source>
        <translation>В %1 уже есть филиал: филиал восстанавливается только на компьютере (или в папке данных), где филиала нет.</translation>
    </message>
    <message>
        <source>There is no recovery request in %1: run qamqor recovery-request here first and send its file to HQ.</source>
        <translation>В %1 нет запроса на восстановление: сначала выполните здесь qamqor recovery-request и отправьте его файл в штаб.</translation>
    </message>
    <message>
        <source>The recovery request here was made with another password: give the same one.</source>
        <translation>Запрос на восстановление здесь сделан с другим паролем: укажите тот же пароль.</translation>
    </message>
    <message>
        <source>The recovery request here is for branch %1, not %2.</source>
        <translation>Запрос на восстановление здесь сделан для филиала %1, а не %2.</translation>
    </message>
    <message>
        <source>This recovery bundle was made for another request than the one made here: ask HQ for the bundle of this computer&apos;s request.</source>
        <translation>Этот пакет восстановления сделан по другому запросу, не по сделанному здесь: попросите у штаба пакет для запроса этого компьютера.</translation>
    </message>
    <message>
        <source>The recovery bundle holds records of a kind this program does not know (%1): update Qamqor.</source>
        <translation>В пакете восстановления есть записи вида, неизвестного этой программе (%1): обновите Qamqor.</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Person:</source>
        <translation>Посетитель:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Поставщик услуг:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Служба:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>May be disclosed:</source>
        <translation>Разрешено сообщить:</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Дата контроля:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Выберите направление в списке.</translation>
    </message>
    <message>
        <source>Draft referral</source>
        <translation>Черновик направления</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — просрочено</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, пользователь: %3</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>TB clinic</source>
        <translation>Противотуберкулёзный диспансер</translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation>Центр по ВИЧ / СПИД</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation>Центр миграционных услуг</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Восстановление семейных связей</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Другая служба</translation>
    </message>
    <message>
        <source>Emergency (24 hours)</source>
        <translation>Экстренный (24 часа)</translation>
    </message>
    <message>
        <source>Urgent (72 hours)</source>
        <translation>Срочный (72 часа)</translation>
    </message>
    <message>
        <source>Normal (2 weeks)</source>
        <translation>Плановый (2 недели)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Person %1 has not agreed to share their details with services on referral. Ask them, and record their answer first.</source>
        <translation>Посетитель %1 не давал согласия на передачу своих сведений службам при направлении. Сначала спросите его и запишите ответ.</translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to share their details with services on referral (%2). A referral needs it: ask them again, and record their answer first.</source>
        <translation>Посетитель %1 отозвал согласие на передачу своих сведений службам при направлении (%2). Без него направление невозможно: спросите ещё раз и сначала запишите ответ.</translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation>Неизвестная категория услуг %1.</translation>
    </message>
    <message>
        <source>Give the provider a name in at least one language.</source>
        <translation>Укажите название поставщика услуг хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>Capacity cannot be negative.</source>
        <translation>Вместимость не может быть отрицательной.</translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation>Этот поставщик услуг больше не существует.</translation>
    </message>
    <message>
        <source>The person or the provider no longer exists.</source>
        <translation>Запись о человеке или поставщике услуг больше не существует.</translation>
    </message>
    <message>
        <source>Unknown priority %1.</source>
        <translation>Неизвестная срочность %1.</translation>
    </message>
    <message>
        <source>Unknown fact %1.</source>
        <translation>Неизвестный вид сведений %1.</translation>
    </message>
    <message>
        <source>A letter must at least name the person; ask for their consent to share the name.</source>
        <translation>В направлении должно быть указано хотя бы имя человека; получите его согласие на передачу имени.</translation>
    </message>
    <message>
        <source>Only a draft can be changed; this letter is issued.</source>
        <translation>Изменить можно только черновик; это направление уже выдано.</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Open it again.</source>
        <translation>Тем временем это направление изменил другой пользователь. Откройте его снова.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Это направление больше не существует.</translation>
    </message>
    <message>
        <source>A letter is issued by the director&apos;s own act.</source>
        <translation>Направление выдаёт лично директор.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Неизвестный статус %1.</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>Направление со статусом “%1” не может перейти в статус “%2”.</translation>
    </message>
    <message>
        <source>Give the reason the provider declined.</source>
        <translation>Укажите причину отказа поставщика услуг.</translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation>Выданное направление %1 не найдено.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>What makes Excel, LibreOffice and Google Sheets read a cell as a formula.</extracomment>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Row %1 of %2 cannot be read (%3). Nothing was imported; correct the file and try again.</source>
        <translation>Строку %1 файла %2 нельзя прочитать (%3). Ничего не импортировано; исправьте файл и попробуйте снова.</translation>
    </message>
    <message>
        <source>This is not a provider list: the columns %1 are missing.</source>
        <translation>Это не список поставщиков услуг: отсутствуют столбцы %1.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number.</source>
        <translation>Вместимость должна быть целым числом.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Принято поставщиком услуг</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Отказано…</translation>
    </message>
    <message>
        <source>Completed…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Отметить неявку</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>Отменить направление…</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — просрочено</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Просрочено: срок — %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Service directory</source>
        <translation>Справочник служб</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Контроль исполнения…</translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation>Выдать направление…</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>Выдать и напечатать…</translation>
    </message>
    <message>
        <source>Issues the letter, then asks which printer prints it.</source>
        <translation>Выдаёт направление, затем спрашивает, на каком принтере его напечатать.</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Изменить черновик…</translation>
    </message>
    <message>
        <source>Fixes the letter number and signs the letter with the branch key.</source>
        <translation>Присваивает направлению номер и подписывает его ключом филиала.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation>Язык направления:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Print today&apos;s issued letters…</source>
        <translation>Печать направлений, выданных сегодня…</translation>
    </message>
    <message numerus="yes">
        <source>Drafts to issue (%n)</source>
        <translation>
            <numerusform>К выдаче: %n черновик</numerusform>
            <numerusform>К выдаче: %n черновика</numerusform>
            <numerusform>К выдаче: %n черновиков</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Выдать и напечатать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n направление</numerusform>
            <numerusform>%n направления</numerusform>
            <numerusform>%n направлений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1: статус изменён на “%2”.</translation>
    </message>
    <message>
        <source>Declined by the provider</source>
        <translation>Отказ поставщика услуг</translation>
    </message>
    <message>
        <source>Why did the provider decline? This is kept with the referral.</source>
        <translation>Почему поставщик услуг отказал? Ответ сохранится вместе с направлением.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>What was the outcome for the person?</source>
        <translation>Каков результат для человека?</translation>
    </message>
    <message>
        <source>Cancel this referral? It cannot be reopened.</source>
        <translation>Отменить это направление? Открыть его снова будет нельзя.</translation>
    </message>
    <message>
        <source>Record that the person did not attend? This closes the referral.</source>
        <translation>Отметить, что человек не явился? Направление будет закрыто.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Оставить открытым</translation>
    </message>
    <message>
        <source>The follow-up was saved.</source>
        <translation>Данные контроля сохранены.</translation>
    </message>
    <message>
        <source>Issue the letter?</source>
        <translation>Выдать направление?</translation>
    </message>
    <message>
        <source>Issuing gives the referral of %1 to %2 its letter number and signs it with the branch key. What the letter says cannot change afterwards.</source>
        <translation>При выдаче направлению (%1 — %2) присваивается номер, и оно подписывается ключом филиала. После этого содержание направления изменить нельзя.</translation>
    </message>
    <message>
        <source>Issue and sign</source>
        <translation>Выдать и подписать</translation>
    </message>
    <message>
        <source>Letter %1 was issued.</source>
        <translation>Направление %1 выдано.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Сохранить направление в PDF</translation>
    </message>
    <message>
        <source>Letter %1 was saved as %2.</source>
        <translation>Направление %1 сохранено в файл %2.</translation>
    </message>
    <message>
        <source>Letter %1 was sent to %2.</source>
        <translation>Направление %1 отправлено на принтер %2.</translation>
    </message>
    <message>
        <source>No letters were issued today.</source>
        <translation>Сегодня направления не выдавались.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s) issued today.</source>
        <translation>
            <numerusform>Печать %n направления, выданного сегодня.</numerusform>
            <numerusform>Печать %n направлений, выданных сегодня.</numerusform>
            <numerusform>Печать %n направлений, выданных сегодня.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save today&apos;s letters into</source>
        <translation>Папка для сегодняшних направлений</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 letters.</source>
        <translation>Остановлено после %1 из %2 направлений.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n направление напечатано.</numerusform>
            <numerusform>%n направления напечатаны.</numerusform>
            <numerusform>%n направлений напечатано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved.</source>
        <translation>
            <numerusform>%n направление сохранено.</numerusform>
            <numerusform>%n направления сохранены.</numerusform>
            <numerusform>%n направлений сохранено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>PDF (pages to print or send)</source>
        <translation>PDF (страницы для печати или отправки)</translation>
    </message>
    <message>
        <source>Excel workbook (a sheet per table, with charts)</source>
        <translation>Книга Excel (по листу на таблицу, с диаграммами)</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Цифры:</translation>
    </message>
    <message>
        <source>Small counts withheld as “&lt;5” (for HQ, donors, anyone outside the branch)</source>
        <translation>Малые числа скрыты как “&lt;5” (для центрального офиса, доноров, всех за пределами филиала)</translation>
    </message>
    <message>
        <source>Exact figures (stays in the branch; recorded in the audit trail)</source>
        <translation>Точные цифры (остаётся в филиале; записывается в журнал аудита)</translation>
    </message>
    <message>
        <source>Exact small counts can point to the very people counted. Do not send this report outside the branch.</source>
        <translation>Точные малые числа могут указать на самих учтённых людей. Не отправляйте этот отчёт за пределы филиала.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Service &amp;given:</source>
        <translation>&amp;Оказанная услуга:</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Любая услуга</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Куда направлены:</translation>
    </message>
    <message>
        <source>Report preview…</source>
        <translation>Просмотр отчёта…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Печать отчёта…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Идёт подсчёт…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Overdue referrals now</source>
        <translation>Просроченные направления сейчас</translation>
    </message>
    <message>
        <source>Show the overdue referrals</source>
        <translation>Показать просроченные направления</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Повторно</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <source>%1. Compared with %2.</source>
        <translation>%1. Для сравнения: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>This period has not begun yet: its figures are zeros.</source>
        <translation>Этот период ещё не начался: его цифры — нули.</translation>
    </message>
    <message>
        <source>The branch has no visits or referrals yet.</source>
        <translation>В филиале пока нет ни посещений, ни направлений.</translation>
    </message>
    <message>
        <source>The branch&apos;s records begin on %1, after this period.</source>
        <translation>Записи филиала начинаются %1, то есть после этого периода.</translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation>Дней до завершения (медиана)</translation>
    </message>
    <message>
        <source>Open places on shifts</source>
        <translation>Свободные места в сменах</translation>
    </message>
    <message>
        <source>Migrants who became volunteers</source>
        <translation>Мигранты, ставшие волонтёрами</translation>
    </message>
    <message>
        <source>Referrals issued or accepted whose due date has passed, today.</source>
        <translation>Выданные или принятые направления, срок которых на сегодня истёк.</translation>
    </message>
    <message>
        <source>%1, month by month</source>
        <translation>%1 по месяцам</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>The report of %1, with the filters chosen on this screen.</source>
        <translation>Отчёт за %1 с фильтрами, выбранными на этом экране.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчёт %1</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Отчёт сохранён как %1.</translation>
    </message>
    <message>
        <source>The report was sent to %1.</source>
        <translation>Отчёт отправлен на %1.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Задать новый пароль</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Their old password stops working.</source>
        <translation>Новый пароль для %1 (%2). Старый пароль перестанет действовать.</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). This also enables the disabled account again.</source>
        <translation>Новый пароль для %1 (%2). Отключённая учётная запись при этом снова включается.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>По&amp;вторите пароль:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Сохранение пароля…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>The branch&apos;s records will be those of the backup made %1 (%2). Everything saved since then is replaced; it is first kept aside as a backup of its own, which you can restore again.

Staff accounts, the audit trail and what was sent to HQ stay as they are. Afterwards everyone logs in again.</source>
        <translation>Записи филиала станут такими же, как в резервной копии от %1 (%2). Всё, что сохранено с тех пор, будет заменено; сначала оно сохраняется отдельно как собственная резервная копия, которую можно снова восстановить.

Учётные записи сотрудников, журнал аудита и то, что отправлено в центральный офис, остаются как есть. После этого все входят заново.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <source>Only if Qamqor says that the backup is older than your key: the account of someone who had one when it was made.</source>
        <translation>Только если Qamqor сообщит, что резервная копия старше вашего ключа: учётная запись того, у кого ключ был на момент создания копии.</translation>
    </message>
    <message>
        <source>Their &amp;user name:</source>
        <translation>Его &amp;имя пользователя:</translation>
    </message>
    <message>
        <source>Their pass&amp;word:</source>
        <translation>Его па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Type your password to restore a backup.</source>
        <translation>Чтобы восстановить резервную копию, введите свой пароль.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>This record was anonymised on %1: it is kept for the statistics only and cannot be changed.</source>
        <translation>Эта запись обезличена %1: она хранится только для статистики, изменить её нельзя.</translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 months.</source>
        <extracomment>What anonymising changes, for the views: people (and other people&apos;s household lines), their visits&apos; notes, their referrals; not named one by one.</extracomment>
        <translation>Срок хранения должен быть от %1 до %2 месяцев.</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Истёк срок хранения</translation>
    </message>
    <message>
        <source>At the person&apos;s request</source>
        <translation>По просьбе человека</translation>
    </message>
    <message>
        <source>Applied at headquarters</source>
        <translation>Применено в центральном офисе</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последнее действие</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Hold placed by</source>
        <translation>Запрет установил(а)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Подтвердил(а)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Людей</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Изменено записей</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention of people&apos;s records</source>
        <translation>Сроки хранения записей о людях</translation>
    </message>
    <message>
        <source>A person with no activity (no visit, no referral, no change to their record) for the retention period is anonymised once you confirm: their names, contacts, identity documents and notes are removed here and, with the next bundle, at headquarters. What the statistics count stays. Backups older than the period are deleted, so an anonymised person leaves every copy within that time. People under a legal hold are kept; a director places and releases holds.</source>
        <translation>Человек, по которому за срок хранения не было никаких действий (ни посещений, ни направлений, ни изменений записи), обезличивается после вашего подтверждения: его имена, контакты, документы, удостоверяющие личность, и примечания удаляются здесь, а со следующим пакетом — и в центральном офисе. То, что учитывает статистика, остаётся. Резервные копии старше этого срока удаляются, поэтому за то же время обезличенный человек исчезает из всех копий. Записи под запретом на удаление сохраняются; запрет устанавливает и снимает директор.</translation>
    </message>
    <message>
        <source>&amp;Keep a record for</source>
        <translation>&amp;Хранить запись</translation>
    </message>
    <message>
        <source>months after its last activity</source>
        <translation>мес. после последнего действия</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Due for anonymisation</source>
        <translation>Подлежат обезличиванию</translation>
    </message>
    <message>
        <source>Kept by a legal hold</source>
        <translation>Сохраняются по запрету на удаление</translation>
    </message>
    <message>
        <source>Anonymised before</source>
        <translation>Обезличено ранее</translation>
    </message>
    <message>
        <source>The purge log: what was anonymised and when, never whom.</source>
        <translation>Журнал обезличивания: что и когда обезличено, но никогда — кто.</translation>
    </message>
    <message>
        <source>Reading when each person&apos;s record was last used…</source>
        <translation>Читается, когда каждая запись использовалась в последний раз…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) had no activity since before %1. Their registration numbers and dates are listed; the names stay in the case records.</source>
        <translation>
            <numerusform>С %1 не было никаких действий по %n человеку. Здесь показаны только регистрационные номера и даты; имена остаются в записях.</numerusform>
            <numerusform>С %1 не было никаких действий по %n людям. Здесь показаны только регистрационные номера и даты; имена остаются в записях.</numerusform>
            <numerusform>С %1 не было никаких действий по %n людям. Здесь показаны только регистрационные номера и даты; имена остаются в записях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is due: everyone had some activity since %1.</source>
        <translation>Обезличивать некого: по каждому человеку с %1 были какие-то действия.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)…</source>
        <translation>
            <numerusform>Обезличить %n человека…</numerusform>
            <numerusform>Обезличить %n человека…</numerusform>
            <numerusform>Обезличить %n человек…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept by a legal hold (%n)</source>
        <translation>
            <numerusform>Сохраняются по запрету на удаление (%n)</numerusform>
            <numerusform>Сохраняются по запрету на удаление (%n)</numerusform>
            <numerusform>Сохраняются по запрету на удаление (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records are now kept %n month(s) after their last activity.</source>
        <translation>
            <numerusform>Теперь записи хранятся %n месяц после последнего действия.</numerusform>
            <numerusform>Теперь записи хранятся %n месяца после последнего действия.</numerusform>
            <numerusform>Теперь записи хранятся %n месяцев после последнего действия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise these records?</source>
        <translation>Обезличить эти записи?</translation>
    </message>
    <message numerus="yes">
        <source>The names, contacts, documents and notes of the %n person(s) listed will be removed for good, here and at headquarters with the next bundle. Anyone who came back since this list was made is left as they are. This cannot be undone.</source>
        <translation>
            <numerusform>Имена, контакты, документы и примечания %n человека из списка будут удалены навсегда — здесь и со следующим пакетом в центральном офисе. Тех, кто снова обратился после составления списка, это не коснётся. Отменить это нельзя.</numerusform>
            <numerusform>Имена, контакты, документы и примечания %n человек из списка будут удалены навсегда — здесь и со следующим пакетом в центральном офисе. Тех, кто снова обратился после составления списка, это не коснётся. Отменить это нельзя.</numerusform>
            <numerusform>Имена, контакты, документы и примечания %n человек из списка будут удалены навсегда — здесь и со следующим пакетом в центральном офисе. Тех, кто снова обратился после составления списка, это не коснётся. Отменить это нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Обезличивание…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>Обезличен %n человек.</numerusform>
            <numerusform>Обезличены %n человека.</numerusform>
            <numerusform>Обезличены %n человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>There is no visitor %1.</source>
        <extracomment>Audit actions that are a viewing of what a person&apos;s record restricts.</extracomment>
        <translation>Посетителя %1 нет.</translation>
    </message>
    <message>
        <source>Say why the record must be kept (a court case, an investigation).</source>
        <translation>Укажите, почему запись нужно сохранить (судебное дело, расследование).</translation>
    </message>
    <message>
        <source>This record was anonymised: there is nothing left to hold.</source>
        <translation>Эта запись обезличена: сохранять больше нечего.</translation>
    </message>
    <message>
        <source>A legal hold already stands on this record.</source>
        <translation>На эту запись уже установлен запрет на удаление.</translation>
    </message>
    <message>
        <source>No legal hold stands on this record.</source>
        <translation>На этой записи нет запрета на удаление.</translation>
    </message>
    <message>
        <source>Say why the record is erased (for example: the person asked on 12.03.2026).</source>
        <translation>Укажите, почему запись удаляется (например: человек попросил 12.03.2026).</translation>
    </message>
    <message>
        <source>This record was anonymised on %1 already.</source>
        <translation>Эта запись уже обезличена %1.</translation>
    </message>
    <message>
        <source>A legal hold keeps this record whole: %1 (placed by %2 on %3). A director must release it before the record can be erased.</source>
        <translation>На эту запись установлен запрет на удаление: %1 (установил(а): %2, %3). Чтобы удалить запись, директор должен сначала снять запрет.</translation>
    </message>
    <message>
        <source>This person is also volunteer %1, whose record reads their name from this one. Ask the coordinator to remove the volunteer first.</source>
        <translation>Этот человек — также волонтёр %1, чьё имя в реестре волонтёров берётся из этой записи. Сначала попросите координатора удалить волонтёра.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Hours by volunteer and month</source>
        <translation>Часы по волонтёрам и месяцам</translation>
    </message>
    <message>
        <source>Completed shifts</source>
        <translation>Выполненные смены</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>ещё не подтверждено</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не явился(-ась)</translation>
    </message>
    <message>
        <source>Weekly roster</source>
        <translation>Недельный график смен</translation>
    </message>
    <message>
        <source>Daily sign-in sheet</source>
        <translation>Лист регистрации прихода и ухода за день</translation>
    </message>
    <message>
        <source>Volunteer service record</source>
        <translation>Справка о волонтёрской деятельности</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <extracomment>%1 is the ISO week, e.g. 2026-W48.</extracomment>
        <translation>Неделя %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>continued</source>
        <extracomment>Beside a site&apos;s name on the page its row runs over to.</extracomment>
        <translation>продолжение</translation>
    </message>
    <message>
        <source>No shifts planned this week.</source>
        <translation>На этой неделе смены не запланированы.</translation>
    </message>
    <message>
        <source>No shifts planned on this day.</source>
        <translation>На этот день смены не запланированы.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>places nobody fills yet: find a volunteer</source>
        <translation>свободные места, которые ещё никто не занял: найдите волонтёра</translation>
    </message>
    <message>
        <source>how many volunteers with this skill or language the shift needs</source>
        <translation>сколько волонтёров с этим навыком или языком нужно на смену</translation>
    </message>
    <message>
        <source>volunteer assigned who has not confirmed yet</source>
        <translation>назначенный волонтёр, который ещё не подтвердил участие</translation>
    </message>
    <message>
        <source>volunteers who declined or did not come leave the place open</source>
        <translation>места отказавшихся или не явившихся волонтёров остаются свободными</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>Дата печати: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Время прихода</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Время ухода</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Volunteers who came without being planned: write them in the empty rows.</source>
        <translation>Волонтёров, которые пришли без записи в графике, впишите в пустые строки.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Всего часов</translation>
    </message>
    <message>
        <source>No completed shifts in this period.</source>
        <translation>За этот период нет выполненных смен.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Пройденное обучение</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата прохождения</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>%1 gave volunteer service to %2 in the period shown and completed the shifts listed below.</source>
        <extracomment>%1 is the volunteer&apos;s name, %2 the branch&apos;s.</extracomment>
        <translation>%1 в указанный период оказывал(а) волонтёрскую помощь организации «%2» и выполнил(а) перечисленные ниже смены.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>М. П.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n свободное место</numerusform>
            <numerusform>%n свободных места</numerusform>
            <numerusform>%n свободных мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n смена</numerusform>
            <numerusform>%n смены</numerusform>
            <numerusform>%n смен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>Время до блокировки при бездействии должно быть от 1 до 60 минут.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Applies at once and is remembered on this computer.</source>
        <translation>Применяется сразу и запоминается на этом компьютере.</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message>
        <source>Lock after (&amp;minutes):</source>
        <translation>Блокировать через (&amp;минут):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use, and at once with Ctrl+L.</source>
        <translation>
            <numerusform>Окно блокируется через %n минуту бездействия, а по Ctrl+L — сразу.</numerusform>
            <numerusform>Окно блокируется через %n минуты бездействия, а по Ctrl+L — сразу.</numerusform>
            <numerusform>Окно блокируется через %n минут бездействия, а по Ctrl+L — сразу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>По&amp;вторите новый пароль:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>This branch&apos;s files (encrypted database, key file, backups) and this computer&apos;s settings are kept in:</source>
        <translation>Файлы филиала (зашифрованная база данных, файл ключа, резервные копии) и настройки этого компьютера хранятся в папке:</translation>
    </message>
    <message>
        <source>The records themselves are on the database server %1.</source>
        <translation>Сами записи хранятся на сервере баз данных %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Новые пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Пароль изменён. Теперь используйте новый.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Смена пароля…</translation>
    </message>
</context>
<context>
    <name>SharingConsentDialog</name>
    <message>
        <source>Consent to share details</source>
        <translation>Согласие на передачу сведений</translation>
    </message>
</context>
<context>
    <name>SharingConsentPanel</name>
    <message>
        <source>Person %1 has not been asked whether their details may be shared with services on referral. A referral needs their consent.</source>
        <translation>Посетителя %1 ещё не спрашивали, можно ли передавать его сведения службам при направлении. Для направления нужно его согласие.</translation>
    </message>
    <message>
        <source>Person %1 withdrew their consent to share their details with services on referral on %2 (recorded by %3). A referral needs it: ask them again.</source>
        <translation>Посетитель %1 отозвал согласие на передачу своих сведений службам при направлении %2 (записал(а) %3). Без него направление невозможно: спросите ещё раз.</translation>
    </message>
    <message>
        <source>Person %1 agreed to share their details on referral.</source>
        <translation>Посетитель %1 согласился на передачу своих сведений при направлении.</translation>
    </message>
    <message>
        <source>Read this to the person (wording version %1):</source>
        <translation>Прочитайте посетителю (редакция текста %1):</translation>
    </message>
    <message>
        <source>The person &amp;agrees</source>
        <translation>Посетитель &amp;согласен</translation>
    </message>
    <message>
        <source>The person does &amp;not agree</source>
        <translation>Посетитель &amp;не согласен</translation>
    </message>
    <message>
        <source>Their consent is recorded.</source>
        <translation>Согласие записано.</translation>
    </message>
    <message>
        <source>Their answer is recorded: no referral can be made without it.</source>
        <translation>Ответ записан: без согласия направление оформить нельзя.</translation>
    </message>
</context>
<context>
    <name>ShiftChooser</name>
    <message>
        <source>New shift here…</source>
        <translation>Новая смена здесь…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation>Новая смена</translation>
    </message>
    <message>
        <source>Shift — %1, %2, %3</source>
        <translation>Смена — %1, %2, %3</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Save the shift first.</source>
        <translation>Сначала сохраните смену.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <source>e.g. Registration desk, morning</source>
        <translation>например, Стойка регистрации, утро</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Who the shift needs: anyone, a skill or certificate, or someone who speaks a language; and how many of each.</source>
        <translation>Кто нужен на смену: любой волонтёр, человек с навыком или сертификатом либо владеющий определённым языком; и сколько человек каждого вида.</translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation>&amp;Добавить потребность</translation>
    </message>
    <message>
        <source>&amp;People on this shift:</source>
        <translation>&amp;Участники смены:</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>П&amp;одтверждено</translation>
    </message>
    <message>
        <source>D&amp;eclined</source>
        <translation>Отка&amp;зано</translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Did &amp;not come</source>
        <translation>&amp;Не явился</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Отметить при&amp;ход</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Отметить &amp;уход</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Часы…</translation>
    </message>
    <message>
        <source>Assign a volunteer</source>
        <translation>Назначить волонтёра</translation>
    </message>
    <message>
        <source>Find any active volunteer: name, number or phone</source>
        <translation>Поиск любого активного волонтёра: имя, номер или телефон</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Н&amp;азначить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the site. Sites are added with “Sites…” on the week plan.</source>
        <translation>Выберите площадку. Площадки добавляются кнопкой «Площадки…» в плане недели.</translation>
    </message>
    <message>
        <source>The shift must end at another time than it starts.</source>
        <translation>Время окончания смены должно отличаться от времени начала.</translation>
    </message>
    <message>
        <source>Add at least one need: how many volunteers the shift needs.</source>
        <translation>Добавьте хотя бы одну потребность: сколько волонтёров нужно на смену.</translation>
    </message>
    <message>
        <source>The same need is there twice: put it once, with the total number.</source>
        <translation>Одна и та же потребность указана дважды: укажите её один раз с общим количеством.</translation>
    </message>
    <message>
        <source>ends the next day</source>
        <translation>заканчивается на следующий день</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 of %2 volunteers</source>
        <translation>Волонтёров: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not filled</source>
        <translation>
            <numerusform>%n место не занято</numerusform>
            <numerusform>%n места не заняты</numerusform>
            <numerusform>%n мест не занято</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n свободное место</numerusform>
            <numerusform>%n свободных места</numerusform>
            <numerusform>%n свободных мест</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>night shift</source>
        <translation>ночная смена</translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1: статус теперь “%2”.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation>%1: приход отмечен в %2.</translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 h.</source>
        <translation>%1: уход отмечен в %2, всего %3 ч.</translation>
    </message>
    <message>
        <source>%1 h credited to %2.</source>
        <translation>%2: засчитано %1 ч.</translation>
    </message>
    <message>
        <source>Active volunteers matching “%1”:</source>
        <translation>Активные волонтёры по запросу “%1”:</translation>
    </message>
    <message>
        <source>&amp;Suggested for the open places (best first):</source>
        <translation>&amp;Рекомендуемые на свободные места (лучшие — первыми):</translation>
    </message>
    <message>
        <source>The shift is full. &amp;Suggested all the same:</source>
        <translation>Смена укомплектована. Всё же &amp;рекомендуем:</translation>
    </message>
    <message>
        <source>%1 is on the shift.</source>
        <translation>%1: назначен(а) на смену.</translation>
    </message>
</context>
<context>
    <name>ShiftMessages</name>
    <message>
        <source>Hello, %1! Your coming Red Crescent shifts:</source>
        <translation>Здравствуйте, %1! Ваши ближайшие смены в Красном Полумесяце:</translation>
    </message>
    <message>
        <source>Hello, %1! You have no Red Crescent shifts planned for now.</source>
        <translation>Здравствуйте, %1! Пока у вас нет запланированных смен в Красном Полумесяце.</translation>
    </message>
    <message>
        <source>%1 %2, %3–%4, %5</source>
        <translation>%1 %2, %3–%4, %5</translation>
    </message>
    <message>
        <source>If you cannot come, please tell the coordinator.</source>
        <translation>Если не сможете прийти, пожалуйста, сообщите координатору.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
</context>
<context>
    <name>ShiftRules</name>
    <message>
        <source>Volunteer not active</source>
        <extracomment>proficiencies good enough to work in a language (a language need, language cover) every rule by its code, with a label for lists and the audit view</extracomment>
        <translation>Волонтёр не активен</translation>
    </message>
    <message>
        <source>Already on this shift</source>
        <translation>Уже назначен на эту смену</translation>
    </message>
    <message>
        <source>Shift already full</source>
        <translation>Смена уже укомплектована</translation>
    </message>
    <message>
        <source>Overlapping shifts</source>
        <translation>Смены пересекаются</translation>
    </message>
    <message>
        <source>Too little rest between shifts</source>
        <translation>Слишком мало отдыха между сменами</translation>
    </message>
    <message>
        <source>Too many hours in a day</source>
        <translation>Слишком много часов за день</translation>
    </message>
    <message>
        <source>Too many hours in a week</source>
        <translation>Слишком много часов за неделю</translation>
    </message>
    <message>
        <source>Outside the volunteer&apos;s availability</source>
        <translation>Вне доступности волонтёра</translation>
    </message>
    <message>
        <source>On a date the volunteer cannot come</source>
        <translation>Дата, когда волонтёр не может прийти</translation>
    </message>
    <message>
        <source>Required training missing or expired</source>
        <translation>Нет нужного обучения или истёк его срок</translation>
    </message>
    <message>
        <source>Under 18 on a night shift</source>
        <translation>Младше 18 лет на ночной смене</translation>
    </message>
    <message>
        <source>Under 18 with no adult on the shift</source>
        <translation>Младше 18 лет, а на смене нет взрослых</translation>
    </message>
    <message>
        <source>%1 is not active at the moment (paused or left).</source>
        <translation>%1 сейчас не активен (перерыв или выбыл).</translation>
    </message>
    <message>
        <source>%1 is already on this shift.</source>
        <translation>%1 уже назначен на эту смену.</translation>
    </message>
    <message>
        <source>%1 is already on another shift at that time (%2).</source>
        <translation>%1 в это время уже на другой смене (%2).</translation>
    </message>
    <message>
        <source>Less than %1 hours&apos; rest between this shift and the one of %2.</source>
        <translation>Между этой сменой и сменой %2 меньше %1 ч отдыха.</translation>
    </message>
    <message>
        <source>More than %1 hours on %2: %3 hours with this shift.</source>
        <translation>Больше %1 ч за %2: с этой сменой %3 ч.</translation>
    </message>
    <message>
        <source>More than %1 hours in the week of %2: %3 hours with this shift.</source>
        <translation>Больше %1 ч за неделю %2: с этой сменой %3 ч.</translation>
    </message>
    <message>
        <source>%1 is not available at this time on %2.</source>
        <translation>%1 не может в это время (%2).</translation>
    </message>
    <message>
        <source>%1 has marked %2 as a day they cannot come.</source>
        <translation>%1 отметил(а) %2 как день, когда не может прийти.</translation>
    </message>
    <message>
        <source>This shift needs %1; the certificate of %2 expired on %3.</source>
        <translation>Для этой смены нужно: %1; сертификат волонтёра %2 истёк %3.</translation>
    </message>
    <message>
        <source>This shift needs %1, and %2 has no valid certificate for it.</source>
        <translation>Для этой смены нужно: %1, а у волонтёра %2 нет действующего сертификата.</translation>
    </message>
    <message>
        <source>%1 is under 18 and this is a night shift.</source>
        <translation>%1 нет 18 лет, а это ночная смена.</translation>
    </message>
    <message>
        <source>%1 is under 18 and no adult is on this shift yet.</source>
        <translation>%1 нет 18 лет, а взрослых на этой смене пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>This shift already has the %n volunteer(s) it needs.</source>
        <translation>
            <numerusform>На этой смене уже есть %n требуемый волонтёр.</numerusform>
            <numerusform>На этой смене уже есть %n требуемых волонтёра.</numerusform>
            <numerusform>На этой смене уже есть %n требуемых волонтёров.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftTextDialog</name>
    <message>
        <source>Shifts of %1 as text</source>
        <translation>Смены в виде текста: %1</translation>
    </message>
    <message>
        <source>The coming two weeks&apos; shifts, ready to paste into an SMS or a messenger. Choose the language the volunteer reads.</source>
        <translation>Смены на ближайшие две недели, готовые для вставки в SMS или мессенджер. Выберите язык, на котором читает волонтёр.</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Язык текста:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Copied. Paste it into the message to the volunteer.</source>
        <translation>Скопировано. Вставьте текст в сообщение волонтёру.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой волонтёр</translation>
    </message>
    <message>
        <source>A shift needs at least one volunteer.</source>
        <translation>Смене нужен хотя бы один волонтёр.</translation>
    </message>
    <message>
        <source>Unknown need %1.</source>
        <translation>Неизвестная потребность: %1.</translation>
    </message>
    <message>
        <source>Each need is for 1 to 99 volunteers.</source>
        <translation>Каждая потребность — от 1 до 99 волонтёров.</translation>
    </message>
    <message>
        <source>Hours a day: 1 to 24; a week: 1 to 168; rest: 0 to 24.</source>
        <translation>Часов в день: от 1 до 24; в неделю: от 1 до 168; отдых: от 0 до 24.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Укажите название площадки.</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Этой площадки больше нет.</translation>
    </message>
    <message>
        <source>A shift must end after it starts.</source>
        <translation>Смена должна заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>A shift cannot be longer than %1 hours.</source>
        <translation>Смена не может длиться дольше %1 ч.</translation>
    </message>
    <message>
        <source>This shift no longer exists.</source>
        <translation>Этой смены больше нет.</translation>
    </message>
    <message>
        <source>Someone else changed this shift meanwhile. Open it again.</source>
        <translation>Тем временем эту смену изменил другой пользователь. Откройте её снова.</translation>
    </message>
    <message>
        <source>Volunteers have completed this shift; it stays for their hours.</source>
        <translation>Волонтёры уже отработали эту смену; она сохраняется для учёта их часов.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Выберите день недели.</translation>
    </message>
    <message>
        <source>This weekly shift no longer exists.</source>
        <translation>Этой еженедельной смены больше нет.</translation>
    </message>
    <message>
        <source>Choose a period of at most a year.</source>
        <translation>Выберите период не длиннее года.</translation>
    </message>
    <message>
        <source>Cancelled: no shift was made from the templates.</source>
        <translation>Отменено: по шаблонам не создано ни одной смены.</translation>
    </message>
    <message>
        <source>There is no such week.</source>
        <translation>Такой недели нет.</translation>
    </message>
    <message>
        <source>Choose another week to copy to.</source>
        <translation>Выберите другую неделю для копирования.</translation>
    </message>
    <message>
        <source>This volunteer&apos;s record no longer exists.</source>
        <translation>Запись этого волонтёра больше не существует.</translation>
    </message>
    <message>
        <source>This assignment no longer exists.</source>
        <translation>Этого назначения больше нет.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Неизвестный статус %1.</translation>
    </message>
    <message>
        <source>An assignment that is “%1” cannot become “%2”.</source>
        <translation>Назначение со статусом “%1” нельзя перевести в статус “%2”.</translation>
    </message>
    <message>
        <source>This shift starts at %1: it cannot be “%2” before it has started.</source>
        <translation>Эта смена начинается %1: до начала она не может быть «%2».</translation>
    </message>
    <message>
        <source>An assignment that is “%1” cannot be checked in.</source>
        <translation>Для назначения со статусом “%1” нельзя отметить приход.</translation>
    </message>
    <message>
        <source>Already checked in at %1.</source>
        <translation>Приход уже отмечен в %1.</translation>
    </message>
    <message>
        <source>Check the volunteer in first.</source>
        <translation>Сначала отметьте приход волонтёра.</translation>
    </message>
    <message>
        <source>Check-out cannot be before check-in.</source>
        <translation>Время ухода не может быть раньше времени прихода.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %1.</source>
        <translation>Количество часов должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>Say why the hours are set by hand.</source>
        <translation>Укажите, почему часы введены вручную.</translation>
    </message>
    <message>
        <source>A declined assignment has no hours.</source>
        <translation>У отклонённого назначения нет часов.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Неизвестный язык %1.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Изменить площадку</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Добавить площадку</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>In use: offer it for new shifts</source>
        <translation>Используется: предлагать для новых смен</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Добавить площадку…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1: сохранено.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Holds the key</source>
        <translation>Ключ выдан</translation>
    </message>
    <message>
        <source>Waiting for the key</source>
        <translation>Ждёт ключ</translation>
    </message>
    <message>
        <source>A director or caseworker who holds the key to restricted health information gives it on their Settings page. The administrator cannot.</source>
        <translation>Ключ к медицинским данным ограниченного доступа выдаёт директор или социальный работник, у которого он есть, на своей странице «Настройки». Администратор этого сделать не может.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Медицинские данные</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add a user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Задать новый пароль…</translation>
    </message>
    <message>
        <source>Also enables a disabled account again.</source>
        <translation>Также снова включает отключённую учётную запись.</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Отключить…</translation>
    </message>
    <message numerus="yes">
        <source>%n active user(s)</source>
        <translation>
            <numerusform>%n активный пользователь</numerusform>
            <numerusform>%n активных пользователя</numerusform>
            <numerusform>%n активных пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation>%1 теперь может входить под именем %2.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Пароль пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Отключить учётную запись %1?</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
        <translation>%1 (%2) больше не сможет войти в программу.

Затем Qamqor сменит ключ базы данных: копии базы, сделанные с этого момента, нельзя будет открыть паролем этого пользователя. Позже учётную запись можно снова включить, задав новый пароль.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 was disabled; the database has a new key.</source>
        <translation>Учётная запись %1 отключена; у базы данных новый ключ.</translation>
    </message>
    <message>
        <source>Nobody at the branch holds the key to restricted health information any more: only HQ&apos;s escrow key does. Ask HQ to give it to the new director (qamqor users grant-health).</source>
        <translation>В филиале больше ни у кого нет ключа к медицинским данным ограниченного доступа: он есть только у резервного ключа центрального офиса. Попросите центральный офис выдать его новому директору (qamqor users grant-health).</translation>
    </message>
    <message>
        <source>Disabling %1 and giving the database a new key…</source>
        <translation>Отключение %1 и смена ключа базы данных…</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Figures across branches</source>
        <translation>Показатели по филиалам</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлен %1</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are withheld and shown as “&lt;5”.</source>
        <translation>Числа от 1 до 4 скрыты и показаны как “&lt;5”.</translation>
    </message>
    <message>
        <source>Exact figures: small counts are not withheld. Do not send this report outside headquarters.</source>
        <translation>Точные цифры: малые числа не скрыты. Не отправляйте этот отчёт за пределы центрального офиса.</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Как считаются цифры</translation>
    </message>
    <message>
        <source>Countries, statuses, needs and services are named by their codes, as in every branch&apos;s CSV report.</source>
        <translation>Страны, статусы, потребности и услуги обозначены кодами, как в CSV-отчёте каждого филиала.</translation>
    </message>
    <message>
        <source>The period ends (%2) before it starts (%1).</source>
        <extracomment>referral statuses a made (issued) referral can have now</extracomment>
        <translation>Период заканчивается (%2) раньше, чем начинается (%1).</translation>
    </message>
    <message>
        <source>There is no period %1: write a month like 2026-11, a quarter like 2026-Q4 or a year like 2026.</source>
        <translation>Периода %1 нет: укажите месяц как 2026-11, квартал как 2026-Q4 или год как 2026.</translation>
    </message>
    <message>
        <source>Unknown service %1.</source>
        <translation>Неизвестная услуга %1.</translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation>Неизвестная категория услуг %1.</translation>
    </message>
    <message>
        <source>Age bands need at least two ages, each older than the one before, from 0 to 120.</source>
        <translation>Для возрастных групп нужны хотя бы две границы, каждая больше предыдущей, от 0 до 120.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охвачено людей</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Обратились впервые</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>Обратились повторно</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Выдано направлений</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>Завершено направлений</translation>
    </message>
    <message>
        <source>Active volunteers (8 hours or more)</source>
        <translation>Активные волонтёры (8 часов и больше)</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Часы волонтёров</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>По возрасту</translation>
    </message>
    <message>
        <source>By age (FDRS bands)</source>
        <translation>По возрасту (группы FDRS)</translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation>По гражданству</translation>
    </message>
    <message>
        <source>By migration status</source>
        <translation>По миграционному статусу</translation>
    </message>
    <message>
        <source>By need</source>
        <translation>По потребностям</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>По услугам</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>&lt;5</source>
        <translation>&lt;5</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation>Люди по полу</translation>
    </message>
    <message>
        <source>People by age</source>
        <translation>Люди по возрасту</translation>
    </message>
    <message>
        <source>People by citizenship</source>
        <translation>Люди по гражданству</translation>
    </message>
    <message>
        <source>People by status</source>
        <translation>Люди по статусу</translation>
    </message>
    <message>
        <source>People by service</source>
        <translation>Люди по услугам</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Направления по услугам</translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation>Направления по статусу</translation>
    </message>
    <message>
        <source>Completed by service</source>
        <translation>Завершённые по услугам</translation>
    </message>
    <message>
        <source>Volunteers by sex</source>
        <translation>Волонтёры по полу</translation>
    </message>
    <message>
        <source>Volunteers by age</source>
        <translation>Волонтёры по возрасту</translation>
    </message>
    <message>
        <source>Hours by sex</source>
        <translation>Часы по полу</translation>
    </message>
    <message>
        <source>Hours by age</source>
        <translation>Часы по возрасту</translation>
    </message>
    <message>
        <source>A person is reached in a period when at least one of their visits falls on a day of the period; each person is counted once, however often they came.</source>
        <extracomment>&quot;How figures are counted&quot;: the report&apos;s note, a paragraph each (services/statistics.py says the same).</extracomment>
        <translation>Человек считается охваченным за период, если хотя бы одно его посещение пришлось на один из дней этого периода; каждый человек учитывается один раз, сколько бы раз он ни приходил.</translation>
    </message>
    <message>
        <source>A person reached is new when they had never visited the branch before the period, and returning when they had.</source>
        <translation>Охваченный человек считается обратившимся впервые, если до этого периода он ни разу не приходил в филиал, и повторно — если приходил.</translation>
    </message>
    <message>
        <source>Ages are on the last day of the period, from the date of birth or, where only an estimated year of birth is known, from that year.</source>
        <translation>Возраст считается на последний день периода — по дате рождения, а если известен только примерный год рождения, то по этому году.</translation>
    </message>
    <message>
        <source>A visit may bring several needs, and a person may be given several services: those figures do not add up to the total.</source>
        <translation>У одного посещения может быть несколько потребностей, а один человек может получить несколько услуг: в сумме эти цифры не дают итога.</translation>
    </message>
    <message>
        <source>A referral is made when its letter is issued; it is completed in the period in which it was marked completed, whenever it was made. Statuses are as they stand today.</source>
        <translation>Направление считается выданным, когда выдано его письмо, и завершённым — в том периоде, когда его отметили завершённым, когда бы его ни выдали. Статусы указаны на сегодняшний день.</translation>
    </message>
    <message>
        <source>A volunteer is active with 8 hours or more on completed shifts in the period; hours count every volunteer&apos;s time.</source>
        <translation>Волонтёр считается активным, если за период у него 8 часов и больше на завершённых сменах; в часы входит время всех волонтёров.</translation>
    </message>
    <message>
        <source>“&lt;5” marks a figure withheld to protect the people counted: a count from 1 to 4, or another figure withheld so that such a count cannot be worked out from the totals.</source>
        <translation>“&lt;5” означает цифру, скрытую ради защиты учтённых людей: число от 1 до 4 или другую цифру, скрытую, чтобы такое число нельзя было вычислить из итогов.</translation>
    </message>
    <message>
        <source>Exact figures: small counts are not withheld. Do not send this report outside the branch.</source>
        <extracomment>bars that add up over the months of a period (people do not: one person, many months)</extracomment>
        <translation>Точные цифры: малые числа не скрыты. Не отправляйте этот отчёт за пределы филиала.</translation>
    </message>
    <message>
        <source>Visits and needs</source>
        <translation>Посещения и потребности</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Branch figures</source>
        <translation>Показатели филиала</translation>
    </message>
    <message>
        <source>Staff member: %1</source>
        <translation>Сотрудник: %1</translation>
    </message>
    <message>
        <source>Service given: %1</source>
        <translation>Оказанная услуга: %1</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Куда направлены: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation>Дней до завершения (медиана)</translation>
    </message>
    <message>
        <source>Open places on shifts</source>
        <translation>Свободные места в сменах</translation>
    </message>
    <message>
        <source>Migrants who became volunteers</source>
        <translation>Мигранты, ставшие волонтёрами</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1-й квартал %2 г.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Unknown language %1: use kk, ru or en.</source>
        <extracomment>None when it is the previous period (a year&apos;s previous period is the year before)</extracomment>
        <translation>Неизвестный язык %1: используйте kk, ru или en.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Your key was removed from this branch&apos;s key file (the account was disabled or its password reset). Log in again.</source>
        <translation>Ваш ключ удалён из файла ключа филиала (учётная запись отключена или её пароль сброшен). Войдите снова.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. This account is locked until %1.</source>
        <translation>Слишком много неверных паролей. Учётная запись заблокирована до %1.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Диск заполнен: не удалось записать %1. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The key file of this branch is missing. Restore it from a backup.</source>
        <translation>Файл ключа филиала отсутствует. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The key file of this branch is damaged. Restore it from a backup.</source>
        <translation>Файл ключа филиала повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The key file was made by a newer Qamqor. Install the newer version.</source>
        <translation>Файл ключа создан более новой версией Qamqor. Установите новую версию.</translation>
    </message>
    <message>
        <source>The key file changed while you were working. Log in again and repeat.</source>
        <translation>Файл ключа изменился, пока вы работали. Войдите снова и повторите действие.</translation>
    </message>
    <message>
        <source>This branch has no escrow key.</source>
        <translation>У этого филиала нет резервного ключа центрального офиса.</translation>
    </message>
    <message>
        <source>This escrow key does not open this branch.</source>
        <translation>Этот резервный ключ не подходит к этому филиалу.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
        <translation>Эта база данных обновлена более новой версией Qamqor (схема %1). Установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>Another Qamqor program has been writing to this branch for more than %1 seconds, so nothing was saved. Try again when it has finished.</source>
        <translation>Другая программа Qamqor записывает данные этого филиала дольше %1 секунд, поэтому ничего не сохранено. Повторите, когда она закончит.</translation>
    </message>
    <message>
        <source>The database file cannot be read: it is damaged. Restore it from a backup.</source>
        <translation>Файл базы данных не читается: он повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>A branch already exists in %1.</source>
        <translation>В папке %1 уже есть филиал.</translation>
    </message>
    <message>
        <source>The database file is missing from %1.</source>
        <translation>В папке %1 нет файла базы данных.</translation>
    </message>
    <message>
        <source>The database does not open with this branch&apos;s key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
        <translation>База данных не открывается ключом этого филиала: файл повреждён или относится к другому файлу ключа. Восстановите оба файла из резервной копии.</translation>
    </message>
    <message>
        <source>Could not copy the database aside before updating it: %1</source>
        <translation>Не удалось сохранить копию базы данных перед обновлением: %1</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation>Нет связи с сервером базы данных: %1</translation>
    </message>
    <message>
        <source>The record of wrong passwords beside the key file was removed or damaged, so every account of this branch waits until %1.</source>
        <translation>Учёт неверных паролей рядом с файлом ключа удалён или повреждён, поэтому все учётные записи филиала ждут до %1.</translation>
    </message>
    <message>
        <source>Another Qamqor program has kept %1 busy for more than %2 seconds. Try again in a moment.</source>
        <translation>Другая программа Qamqor занимает %1 дольше %2 секунд. Повторите через минуту.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Qamqor is already open for this branch on this computer (program %1). Switch to that window: a branch&apos;s folder can be open in one window at a time.</source>
        <translation>Qamqor уже открыт для этого филиала на этом компьютере (программа %1). Перейдите в то окно: папку филиала можно открыть только в одном окне одновременно.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Everything held about a person</source>
        <translation>Всё, что хранится о человеке</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>КОНФИДЕНЦИАЛЬНО</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>This is everything the %1 branch holds about the person below in Qamqor on %2, given to them at their request. Made by %3.</source>
        <extracomment>%1 the branch&apos;s name, %2 a date, %3 the director&apos;s name.</extracomment>
        <translation>Здесь всё, что филиал «%1» хранит в Qamqor о человеке, указанном ниже, по состоянию на %2; выдано по его просьбе. Подготовил(а): %3.</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Написание латиницей</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>An estimated year of birth; %1 is the year.</extracomment>
        <translation>около %1 г.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Миграционный статус</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Also registered as</source>
        <translation>Также зарегистрирован как</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Дата обезличивания</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Запрет на удаление</translation>
    </message>
    <message>
        <source>placed by %1 on %2: %3</source>
        <extracomment>%1 who placed the hold, %2 when, %3 why.</extracomment>
        <translation>установил(а): %1, %2: %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>How well</source>
        <translation>Уровень владения</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записал(а)</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Данные о здоровье (ограниченный доступ)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>current</source>
        <translation>актуально</translation>
    </message>
    <message>
        <source>no longer</source>
        <translation>не актуально</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Shared with the service</source>
        <translation>Передано в службу</translation>
    </message>
    <message>
        <source>What happened to each referral</source>
        <translation>Что происходило с каждым направлением</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Referral letters issued</source>
        <translation>Выданные направительные письма</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Номер письма</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал(а)</translation>
    </message>
    <message>
        <source>Printed or saved</source>
        <translation>Напечатано или сохранено</translation>
    </message>
    <message>
        <source>Who saw restricted information, and when</source>
        <translation>Кто и когда видел сведения с ограниченным доступом</translation>
    </message>
    <message>
        <source>Every time a staff member opened the restricted health information, looked the person up for the volunteer register, or printed or saved a copy of this record.</source>
        <translation>Каждый раз, когда сотрудник открывал данные о здоровье с ограниченным доступом, искал человека для реестра волонтёров либо печатал или сохранял копию этой записи.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>opened the restricted health information</source>
        <translation>открыл(а) данные о здоровье с ограниченным доступом</translation>
    </message>
    <message>
        <source>made this record of everything held</source>
        <translation>подготовил(а) эту выписку всего, что хранится</translation>
    </message>
    <message>
        <source>printed the record of everything held</source>
        <translation>напечатал(а) выписку всего, что хранится</translation>
    </message>
    <message>
        <source>saved the record of everything held to a file</source>
        <translation>сохранил(а) выписку всего, что хранится, в файл</translation>
    </message>
    <message>
        <source>looked the person up for the volunteer register</source>
        <translation>искал(а) человека для реестра волонтёров</translation>
    </message>
    <message>
        <source>Changes to the record</source>
        <translation>Изменения записи</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Copies and how long they are kept</source>
        <translation>Копии и сроки их хранения</translation>
    </message>
    <message>
        <source>The branch sends its records to the national headquarters in encrypted bundles; headquarters holds the same record. The services named above received the referral letters listed, with only the details the person agreed to share.</source>
        <translation>Филиал передаёт свои записи в национальный центральный офис в зашифрованных пакетах; там хранится та же запись. Названные выше службы получили перечисленные направительные письма только с теми сведениями, которыми человек согласился поделиться.</translation>
    </message>
    <message>
        <source>A record is kept %1 months after the last thing done with it. Unless something is done with it before, this record will be anonymised after %2: names, contacts, documents and notes will be removed, here and at headquarters, and backups that still hold them are deleted within the same period.</source>
        <extracomment>%1 a number of months, %2 a date.</extracomment>
        <translation>Запись хранится %1 мес. после последнего действия с ней. Если до этого с ней ничего не будет сделано, после %2 она будет обезличена: имена, контакты, документы и примечания будут удалены здесь и в центральном офисе, а резервные копии, где они ещё есть, удаляются в течение того же срока.</translation>
    </message>
    <message>
        <source>A legal hold keeps this record whole until a director releases it.</source>
        <translation>Запрет на удаление сохраняет эту запись целиком, пока директор его не снимет.</translation>
    </message>
    <message>
        <source>This record was anonymised: names, contacts, documents and notes were removed. What remains is counted in the branch&apos;s statistics and can name no one.</source>
        <translation>Эта запись обезличена: имена, контакты, документы и примечания удалены. Оставшееся учитывается в статистике филиала и ни на кого не указывает.</translation>
    </message>
    <message>
        <source>The person may ask for this record to be erased. A director does it at once, unless a legal hold stands.</source>
        <translation>Человек может попросить удалить эту запись. Директор делает это сразу, если нет запрета на удаление.</translation>
    </message>
    <message>
        <source>personal details</source>
        <translation>личные данные</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>household member</source>
        <translation>член домохозяйства</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>restricted health information</source>
        <translation>данные о здоровье</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>посещение</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>referral status</source>
        <translation>статус направления</translation>
    </message>
    <message>
        <source>legal hold</source>
        <translation>запрет на удаление</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удаление</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayDesk</name>
    <message>
        <source>Check &amp;in (Ctrl+I)</source>
        <translation>Отметить &amp;приход (Ctrl+I)</translation>
    </message>
    <message>
        <source>Check &amp;out (Ctrl+Shift+I)</source>
        <translation>Отметить &amp;уход (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s sign-in sheet…</source>
        <translation>Печать &amp;листа регистрации прихода и ухода на сегодня…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Отметить уход</translation>
    </message>
    <message>
        <source>Enter checks the chosen volunteer in, or out once they are in.</source>
        <translation>Enter отмечает приход выбранного волонтёра, а если он уже пришёл — уход.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>No shifts today.</source>
        <translation>Сегодня смен нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n смена</numerusform>
            <numerusform>%n смены</numerusform>
            <numerusform>%n смен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) expected</source>
        <translation>
            <numerusform>ожидается %n волонтёр</numerusform>
            <numerusform>ожидаются %n волонтёра</numerusform>
            <numerusform>ожидается %n волонтёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here now</source>
        <translation>
            <numerusform>сейчас на месте: %n</numerusform>
            <numerusform>сейчас на месте: %n</numerusform>
            <numerusform>сейчас на месте: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation>%1: приход отмечен в %2.</translation>
    </message>
    <message>
        <source>%1 checked out at %2: %3 h.</source>
        <translation>%1: уход отмечен в %2; %3 ч.</translation>
    </message>
    <message>
        <source>Print today&apos;s sign-in sheet</source>
        <translation>Печать листа регистрации прихода и ухода на сегодня</translation>
    </message>
    <message>
        <source>The shifts of %1 with their volunteers, and room to sign in and out by hand.</source>
        <translation>Смены на %1 с волонтёрами и графами, чтобы отмечать приход и уход от руки.</translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation>Лист регистрации %1</translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation>Лист регистрации прихода и ухода отправлен на печать.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <source>nobody yet</source>
        <translation>пока никого</translation>
    </message>
    <message>
        <source>on shift</source>
        <translation>на смене</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Отметить визит</translation>
    </message>
    <message>
        <source>Visit of %1 (%2), now.</source>
        <translation>Визит: %1 (%2), сейчас.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Отметить визит</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Write the year with four digits, e.g. 1985.</source>
        <translation>Укажите год четырьмя цифрами, например 1985.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Удалить эту строку</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Уровень владения</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>нужен</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation>Языки не указаны.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>31.12.2030</source>
        <translation>31.12.2030</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>No documents recorded.</source>
        <translation>Документы не указаны.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Добавить члена семьи</translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation>Члены семьи не указаны.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Tick what the person agreed to after it was explained to them.</source>
        <translation>Отметьте то, на что человек согласился после разъяснения.</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Данные о здоровье (ограниченный доступ)</translation>
    </message>
    <message>
        <source>Seen only by caseworkers and directors; every viewing is recorded. Record only what the person needs help with.</source>
        <translation>Видны только социальным работникам и директорам; каждый просмотр фиксируется. Указывайте только то, с чем человеку нужна помощь.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>ФИО (как написано)</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Same as typed</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Не совпадает</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Новый посетитель</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Редактирование: %1 (%2)</translation>
    </message>
    <message>
        <source>Only a name and the sex or the age are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation>Обязательны только имя и пол или возраст; остальное можно не заполнять. Enter — сохранить, Esc — отмена.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation>&amp;Написание латиницей:</translation>
    </message>
    <message>
        <source>as the visitor writes it, in any script</source>
        <translation>как пишет посетитель, любым алфавитом</translation>
    </message>
    <message>
        <source>as in the passport, e.g. ABDULLAEV RUSTAM</source>
        <translation>как в паспорте, например ABDULLAEV RUSTAM</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>or estimated &amp;year of birth:</source>
        <translation>или примерный &amp;год рождения:</translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation>31.12.1990 или 1990-12-31</translation>
    </message>
    <message>
        <source>e.g. 1985</source>
        <translation>например, 1985</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>Гра&amp;жданство:</translation>
    </message>
    <message>
        <source>Country of &amp;origin:</source>
        <translation>&amp;Страна происхождения:</translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation>Дата при&amp;бытия:</translation>
    </message>
    <message>
        <source>&amp;Migration status:</source>
        <translation>&amp;Миграционный статус:</translation>
    </message>
    <message>
        <source>type to find a country</source>
        <translation>начните вводить название страны</translation>
    </message>
    <message>
        <source>31.12.2025</source>
        <translation>31.12.2025</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>О человеке</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Другие сведения</translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation>+7 701 234 56 78</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Checking whether this person is already registered…</source>
        <translation>Проверка, не зарегистрирован ли уже этот человек…</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Отказаться от введённых данных?</translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation>Данные этой формы не сохранены. Закрыть её и потерять введённое?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>VisitorTable</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>ФИО (как написано)</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найдено по</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Написание латиницей</translation>
    </message>
    <message>
        <source>Whole name (family, given, patronymic)</source>
        <translation>ФИО полностью (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Миграционный статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Объединена с другой записью</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Moved from a merged record</source>
        <translation>Перенесено из объединённой записи</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Уровень владения</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Registered household member</source>
        <translation>Зарегистрированный член семьи</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Версия формулировки</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Время посещения</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата посещения</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Данные о здоровье (ограниченный доступ)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
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
        <translation>“%1” — это не дата: введите её в виде 31.12.1990 или 1990-12-31.</translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation>Укажите хотя бы одно имя.</translation>
    </message>
    <message>
        <source>Sex is female, male or not given.</source>
        <translation>Пол: женский, мужской или не указан.</translation>
    </message>
    <message>
        <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
        <translation>Укажите пол или возраст (дату рождения или примерный год рождения).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation>Дата рождения не может быть в будущем или раньше 1900 года.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation>Год рождения должен быть от 1900 до %1.</translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation>Дата прибытия не может быть в будущем.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation>Номер телефона — от 7 до 15 цифр, например +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>Unknown country code %1.</source>
        <translation>Неизвестный код страны %1.</translation>
    </message>
    <message>
        <source>Unknown document type %1.</source>
        <translation>Неизвестный тип документа %1.</translation>
    </message>
    <message>
        <source>Document number “%1”: 4 to 20 letters and digits.</source>
        <translation>Номер документа “%1”: от 4 до 20 букв и цифр.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Неизвестный язык %1.</translation>
    </message>
    <message>
        <source>A household member needs a name and a relation.</source>
        <translation>Для члена семьи укажите имя и степень родства.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
        <translation>Тем временем эту запись изменил другой пользователь. Откройте её снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation>Запись этого посетителя больше не существует.</translation>
    </message>
    <message>
        <source>Unknown purpose of consent %1.</source>
        <translation>Неизвестная цель согласия: %1.</translation>
    </message>
    <message>
        <source>Unknown need or service: %1</source>
        <translation>Неизвестная потребность или услуга: %1</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Выберите две разные записи для объединения.</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Find a visitor: name in any script, phone, document or registration number (Ctrl+F)</source>
        <translation>Поиск посетителя: имя в любом написании, телефон, номер документа или регистрационный номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New visitor… (Ctrl+N)</source>
        <translation>&amp;Новый посетитель… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log &amp;visit… (Ctrl+Shift+V)</source>
        <translation>&amp;Отметить визит… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>&amp;Импорт реестра…</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Загрузить список</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Найти посетителя</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Новый посетитель</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Отметить визит</translation>
    </message>
    <message>
        <source>Loading the visitor list for searching: %1 of %2…</source>
        <translation>Загрузка списка посетителей для поиска: %1 из %2…</translation>
    </message>
    <message>
        <source>Loading the visitor list for searching…</source>
        <translation>Загрузка списка посетителей для поиска…</translation>
    </message>
    <message>
        <source>The visitor list was not loaded, so searching waits until it is.</source>
        <translation>Список посетителей не загружен, поэтому поиск ждёт его загрузки.</translation>
    </message>
    <message>
        <source>The visitor list could not be loaded: %1</source>
        <translation>Не удалось загрузить список посетителей: %1</translation>
    </message>
    <message>
        <source>Still searching for “%1”. Choose the person when the list shows.</source>
        <translation>Поиск по запросу “%1” ещё идёт. Выберите человека, когда появится список.</translation>
    </message>
    <message>
        <source>Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a document number or a registration number. If the person is not found, register them with Ctrl+N.</source>
        <translation>Введите имя в любом алфавите (кириллица, латиница или арабское письмо), номер телефона, номер документа или регистрационный номер. Если человек не найден, зарегистрируйте его по Ctrl+N.</translation>
    </message>
    <message>
        <source>The search runs as soon as the visitor list is loaded.</source>
        <translation>Поиск начнётся, как только загрузится список посетителей.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>Найден %n посетитель</numerusform>
            <numerusform>Найдено %n посетителя</numerusform>
            <numerusform>Найдено %n посетителей</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try another spelling, the phone or a document number; or register a new visitor with Ctrl+N.</source>
        <translation>По запросу “%1” никого не найдено. Попробуйте другое написание, телефон или номер документа либо зарегистрируйте нового посетителя по Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches</source>
        <translation>
            <numerusform>Лучшее %n совпадение</numerusform>
            <numerusform>Лучшие %n совпадения</numerusform>
            <numerusform>Лучшие %n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the selected person; the arrow keys choose another.</source>
        <translation>Enter открывает запись выбранного человека; стрелками можно выбрать другого.</translation>
    </message>
    <message>
        <source>Registered as %1. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation>Зарегистрировано под номером %1. Отметьте сегодняшний визит по Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>Already registered as %1: this is that record. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation>Уже зарегистрировано под номером %1: это та самая запись. Отметьте сегодняшний визит по Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>Find the visitor first, then choose them in the list.</source>
        <translation>Сначала найдите посетителя, затем выберите его в списке.</translation>
    </message>
    <message>
        <source>Visit logged for %1 (%2).</source>
        <translation>Визит отмечен: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Семейные связи</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Food or cash</source>
        <translation>Продукты или деньги</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation>Информация и консультация</translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation>Продуктовый набор</translation>
    </message>
    <message>
        <source>Hygiene kit</source>
        <translation>Гигиенический набор</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Денежная помощь</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Первая помощь</translation>
    </message>
    <message>
        <source>Psychosocial session</source>
        <translation>Психосоциальная сессия</translation>
    </message>
    <message>
        <source>Phone call to family</source>
        <translation>Звонок родственникам</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Устный перевод</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Migration card</source>
        <translation>Миграционная карта</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Разрешение на работу</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation>Удостоверение беженца</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation>Тазкира</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <source>Keeping a record of the person</source>
        <translation>Хранение сведений о человеке</translation>
    </message>
    <message>
        <source>Sharing details with services on referral</source>
        <translation>Передача сведений службам при направлении</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Связь по телефону</translation>
    </message>
    <message>
        <source>Anonymous statistics for headquarters</source>
        <translation>Анонимная статистика для центрального офиса</translation>
    </message>
    <message>
        <source>Labour migrant</source>
        <translation>Трудовой мигрант</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Беженец</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Лицо, ищущее убежища</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Лицо без гражданства</translation>
    </message>
    <message>
        <source>Returning ethnic Kazakh (kandas)</source>
        <translation>Этнический казах-репатриант (кандас)</translation>
    </message>
    <message>
        <source>Without valid status</source>
        <translation>Без законного статуса</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Родной</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не владеет</translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation>Туберкулёз</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>ВИЧ</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Хроническое заболевание</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Беременность</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Психическое здоровье</translation>
    </message>
    <message>
        <source>Other medical need</source>
        <translation>Другая медицинская потребность</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Уровень владения</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation>Языки не указаны.</translation>
    </message>
    <message>
        <source>Training or certificate</source>
        <translation>Обучение или сертификат</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Скоро истекает</translation>
    </message>
    <message>
        <source>Trainings and certificates</source>
        <translation>Обучение и сертификаты</translation>
    </message>
    <message>
        <source>Add a training</source>
        <translation>Добавить обучение</translation>
    </message>
    <message>
        <source>No trainings recorded.</source>
        <translation>Обучение не указано.</translation>
    </message>
    <message>
        <source>Choose the training.</source>
        <translation>Выберите обучение.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>00:00 means until midnight</source>
        <translation>00:00 означает «до полуночи»</translation>
    </message>
    <message>
        <source>Available every week</source>
        <translation>Еженедельная доступность</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Добавить время</translation>
    </message>
    <message>
        <source>No weekly times recorded.</source>
        <translation>Еженедельная доступность не указана.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Not available on these dates</source>
        <translation>Недоступные даты</translation>
    </message>
    <message>
        <source>Add dates</source>
        <translation>Добавить даты</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>Даты не указаны.</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Новый волонтёр</translation>
    </message>
    <message>
        <source>Volunteer %1 (%2)</source>
        <translation>Волонтёр %1 (%2)</translation>
    </message>
    <message>
        <source>You may read this record; only the coordinator changes it. Esc closes.</source>
        <translation>Эту запись можно только просматривать; изменяет её координатор. Esc — закрыть.</translation>
    </message>
    <message>
        <source>A name and the volunteer&apos;s consent are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation>Обязательны только имя и согласие волонтёра; остальное можно не заполнять. Enter — сохранить, Esc — отмена.</translation>
    </message>
    <message>
        <source>Only a name is required. Enter saves, Esc cancels.</source>
        <translation>Обязательно только имя. Enter — сохранить, Esc — отмена.</translation>
    </message>
    <message>
        <source>Former visitor</source>
        <translation>Бывший посетитель</translation>
    </message>
    <message>
        <source>e.g. KZ-ALA-2026-000123</source>
        <translation>например, KZ-ALA-2026-000123</translation>
    </message>
    <message>
        <source>&amp;Link visitor</source>
        <translation>Св&amp;язать с посетителем</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Имя и контакты</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation>&amp;Написание латиницей:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Emergency contact:</source>
        <translation>&amp;Контакт на экстренный случай:</translation>
    </message>
    <message>
        <source>Emergency &amp;phone:</source>
        <translation>Телефон &amp;экстренного контакта:</translation>
    </message>
    <message>
        <source>as in the passport, e.g. IVANOVA ANNA</source>
        <translation>как в паспорте, например IVANOVA ANNA</translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation>31.12.1990 или 1990-12-31</translation>
    </message>
    <message>
        <source>If the volunteer came to the branch as a visitor, type the registration number and the birth date from their card. Their name, birth date and phone are then taken from that record; nothing else of it is shown.</source>
        <translation>Если волонтёр приходил в филиал как посетитель, введите регистрационный номер и дату рождения с его карточки. Тогда имя, дата рождения и телефон берутся из той записи; больше из неё ничего не показывается.</translation>
    </message>
    <message>
        <source>Bo&amp;rn:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation>+7 701 234 56 78</translation>
    </message>
    <message>
        <source>who to call, e.g. a parent</source>
        <translation>кому звонить, например родителю</translation>
    </message>
    <message>
        <source>Status and consent</source>
        <translation>Статус и согласие</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Дата с&amp;огласия:</translation>
    </message>
    <message>
        <source>The volunteer agreed that the branch keeps this record</source>
        <translation>Волонтёр согласен, чтобы филиал хранил эту запись</translation>
    </message>
    <message>
        <source>today, if left empty</source>
        <translation>если не заполнено — сегодня</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Space ticks or unticks the skill chosen</source>
        <translation>Пробел отмечает выбранный навык или снимает отметку</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the registration number from the visitor&apos;s card.</source>
        <translation>Введите регистрационный номер с карточки посетителя.</translation>
    </message>
    <message>
        <source>Type the birth date from the visitor&apos;s card too.</source>
        <translation>Введите также дату рождения с карточки посетителя.</translation>
    </message>
    <message>
        <source>Linked to visitor %1: name, birth date and phone come from that record.</source>
        <translation>Связано с посетителем %1: имя, дата рождения и телефон берутся из его записи.</translation>
    </message>
    <message>
        <source>Linked to a visitor&apos;s record: name, birth date and phone come from that record.</source>
        <translation>Связано с записью посетителя: имя, дата рождения и телефон берутся из неё.</translation>
    </message>
    <message>
        <source>A volunteer is registered only with their consent: ask them, then tick the box.</source>
        <translation>Волонтёр регистрируется только с его согласия: спросите его, затем поставьте отметку.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Отказаться от введённых данных?</translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation>Данные этой формы не сохранены. Закрыть её и потерять введённое?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>VolunteerLists</name>
    <message>
        <source>Open places</source>
        <translation>Свободные места</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Language cover</source>
        <translation>Охват языков</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Нужно</translation>
    </message>
    <message>
        <source>Places open</source>
        <translation>Свободные места</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Истекает сегодня</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Visitors who needed an interpreter</source>
        <translation>Посетители, которым был нужен переводчик</translation>
    </message>
    <message>
        <source>Volunteers on next week&apos;s shifts</source>
        <translation>Волонтёры на сменах следующей недели</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Покрыт</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>НЕ ПОКРЫТ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Смены</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Places still open on the shifts of the next %n day(s), soonest first. Those within two days are marked.</source>
        <translation>
            <numerusform>Свободные места на сменах на %n день вперёд, сначала ближайшие. Места в ближайшие два дня отмечены.</numerusform>
            <numerusform>Свободные места на сменах на %n дня вперёд, сначала ближайшие. Места в ближайшие два дня отмечены.</numerusform>
            <numerusform>Свободные места на сменах на %n дней вперёд, сначала ближайшие. Места в ближайшие два дня отмечены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every place on the coming shifts is filled.</source>
        <translation>Все места на ближайших сменах заняты.</translation>
    </message>
    <message numerus="yes">
        <source>Certificates that expire within %n day(s), and those that have expired and were not renewed.</source>
        <translation>
            <numerusform>Сертификаты, срок которых истекает в течение %n дня, а также просроченные и не продлённые.</numerusform>
            <numerusform>Сертификаты, срок которых истекает в течение %n дней, а также просроченные и не продлённые.</numerusform>
            <numerusform>Сертификаты, срок которых истекает в течение %n дней, а также просроченные и не продлённые.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate expires soon.</source>
        <translation>Сертификатов с истекающим сроком нет.</translation>
    </message>
    <message numerus="yes">
        <source>Languages visitors needed an interpreter for in the last %n day(s) (how many people, no names), against the volunteers speaking them well on next week&apos;s shifts.</source>
        <translation>
            <numerusform>Языки, для которых посетителям за последний %n день требовался переводчик (число людей, без имён), в сравнении с волонтёрами, хорошо владеющими этими языками, на сменах следующей недели.</numerusform>
            <numerusform>Языки, для которых посетителям за последние %n дня требовался переводчик (число людей, без имён), в сравнении с волонтёрами, хорошо владеющими этими языками, на сменах следующей недели.</numerusform>
            <numerusform>Языки, для которых посетителям за последние %n дней требовался переводчик (число людей, без имён), в сравнении с волонтёрами, хорошо владеющими этими языками, на сменах следующей недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>No visitor needed an interpreter in this time.</source>
        <translation>За это время переводчик не требовался ни одному посетителю.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>The branch&apos;s working-time limits. Assigning a volunteer beyond them asks for a reason first.</source>
        <translation>Ограничения рабочего времени в филиале. Чтобы назначить волонтёра сверх них, сначала нужно указать причину.</translation>
    </message>
    <message>
        <source>The branch&apos;s working-time limits. Only the coordinator changes them.</source>
        <translation>Ограничения рабочего времени в филиале. Изменять их может только координатор.</translation>
    </message>
    <message>
        <source>Hours a &amp;day at most:</source>
        <translation>Максимум часов в &amp;день:</translation>
    </message>
    <message>
        <source>Hours a &amp;week at most:</source>
        <translation>Максимум часов в &amp;неделю:</translation>
    </message>
    <message>
        <source>&amp;Rest between shifts at least (hours):</source>
        <translation>&amp;Отдых между сменами не менее (часов):</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Сохранить ограничения</translation>
    </message>
    <message>
        <source>No volunteer on next week&apos;s shifts speaks: %1.</source>
        <translation>На сменах следующей недели нет волонтёров, владеющих языками: %1.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Укажите первый и последний день периода.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Counting the hours…</source>
        <translation>Подсчёт часов…</translation>
    </message>
    <message>
        <source>Hours in all: %1 (%2)</source>
        <translation>Всего часов: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n волонтёр</numerusform>
            <numerusform>%n волонтёра</numerusform>
            <numerusform>%n волонтёров</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the hours to Excel</source>
        <translation>Экспорт часов в Excel</translation>
    </message>
    <message>
        <source>The hours were saved as %1.</source>
        <translation>Часы сохранены в файл %1.</translation>
    </message>
    <message>
        <source>The limits were saved. They apply to assignments from now on.</source>
        <translation>Ограничения сохранены. Они действуют для назначений с этого момента.</translation>
    </message>
</context>
<context>
    <name>VolunteerPages</name>
    <message>
        <source>language: %1</source>
        <extracomment>A shift&apos;s need for volunteers who work in a language; %1 is the language&apos;s own name.</extracomment>
        <translation>язык: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>VolunteerRegister</name>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 — срок истёк %2</translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation>%1 — срок истекает %2</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Истекает %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Came to the branch as a visitor first</source>
        <translation>Бывший посетитель филиала</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Former visitor</source>
        <translation>Бывший посетитель</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Find a volunteer: name, number or phone</source>
        <translation>Поиск волонтёра: имя, номер или телефон</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>&amp;New volunteer… (Ctrl+N)</source>
        <translation>&amp;Новый волонтёр… (Ctrl+N)</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Новый волонтёр</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <source>Service &amp;record</source>
        <translation>Справка о &amp;деятельности</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Shifts as &amp;text…</source>
        <translation>Смены &amp;текстом…</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n волонтёр</numerusform>
            <numerusform>%n волонтёра</numerusform>
            <numerusform>%n волонтёров</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within 30 days or have expired:</source>
        <translation>
            <numerusform>У %n сертификата срок истекает в течение 30 дней или уже истёк:</numerusform>
            <numerusform>У %n сертификатов срок истекает в течение 30 дней или уже истёк:</numerusform>
            <numerusform>У %n сертификатов срок истекает в течение 30 дней или уже истёк:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see Lists).</source>
        <translation>
            <numerusform>и ещё %n (см. Списки).</numerusform>
            <numerusform>и ещё %n (см. Списки).</numerusform>
            <numerusform>и ещё %n (см. Списки).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was registered as %2.</source>
        <translation>Волонтёр %1 зарегистрирован под номером %2.</translation>
    </message>
    <message>
        <source>The record of %1 (%2) was saved.</source>
        <translation>Запись %1 (%2) сохранена.</translation>
    </message>
    <message>
        <source>The service record of %1 was sent to %2.</source>
        <translation>Справка о волонтёрской деятельности (%1) отправлена на %2.</translation>
    </message>
    <message>
        <source>Service record %1</source>
        <translation>Справка о деятельности %1</translation>
    </message>
    <message>
        <source>Save the service record as PDF</source>
        <translation>Сохранить справку о деятельности в PDF</translation>
    </message>
    <message>
        <source>The service record of %1 was saved as %2.</source>
        <translation>Справка о деятельности (%1) сохранена в файл %2.</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <source>Interpreting</source>
        <translation>Устный перевод</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Первая помощь</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>Стойка регистрации</translation>
    </message>
    <message>
        <source>Distribution of aid</source>
        <translation>Раздача помощи</translation>
    </message>
    <message>
        <source>Child-friendly space</source>
        <translation>Пространство, благоприятное для детей</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Вождение</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Приготовление пищи</translation>
    </message>
    <message>
        <source>Warehouse and logistics</source>
        <translation>Склад и логистика</translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation>Компьютеры и телефоны</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Восстановление семейных связей</translation>
    </message>
    <message>
        <source>First aid certificate</source>
        <extracomment>Trainings and certificates. A shift need of kind &quot;skill&quot; whose code is one of these asks for a certificate valid on the shift&apos;s date.</extracomment>
        <translation>Сертификат по первой помощи</translation>
    </message>
    <message>
        <source>Psychological first aid</source>
        <translation>Первая психологическая помощь</translation>
    </message>
    <message>
        <source>Child safeguarding</source>
        <translation>Защита детей</translation>
    </message>
    <message>
        <source>Red Crescent induction</source>
        <translation>Вводное обучение Красного Полумесяца</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Водительское удостоверение</translation>
    </message>
    <message>
        <source>Food hygiene</source>
        <translation>Гигиена питания</translation>
    </message>
    <message>
        <source>Restoring family links training</source>
        <translation>Обучение по восстановлению семейных связей</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation>Свободный</translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation>Укажите хотя бы одно имя.</translation>
    </message>
    <message>
        <source>Sex is F, M or not given.</source>
        <translation>Пол: F, M или не указан.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation>Дата рождения не может быть в будущем или раньше 1900 года.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation>В номере телефона от 7 до 15 цифр, например +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>Дата согласия не может быть в будущем.</translation>
    </message>
    <message>
        <source>Unknown skill %1.</source>
        <translation>Неизвестный навык: %1.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Неизвестный язык: %1.</translation>
    </message>
    <message>
        <source>Unknown training %1.</source>
        <translation>Неизвестное обучение: %1.</translation>
    </message>
    <message>
        <source>%1: the certificate cannot expire before it was obtained.</source>
        <translation>%1: сертификат не может истечь раньше, чем был получен.</translation>
    </message>
    <message>
        <source>An available time needs a day of the week and a start before its end.</source>
        <translation>Для доступного времени нужны день недели и начало раньше конца.</translation>
    </message>
    <message>
        <source>A period cannot end before it starts.</source>
        <translation>Период не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>This volunteer&apos;s record no longer exists.</source>
        <translation>Запись этого волонтёра больше не существует.</translation>
    </message>
    <message>
        <source>Someone else changed this volunteer meanwhile. Open the record again.</source>
        <translation>Тем временем данные этого волонтёра изменил другой пользователь. Откройте запись снова.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Неизвестный статус %1.</translation>
    </message>
    <message>
        <source>No visitor has this registration number and birth date. Check both on the card.</source>
        <translation>Нет посетителя с таким регистрационным номером и датой рождения. Проверьте оба по карточке.</translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation>Запись этого посетителя больше не существует.</translation>
    </message>
    <message>
        <source>This person is already registered as volunteer %1.</source>
        <translation>Этот человек уже зарегистрирован как волонтёр под номером %1.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Week plan</source>
        <translation>План недели</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>свободно: %n</numerusform>
            <numerusform>свободно: %n</numerusform>
            <numerusform>свободно: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>night shift</source>
        <translation>ночная смена</translation>
    </message>
    <message>
        <source>%1 of %2 volunteers</source>
        <translation>Волонтёров: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n свободное место</numerusform>
            <numerusform>%n свободных места</numerusform>
            <numerusform>%n свободных мест</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>все места заняты</translation>
    </message>
    <message numerus="yes">
        <source>%n not filled</source>
        <translation>
            <numerusform>не занято: %n</numerusform>
            <numerusform>не занято: %n</numerusform>
            <numerusform>не занято: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over; %n place(s) not filled</source>
        <translation>
            <numerusform>смена прошла; %n место не занято</numerusform>
            <numerusform>смена прошла; %n места не заняты</numerusform>
            <numerusform>смена прошла; %n мест не занято</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>No shift here. Press Insert to make one.</source>
        <translation>Здесь нет смены. Нажмите Insert, чтобы создать её.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>WeekPlanView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Предыдущая неделя</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>&amp;Эта неделя</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Следующая неделя ▶</translation>
    </message>
    <message>
        <source>&amp;New shift… (Insert)</source>
        <translation>&amp;Новая смена… (Insert)</translation>
    </message>
    <message>
        <source>Apply &amp;templates…</source>
        <translation>Применить &amp;шаблоны…</translation>
    </message>
    <message>
        <source>&amp;Copy week to…</source>
        <translation>&amp;Копировать неделю…</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>Пл&amp;ощадки…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>The week&apos;s &amp;roster…</source>
        <translation>&amp;График смен недели…</translation>
    </message>
    <message>
        <source>A day&apos;s &amp;sign-in sheet…</source>
        <translation>&amp;Лист регистрации прихода и ухода за день…</translation>
    </message>
    <message>
        <source>&amp;Open places this week</source>
        <translation>Свободные &amp;места на этой неделе</translation>
    </message>
    <message>
        <source>Arrows move between days and sites. Enter opens the shift, Insert makes a new one, Delete removes an empty one. Page Up and Page Down change the week.</source>
        <translation>Стрелки переходят между днями и площадками. Enter открывает смену, Insert создаёт новую, Delete удаляет пустую. Page Up и Page Down меняют неделю.</translation>
    </message>
    <message>
        <source>%1 places open   %2 full   %3 night shift   grey: over, places not filled</source>
        <translation>%1 есть свободные места   %2 все места заняты   %3 ночная смена   серым: смена прошла, места не заняты</translation>
    </message>
    <message>
        <source>No sites yet. A shift belongs to a site: add the branch&apos;s sites first (Sites…).</source>
        <translation>Площадок пока нет. Смена проходит на площадке: сначала добавьте площадки филиала («Площадки…»).</translation>
    </message>
    <message>
        <source>No sites yet.</source>
        <translation>Площадок пока нет.</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (эта неделя)</translation>
    </message>
    <message>
        <source>No shifts this week yet.</source>
        <translation>На этой неделе смен пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s)</source>
        <translation>
            <numerusform>%n смена</numerusform>
            <numerusform>%n смены</numerusform>
            <numerusform>%n смен</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 places filled</source>
        <translation>занято мест: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) open</source>
        <translation>
            <numerusform>%n свободное место</numerusform>
            <numerusform>%n свободных места</numerusform>
            <numerusform>%n свободных мест</numerusform>
        </translation>
    </message>
    <message>
        <source>The shift of %1, %2 was saved.</source>
        <translation>Смена (%1, %2) сохранена.</translation>
    </message>
    <message>
        <source>Which shift?</source>
        <translation>Какая смена?</translation>
    </message>
    <message>
        <source>Remove which shift?</source>
        <translation>Какую смену удалить?</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2, площадка: %3</translation>
    </message>
    <message>
        <source>The shift of %1 has volunteers on it. Open it to change who is on it; only an empty shift is removed here.</source>
        <translation>На смене (%1) есть волонтёры. Чтобы изменить состав, откройте смену; здесь удаляется только пустая смена.</translation>
    </message>
    <message>
        <source>Remove the shift?</source>
        <translation>Удалить смену?</translation>
    </message>
    <message>
        <source>Remove the shift of %1?</source>
        <translation>Удалить смену (%1)?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The shift of %1 was removed.</source>
        <translation>Смена (%1) удалена.</translation>
    </message>
    <message>
        <source>Making the shifts of the weekly templates…</source>
        <translation>Создаются смены по еженедельным шаблонам…</translation>
    </message>
    <message>
        <source>Stopped: no shift was made from the templates.</source>
        <translation>Остановлено: по шаблонам не создано ни одной смены.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) made from the weekly templates.</source>
        <translation>
            <numerusform>Из еженедельных шаблонов создана %n смена.</numerusform>
            <numerusform>Из еженедельных шаблонов созданы %n смены.</numerusform>
            <numerusform>Из еженедельных шаблонов создано %n смен.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied to %2.</source>
        <translation>%1 — скопировано на неделю %2.</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Печать графика смен</translation>
    </message>
    <message>
        <source>The roster of %1: every site and day, who is on each shift and the places still open.</source>
        <translation>График смен на неделю %1: все площадки и дни, кто на какой смене и какие места ещё свободны.</translation>
    </message>
    <message>
        <source>Roster %1</source>
        <translation>График смен %1</translation>
    </message>
    <message>
        <source>The roster was sent to the printer.</source>
        <translation>График смен отправлен на печать.</translation>
    </message>
    <message>
        <source>Print a sign-in sheet</source>
        <translation>Печать листа регистрации прихода и ухода</translation>
    </message>
    <message>
        <source>The day&apos;s shifts with their volunteers, and room to sign in and out by hand.</source>
        <translation>Смены дня с волонтёрами и графами, чтобы отмечать приход и уход от руки.</translation>
    </message>
    <message>
        <source>Sign-in sheet %1</source>
        <translation>Лист регистрации %1</translation>
    </message>
    <message>
        <source>The sign-in sheet was sent to the printer.</source>
        <translation>Лист регистрации прихода и ухода отправлен на печать.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Qamqor</source>
        <translation>Добро пожаловать в Qamqor</translation>
    </message>
    <message>
        <source>This computer has no branch yet. The next steps set it up.</source>
        <translation>На этом компьютере ещё нет филиала. Следующие шаги помогут его настроить.</translation>
    </message>
    <message>
        <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
        <translation>Qamqor ведёт реестр посетителей, направлений и волонтёров одного филиала. Все данные хранятся в зашифрованном виде; открыть их могут только сотрудники с учётной записью.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The branch&apos;s data will be kept in:</source>
        <translation>Данные филиала будут храниться в папке:</translation>
    </message>
</context>
</TS>
