<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>Имя пользователя — от 2 до 32 латинских букв, цифр, точек, дефисов или знаков подчёркивания.</translation>
    </message>
    <message>
        <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
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
        <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 8 characters.</source>
        <translation>Забытый пароль никто не сможет восстановить: храните его там же, где филиал хранит ключи. Не менее 8 символов.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator.</source>
        <translation>В работе Qamqor произошла ошибка; то, что вы делали, могло не сохраниться. Если это повторится, сообщите администратору.</translation>
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
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Registering walk-in visitors, finding returning ones by any spelling of their name, and logging each visit and its needs.</source>
        <translation>Регистрация посетителей, поиск повторно обратившихся при любом написании имени, учёт каждого посещения и его потребностей.</translation>
    </message>
    <message>
        <source>Referrals to clinics, legal aid, shelters and other services, their follow-up, and printed referral letters.</source>
        <translation>Направления в клиники, за юридической помощью, в приюты и другие службы, контроль их исполнения и печать направлений.</translation>
    </message>
    <message>
        <source>The volunteer register, shifts and assignments, hours worked, and printed rosters.</source>
        <translation>Реестр волонтёров, смены и поручения, отработанные часы и печать графиков.</translation>
    </message>
    <message>
        <source>Counts of visitors, visits, referrals and volunteer hours for the branch and for headquarters.</source>
        <translation>Число посетителей, посещений, направлений и часов работы волонтёров для филиала и центрального офиса.</translation>
    </message>
    <message>
        <source>Encrypted bundles of the branch&apos;s records for headquarters, and the answers that come back.</source>
        <translation>Зашифрованные пакеты записей филиала для центрального офиса и полученные ответы.</translation>
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
    <name>ComingLaterPage</name>
    <message>
        <source>This part of Qamqor is coming in a later version. Nothing here works yet.</source>
        <translation>Этот раздел Qamqor появится в одной из следующих версий. Здесь пока ничего не работает.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Планируется: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 in a file (--password-file) or in the %2 variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch here yet: run qamqor init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your user name with --user (or QAMQOR_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is set up in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo branch was made in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo log-in: user %1, password %2 (other roles: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished">Пароль пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>User %1 was disabled; the database has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 does not follow the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: already registered as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of results must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter languages are one to three of kk, ru, en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 written to %2 (marked COPY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine letter %1, issued %2: %3 (%4), status %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered before may be the one you are registering. Check with the visitor; if one of them is the same person, open that record instead of making a second one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Fingerprint (read it to HQ by phone): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: bundle %2 with %3 change(s), %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return bundle was applied before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ acknowledged changes through %1; %2 sent change(s) pruned, %3 rejected, %4 service provider(s) updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected change %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Qamqor bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return bundle is for branch %1, not for this branch (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient key in the HQ key set is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decryption key is not a valid age identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this key: it cannot be decrypted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (truncated or changed bytes): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has format version %1, which this program does not know: update Qamqor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the sender&apos;s key: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its manifest: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle member %1 does not match its manifest: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is already enrolled with other keys: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not signed with the enrolled key of branch %1: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORK: branch %1 sent two different bundles numbered %2 (a restored or copied computer?). Refused; nothing was merged. Call the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. Refused; nothing was merged. Call the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: changes are missing. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 could not be applied (%3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a %1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HQ key set&apos;s signature does not verify: it was altered or not made by HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: HQ keys are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the HQ keys in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HQ signing key in %1 does not belong to its key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not verify: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the HQ database with --db URL (or QAMQOR_HQ_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ keys written to %1. Keep hq-primary.agekey, hq-escrow.agekey and hq-signing.key secret; give hq-keyset.json to the branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set fingerprint (read it out by phone): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 (%2) enrolled; fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 (%2) was already enrolled with these keys; fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bundle %2: imported before; nothing changed (%3 already present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bundle %2: older than what HQ has; nothing changed (%3 already present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bundle %2: %3 applied, %4 already present, %5 conflicts, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: return bundle %2 acknowledges changes through %3 (%4 rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the branch administrator exchanges bundles and keys with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HQ key set (version %1) is not newer than the one installed (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the HQ key set first (qamqor keys install-hq FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ acknowledges changes through %1, but this branch sent only through %2: is this database restored from an old backup? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written: use another stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation type="unfinished"></translation>
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
    <name>Import</name>
    <message>
        <source>Cannot read “%1”: save the register from Excel as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a readable CSV file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sex: write F or M (Ж or М, Ә or Е).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country “%1”: write its name or its two-letter code (UZ, TJ, KG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds names. Head the name columns Фамилия / Тегі / family_name, Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the rows imported before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the visitors of a register the branch kept before Qamqor: an Excel workbook (.xlsx) or a CSV file whose first row names the columns. Nothing is saved until you have checked the columns and pressed Import. People already registered are skipped and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what? Qamqor guessed from the column names; correct what it got wrong. Columns left “not imported” are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the column names.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are (see Problems); the others can.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat people already registered; they were not registered again:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; correct them in the file and import it again (rows already imported are then skipped):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>Letter</name>
    <message>
        <source>Tuberculosis clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished">Юридическая помощь</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished">Жильё</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: within 72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: within 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished">Директор</translation>
    </message>
    <message>
        <source>Acting director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please receive the person by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person named above has agreed that the facts in this letter be shared with %1 for this referral only. Please keep this letter confidential: do not copy it or pass it on.</source>
        <extracomment>%1 is the receiving organisation&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in and return to the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the person was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
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
        <source>Branch %1 — %2</source>
        <translation>Филиал %1 — %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record of %1 (%2). Its visits, documents and the rest move to this record, and its number keeps finding this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in any script, phone, document or registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Merge two records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) will be merged into %3 (%4), the record open now. Everything it holds moves there, and %2 will find %4. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoVisitorAccessPage</name>
    <message>
        <source>Your role (%1) has no access to visitors&apos; records. They are kept for receptionists, caseworkers and directors, so that people who keep volunteers or accounts do not see anyone&apos;s case.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← Back to the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log visit… (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages, documents, household and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also registered as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your viewing is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Направления</translation>
    </message>
    <message>
        <source>Referrals to clinics, legal aid and other services will be recorded here when that part of Qamqor arrives; it is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted health information is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restricted health information is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted health information is recorded. Show it only when the person&apos;s care needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (your viewing is in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was merged into this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>TB clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation type="unfinished">Юридическая помощь</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished">Жильё</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation type="unfinished">Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent (72 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (2 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider a name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or the provider no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter must at least name the person; ask for their consent to share the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be changed; this letter is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter is issued by the director&apos;s own act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the provider declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a provider list: the columns %1 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity must be a whole number.</source>
        <translation type="unfinished"></translation>
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
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
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
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
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
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of %1 (%2), now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Write the year with four digits, e.g. 1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31.12.2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the person agreed to after it was explained to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen only by caseworkers and directors; every viewing is recorded. Record only what the person needs help with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a name and the sex or the age are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the visitor writes it, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the passport, e.g. ABDULLAEV RUSTAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or estimated &amp;year of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of &amp;origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to find a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31.12.2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Сохранить</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this person is already registered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorTable</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorText</name>
    <message>
        <source>≈ %1</source>
        <comment>an estimated year of birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole name (family, given, patronymic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from a merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record type and what happened to it</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visitor… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;visit… (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the visitor list for searching: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the visitor list for searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor list was not loaded, so searching waits until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a document number or a registration number. If the person is not found, register them with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search runs as soon as the visitor list is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try another spelling, the phone or a document number; or register a new visitor with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the selected person; the arrow keys choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered as %1: this is that record. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the visitor first, then choose them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit logged for %1 (%2).</source>
        <translation type="unfinished"></translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Qamqor</source>
        <translation>Добро пожаловать в Qamqor</translation>
    </message>
    <message>
        <source>This computer has no branch yet. The next two steps set it up.</source>
        <translation>На этом компьютере ещё нет филиала. Следующие два шага помогут его настроить.</translation>
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
