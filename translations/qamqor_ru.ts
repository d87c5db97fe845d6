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
        <source>Demo log-in: user %1, password %2 (other roles: %3).</source>
        <translation>Демо-вход: пользователь %1, пароль %2 (другие роли: %3).</translation>
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
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Row %1: already registered as %2</source>
        <translation>Строка %1: уже зарегистрировано как %2</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
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
        <source>NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered.</source>
        <translation>ПОДЛИННОСТЬ НЕ ПОДТВЕРЖДЕНА: этот код создан не этим филиалом для этого направления, либо направление было изменено.</translation>
    </message>
    <message>
        <source>Genuine letter %1, issued %2: %3 (%4), status %5.</source>
        <translation>Подлинное направление %1, выдано %2: %3 (%4), статус: %5.</translation>
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
    <name>Exchange</name>
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
        <source>%1 written: bundle %2 with %3 change(s), %4 to %5.</source>
        <translation>Записан %1: пакет %2, изменений: %3, с %4 по %5.</translation>
    </message>
    <message>
        <source>This return bundle was applied before; nothing changed.</source>
        <translation>Этот ответный пакет уже был применён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>HQ acknowledged changes through %1; %2 sent change(s) pruned, %3 rejected, %4 service provider(s) updated.</source>
        <translation>Центральный офис подтвердил изменения по %1 включительно; удалено отправленных изменений: %2, отклонено: %3, обновлено поставщиков услуг: %4.</translation>
    </message>
    <message>
        <source>Rejected change %1 (%2 %3): %4</source>
        <translation>Отклонённое изменение %1 (%2 %3): %4</translation>
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
        <source>Branch %1 is not enrolled at HQ.</source>
        <translation>Филиал %1 не зарегистрирован в центральном офисе.</translation>
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
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1: return bundle %2 acknowledges changes through %3 (%4 rejected).</source>
        <translation>%1: ответный пакет %2 подтверждает изменения по %3 включительно (отклонено: %4).</translation>
    </message>
    <message>
        <source>This HQ key set (version %1) is not newer than the one installed (version %2).</source>
        <translation>Этот набор ключей центрального офиса (версия %1) не новее установленного (версия %2).</translation>
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
        <source>The bundle written to %1 does not read back as written: use another stick.</source>
        <translation>Пакет, записанный в %1, при повторном чтении не совпадает с записанным: используйте другую флешку.</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation>Не удалось записать пакет %1: %2</translation>
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
    <name>Import</name>
    <message>
        <source>Cannot read “%1”: save the register from Excel as .xlsx or .csv.</source>
        <translation>Не удаётся прочитать “%1”: сохраните реестр из Excel в формате .xlsx или .csv.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>Файл “%1” пуст.</translation>
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
        <source>“%1” is not a readable CSV file: %2</source>
        <translation>Файл “%1” не читается как CSV: %2</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read (.xlsx).</source>
        <translation>Файл “%1” не читается как книга Excel (.xlsx).</translation>
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
        <source>No column holds names. Head the name columns Фамилия / Тегі / family_name, Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name.</source>
        <translation>Нет столбца с именами. Озаглавьте столбцы с именем Фамилия / Тегі / family_name, Имя / Аты / given_name или ФИО / Аты-жөні / full_name для полного имени.</translation>
    </message>
    <message>
        <source>The import was cancelled; the rows imported before that are kept.</source>
        <translation>Импорт отменён; строки, импортированные до этого, сохранены.</translation>
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
    <name>MakeReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation>Оформление направления</translation>
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
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>NoReferralAccessPage</name>
    <message>
        <source>Your role (%1) has no access to referrals. They are kept for caseworkers and directors, because a referral tells which service a person needs.</source>
        <translation>У вашей роли (%1) нет доступа к направлениям. Они доступны только социальным работникам и директорам, поскольку из направления видно, какая служба нужна человеку.</translation>
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
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
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
        <translation>Не удаётся прочитать %1: %2</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Letter %1 was saved as %2.</source>
        <translation>Направление %1 сохранено в файл %2.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the letter as PDF, or ask for a printer to be installed.</source>
        <translation>На этом компьютере не настроен принтер. Сохраните направление в PDF или попросите установить принтер.</translation>
    </message>
    <message>
        <source>Print letter %1.</source>
        <translation>Печать направления %1.</translation>
    </message>
    <message>
        <source>Letter %1 was sent to %2.</source>
        <translation>Направление %1 отправлено на принтер %2.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save the letter as PDF instead.</source>
        <translation>Не найдена программа для просмотра PDF-файлов. Вместо этого сохраните направление в PDF.</translation>
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
        <source>Sex and age</source>
        <translation>Пол и возраст</translation>
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
        <source>Origin and status</source>
        <translation>Происхождение и статус</translation>
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
        <source>Contact</source>
        <translation>Контакты</translation>
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
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a document number or a registration number. If the person is not found, register them with Ctrl+N.</source>
        <translation>Введите имя в любом алфавите (кириллица, латиница или арабское письмо), номер телефона, номер документа или регистрационный номер. Если человек не найден, зарегистрируйте его по Ctrl+N.</translation>
    </message>
    <message>
        <source>The search runs as soon as the visitor list is loaded.</source>
        <translation>Поиск начнётся, как только загрузится список посетителей.</translation>
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
