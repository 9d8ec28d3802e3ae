<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Case command</name>
    <message>
        <source>put a backup in place of the case database (without BACKUP: list the backups)</source>
        <translation>用备份替换案卷数据库（不给 BACKUP：列出备份）</translation>
    </message>
    <message>
        <source>move a case file into a new or empty team case on PostgreSQL, and compare every table&apos;s rows and content</source>
        <translation>将案卷文件移入 PostgreSQL 上新建或空的团队案卷，并核对每张表的行数和内容</translation>
    </message>
    <message>
        <source>give a person&apos;s database login a role in the team case given by --db (admins only): reviewer, editor (may publish dossiers) or admin</source>
        <translation>为某人的数据库登录名指定其在 --db 所指团队案卷中的角色（仅限管理员）：reviewer（核查员）、editor（编辑，可发布核查报告）或 admin（管理员）</translation>
    </message>
    <message>
        <source>demo clips {percent}%</source>
        <translation>演示片段 {percent}%</translation>
    </message>
    <message>
        <source>{database}: the demo case, {clips} clips, {claims} claims, {sources} sources, {evidence} evidence frames, {verdicts} verdicts</source>
        <translation>{database}：演示案卷，{clips} 个片段、{claims} 条说法、{sources} 个信源、{evidence} 个证据帧、{verdicts} 个核查结论</translation>
    </message>
    <message>
        <source>running the detectors on {clip}</source>
        <translation>正在对 {clip} 运行检测器</translation>
    </message>
    <message>
        <source>{url} is not a team case: give a postgresql:// URL.</source>
        <translation>{url} 不是团队案卷：请给出 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was copied into the team case.</source>
        <translation>已取消：没有任何内容复制到团队案卷。</translation>
    </message>
    <message>
        <source>same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>The team case {case} would not hold exactly what {file} holds (see DIFFERENT above), so nothing was copied; keep using the file, and tell ReelCheck&apos;s developers.</source>
        <translation>团队案卷 {case} 无法与 {file} 完全一致（见上方“不一致”），因此未复制任何内容；请继续使用该文件，并告知 ReelCheck 的开发者。</translation>
    </message>
    <message>
        <source>{file} is now in the team case {case}: {rows} rows in {tables} tables, each counted and compared. The file is kept.</source>
        <translation>{file} 已移入团队案卷 {case}：{tables} 张表共 {rows} 行，每张表都已计数并核对。原文件保留。</translation>
    </message>
    <message>
        <source>Roles belong to a team case: give --db its postgresql:// URL.</source>
        <translation>角色属于团队案卷：请为 --db 给出其 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>核查员</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>{login} is now {role} in the team case {case}.</source>
        <translation>{login} 现在是团队案卷 {case} 的{role}。</translation>
    </message>
    <message>
        <source>copying {table} ({percent}%)</source>
        <translation>正在复制 {table}（{percent}%）</translation>
    </message>
    <message>
        <source>No backups of {database} yet (one is made the first time it is opened each day).</source>
        <translation>{database} 还没有备份（每天第一次打开时会做一份）。</translation>
    </message>
    <message>
        <source>There is no backup file {file}.</source>
        <translation>备份文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>{database} is now the backup {backup}; the file it replaced is kept as {kept}.</source>
        <translation>{database} 已换成备份 {backup}；被替换的文件保留为 {kept}。</translation>
    </message>
    <message>
        <source>The case {case} has no clip with the file {file}; open it in the player first.</source>
        <translation>案卷 {case} 中没有文件 {file} 的片段；请先在播放器中打开它。</translation>
    </message>
    <message>
        <source>There is no case database {database}.</source>
        <translation>案卷数据库 {database} 不存在。</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the case was not made: {reason}</source>
        <translation>今天的案卷备份没有做成：{reason}</translation>
    </message>
</context>
<context>
    <name>Cluster command</name>
    <message>
        <source>run the detectors on the queue&apos;s clips, here or on a Ray cluster</source>
        <translation>在本机或 Ray 集群上对队列中的片段运行检测器</translation>
    </message>
    <message>
        <source>ray://HOST:PORT or HOST:PORT of a Ray cluster whose workers reach the clips&apos; folder, or auto for the Ray instance on this machine (started for the run if none is running); without it: this machine</source>
        <translation>Ray 集群的 ray://主机:端口 或 主机:端口（其工作节点须能访问片段所在的文件夹），或 auto 表示本机上的 Ray 实例（若未运行则为本次分析启动一个）；不指定时在本机分析</translation>
    </message>
    <message>
        <source>the clips with this status (may be repeated; default: New)</source>
        <translation>分析处于此状态的片段（可重复；默认：New，即待处理）</translation>
    </message>
    <message>
        <source>every Nth frame (default 10)</source>
        <translation>每隔 N 帧分析一帧（默认 10）</translation>
    </message>
    <message>
        <source>also read the text on the frames (once a second) and badge visible AI marks</source>
        <translation>同时读取画面文字（每秒一次），并为可见的 AI 标识加上标记</translation>
    </message>
    <message>
        <source>No clip in the queue has that status: nothing to analyse.</source>
        <translation>队列中没有处于该状态的片段：无需分析。</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>{words}.</source>
        <translation>{words}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文字</translation>
    </message>
    <message>
        <source>a folder of analyzer plugins to look in as well</source>
        <translation>另外查找分析器插件的文件夹</translation>
    </message>
    <message>
        <source>the Content Credentials signers you trust (CA certificates, PEM)</source>
        <translation>你信任的内容凭证 (C2PA) 签名者（CA 证书，PEM）</translation>
    </message>
    <message>
        <source>--stride must be 1 or more.</source>
        <translation>--stride 必须大于或等于 1。</translation>
    </message>
    <message>
        <source>Review workstation for suspected AI-generated video clips.</source>
        <translation>疑似 AI 生成视频片段的核查工作站。</translation>
    </message>
    <message>
        <source>show ReelCheck&apos;s version and exit</source>
        <translation>显示 ReelCheck 的版本并退出</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>open a clip in the player</source>
        <translation>在播放器中打开视频片段</translation>
    </message>
    <message>
        <source>open the player on the demo case (generated clips, reviewed)</source>
        <translation>打开播放器并载入演示案卷（生成的片段，已核查）</translation>
    </message>
    <message>
        <source>only build the demo case in the database (see --db) and exit</source>
        <translation>只在数据库（见 --db）中建立演示案卷，然后退出</translation>
    </message>
    <message>
        <source>print a clip&apos;s media facts and SHA-256</source>
        <translation>输出片段的媒体信息和 SHA-256</translation>
    </message>
    <message>
        <source>write exact frames as PNG files (upright, full resolution)</source>
        <translation>把指定的帧精确写成 PNG 文件（已摆正，原始分辨率）</translation>
    </message>
    <message>
        <source>frame numbers, from 0</source>
        <translation>帧号，从 0 开始</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>存放 PNG 文件的文件夹</translation>
    </message>
    <message>
        <source>draw this analyzer&apos;s heatmap over each frame</source>
        <translation>在每一帧上叠加该分析器的热力图</translation>
    </message>
    <message>
        <source>memory for decoded frames, in MiB (default: the setting, 512 unless changed; at least 64)</source>
        <translation>用于已解码帧的内存，单位 MiB（默认：按设置，未改动时为 512；至少 64）</translation>
    </message>
    <message>
        <source>the case database (default: reelcheck.db in the user data folder, or the team case the settings name); made if it does not exist. A postgresql:// URL opens a team&apos;s shared case</source>
        <translation>案卷数据库（默认：用户数据文件夹中的 reelcheck.db，或设置中指定的团队案卷）；不存在时会新建。postgresql:// 地址打开团队共享的案卷</translation>
    </message>
    <message>
        <source>where detectors run: auto (the GPU when it really works, else the CPU), cuda or cpu; overrides the setting in the player&apos;s View menu</source>
        <translation>检测器的运行设备：auto（GPU 确实可用时用 GPU，否则用 CPU）、cuda 或 cpu；优先于播放器“视图”菜单中的设置</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of MiB</source>
        <translation>“{text}”不是以 MiB 计的整数</translation>
    </message>
    <message>
        <source>give the frame cache at least 64 MiB</source>
        <translation>帧缓存至少需要 64 MiB</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}：</translation>
    </message>
    <message>
        <source>{file}: frame {n}: the {overlay} overlay compares {window} frames in a row, so it starts at frame {first}.</source>
        <translation>{file}：第 {n} 帧：{overlay} 叠加层比较连续 {window} 帧，所以从第 {first} 帧开始。</translation>
    </message>
    <message>
        <source>{file}: frame {n}: the {overlay} overlay cannot be drawn: {reason}.</source>
        <translation>{file}：第 {n} 帧：无法绘制 {overlay} 叠加层：{reason}。</translation>
    </message>
    <message>
        <source>Could not write {file}: is the folder writable?</source>
        <translation>无法写入 {file}：该文件夹可写吗？</translation>
    </message>
    <message>
        <source>reelcheck {command} failed unexpectedly ({error}); see {log}</source>
        <translation>reelcheck {command} 意外失败（{error}）；详见 {log}</translation>
    </message>
</context>
<context>
    <name>Detectors command</name>
    <message>
        <source>list the analyzers, and any that cannot be used and why</source>
        <translation>列出分析器，以及无法使用的分析器和原因</translation>
    </message>
    <message>
        <source>score every frame of a clip with the analyzers, as JSON</source>
        <translation>用分析器为片段的每一帧打分，输出 JSON</translation>
    </message>
    <message>
        <source>analyzer ids, comma-separated (default: all)</source>
        <translation>分析器 ID，以逗号分隔（默认：全部）</translation>
    </message>
    <message>
        <source>where detectors run (default auto)</source>
        <translation>检测器的运行设备（默认 auto）</translation>
    </message>
    <message>
        <source>analyse every Nth frame (default 1)</source>
        <translation>每 N 帧分析一帧（默认 1）</translation>
    </message>
    <message>
        <source>where to write the JSON</source>
        <translation>JSON 的写入位置</translation>
    </message>
    <message>
        <source>record the runs on this clip in the case database, for its dossier</source>
        <translation>把这些运行结果记入案卷数据库中的该片段，供其核查报告使用</translation>
    </message>
    <message>
        <source>  {name}: {cue}</source>
        <translation>  {name}：{cue}</translation>
    </message>
    <message>
        <source>  model SHA-256 {sha256}</source>
        <translation>  模型 SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>cannot use {folder} ({origin}): {reason}</source>
        <translation>无法使用 {folder}（{origin}）：{reason}</translation>
    </message>
    <message>
        <source>Say where the scores go: --json OUT, --record (into the case database), or both.</source>
        <translation>请指定分数的去处：--json OUT、--record（记入案卷数据库），或两者都用。</translation>
    </message>
    <message>
        <source>{file}: detector {id} could not score it: {reason}.</source>
        <translation>{file}：检测器 {id} 无法为它打分：{reason}。</translation>
    </message>
    <message>
        <source>recorded in the case</source>
        <translation>已记入案卷</translation>
    </message>
    <message>
        <source>{where}: {frames} frames, {analyzers} analyzers on the {provider}</source>
        <translation>{where}：{frames} 帧，{analyzers} 个分析器，运行于 {provider}</translation>
    </message>
    <message>
        <source>The scores are kept in {file}.</source>
        <translation>分数已保存在 {file}。</translation>
    </message>
    <message>
        <source>The scores could not be kept either: no folder would take them (is the disk full?).</source>
        <translation>分数也无法保存：没有可写入的文件夹（磁盘满了吗？）。</translation>
    </message>
    <message>
        <source>analysed {done}/{total} frames ({percent}%)</source>
        <translation>已分析 {done}/{total} 帧（{percent}%）</translation>
    </message>
</context>
<context>
    <name>Evidence command</name>
    <message>
        <source>measure a clip&apos;s clip-level evidence (calibrated; evidence for a reviewer, not a verdict)</source>
        <translation>测量片段的片段级证据（经校准；供核查员参考的证据，不是核查结论）</translation>
    </message>
    <message>
        <source>a calibration file (default: the one in use)</source>
        <translation>校准文件（默认：当前使用的校准）</translation>
    </message>
    <message>
        <source>record the figure on this clip in the case database</source>
        <translation>把该数值记入案卷数据库中的该片段</translation>
    </message>
    <message>
        <source>The calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Its accuracy, {where}: AUC {auc:.2f} ({low:.2f}-{high:.2f}), {generated} generated and {camera} camera clips.</source>
        <translation>其准确度（{where}）：AUC {auc:.2f}（{low:.2f}-{high:.2f}），{generated} 个生成片段和 {camera} 个相机片段。</translation>
    </message>
    <message>
        <source>{file}: {figure}.</source>
        <translation>{file}：{figure}。</translation>
    </message>
    <message>
        <source>Measured on {rendition}; calibration &apos;{calibration}&apos;.</source>
        <translation>测量对象：{rendition}；校准“{calibration}”。</translation>
    </message>
    <message>
        <source>Evidence for a reviewer, not a verdict on the clip.</source>
        <translation>这是供核查员参考的证据，不是对片段的核查结论。</translation>
    </message>
</context>
<context>
    <name>Export command</name>
    <message>
        <source>write clips&apos; dossiers (PDF, and signed JSON with its evidence frames) into a folder</source>
        <translation>把片段的核查报告（PDF，以及带证据帧的已签名 JSON）写入文件夹</translation>
    </message>
    <message>
        <source>a clip id, or the path of a clip file the case knows (one or more)</source>
        <translation>片段 ID，或案卷中已有片段文件的路径（一个或多个）</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>写入的文件夹</translation>
    </message>
    <message>
        <source>write the PDF dossier (without --json: only the PDF)</source>
        <translation>写出 PDF 核查报告（不带 --json 时：只写 PDF）</translation>
    </message>
    <message>
        <source>write the signed JSON dossier (without --pdf: only it)</source>
        <translation>写出已签名的 JSON 核查报告（不带 --pdf 时：只写它）</translation>
    </message>
    <message>
        <source>include each analyzer&apos;s per-frame scores</source>
        <translation>包含每个分析器的逐帧分数</translation>
    </message>
    <message>
        <source>the publishing organisation&apos;s name (default: the one in the settings)</source>
        <translation>发布机构的名称（默认：设置中的机构）</translation>
    </message>
    <message>
        <source>the publishing organisation&apos;s URL (default: the one in the settings)</source>
        <translation>发布机构的网址（默认：设置中的网址）</translation>
    </message>
    <message>
        <source>There is no trust list file {file}.</source>
        <translation>信任列表文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The case {case} has no clip {clips} (give a clip id or the path of a clip in it).</source>
        <translation>案卷 {case} 中没有片段 {clips}（请给出片段 ID 或案卷中片段的路径）。</translation>
    </message>
    <message>
        <source>Marked a draft, not final: {reasons}.</source>
        <translation>已标为草稿，不是定稿：{reasons}。</translation>
    </message>
    <message>
        <source>No dossier for {clip}: {reason}</source>
        <translation>{clip} 没有生成核查报告：{reason}</translation>
    </message>
</context>
<context>
    <name>Key command</name>
    <message>
        <source>your signing key: its fingerprint, or its public half to hand to others</source>
        <translation>你的签名密钥：它的指纹，或交给他人的公钥</translation>
    </message>
    <message>
        <source>print your signing key&apos;s fingerprint</source>
        <translation>输出你的签名密钥的指纹</translation>
    </message>
    <message>
        <source>print (or write) your public key as PEM, with its fingerprint, for a colleague&apos;s trusted keys</source>
        <translation>以 PEM 格式输出（或写入）你的公钥及其指纹，供同事加入受信任的密钥</translation>
    </message>
    <message>
        <source>write it into FILE instead of printing it</source>
        <translation>写入 FILE 而不是输出</translation>
    </message>
    <message>
        <source>whose key (default: your name in the settings, the one dossiers are signed with)</source>
        <translation>谁的密钥（默认：设置中你的姓名，即核查报告签名所用的姓名）</translation>
    </message>
    <message>
        <source>Made a new signing key for {reviewer}: {file}</source>
        <translation>已为 {reviewer} 生成新的签名密钥：{file}</translation>
    </message>
</context>
<context>
    <name>Provenance command</name>
    <message>
        <source>print a clip&apos;s Content Credentials, generator watermarks and metadata hints</source>
        <translation>输出片段的内容凭证 (C2PA)、生成器水印和元数据线索</translation>
    </message>
    <message>
        <source>{file}: there is no such trust list file.</source>
        <translation>{file}：没有这个信任列表文件。</translation>
    </message>
    <message>
        <source>  In short: {badge}</source>
        <translation>  概括：{badge}</translation>
    </message>
    <message>
        <source>{action}: {source}</source>
        <translation>{action}：{source}</translation>
    </message>
    <message>
        <source>  Action: {action}</source>
        <translation>  操作：{action}</translation>
    </message>
    <message>
        <source>  Problem: {problem}</source>
        <translation>  问题：{problem}</translation>
    </message>
    <message>
        <source>reading provenance {percent}%</source>
        <translation>正在读取来源信息 {percent}%</translation>
    </message>
</context>
<context>
    <name>Queue command</name>
    <message>
        <source>import clips (files, folders, yt-dlp downloads) into the case&apos;s queue</source>
        <translation>把视频片段（文件、文件夹、yt-dlp 下载）导入案卷的队列</translation>
    </message>
    <message>
        <source>take clips in sub-folders too</source>
        <translation>也导入子文件夹中的片段</translation>
    </message>
    <message>
        <source>then run the detectors on the clips imported</source>
        <translation>导入后对这些片段运行检测器</translation>
    </message>
    <message>
        <source>with --analyze: every Nth frame (default 10)</source>
        <translation>配合 --analyze：每 N 帧分析一帧（默认 10）</translation>
    </message>
    <message>
        <source>with --analyze: also read the text on the frames (once a second) and badge visible AI marks</source>
        <translation>配合 --analyze：同时识别画面文字（每秒一次），并标出可见的 AI 标识</translation>
    </message>
    <message>
        <source>list the case&apos;s queue (or export it as CSV or JSON)</source>
        <translation>列出案卷的队列（或导出为 CSV 或 JSON）</translation>
    </message>
    <message>
        <source>only clips with this status (may be repeated)</source>
        <translation>只列出该状态的片段（可重复使用）</translation>
    </message>
    <message>
        <source>only clips with this decision (&apos;undecided&apos; too)</source>
        <translation>只列出该处理决定的片段（也可用 &apos;undecided&apos;）</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>输出 JSON 而不是表格</translation>
    </message>
    <message>
        <source>write the queue to FILE.csv or FILE.json</source>
        <translation>把队列写入 FILE.csv 或 FILE.json</translation>
    </message>
    <message>
        <source>set a clip&apos;s status, decision, assignee or note (audited)</source>
        <translation>设置片段的状态、处理决定、负责人或交接备注（记入审计记录）</translation>
    </message>
    <message>
        <source>the clip&apos;s id, SHA-256 (or 8+ hex digits of it) or file</source>
        <translation>片段的 ID、SHA-256（或其前 8 位以上十六进制数字）或文件</translation>
    </message>
    <message>
        <source>New, In review, Second opinion or Decided</source>
        <translation>New、In review、Second opinion 或 Decided（也可用 待处理、审核中、待复核、已处理）</translation>
    </message>
    <message>
        <source>No action, Label as AI-generated, Remove, Escalate to fact-check, or undecided; a decision without --status sets the status to Decided</source>
        <translation>No action、Label as AI-generated、Remove、Escalate to fact-check 或 undecided（也可用 不处理、标注为 AI 生成、下架、转交事实核查）；只给处理决定而不给 --status 时，状态设为已处理</translation>
    </message>
    <message>
        <source>who reviews it next</source>
        <translation>下一位负责审核的人</translation>
    </message>
    <message>
        <source>the hand-off note on the queue item</source>
        <translation>队列项上的交接备注</translation>
    </message>
    <message>
        <source>Cancelled while looking for clips; nothing was imported.</source>
        <translation>查找片段时已取消；没有导入任何内容。</translation>
    </message>
    <message>
        <source>{database}: {added} added, {already} already in the case, {unchanged} unchanged since the last import, {failed} not imported (cancelled: run the same command again to go on)</source>
        <translation>{database}：新增 {added}，{already} 个已在案卷中，{unchanged} 个自上次导入后未变，{failed} 个未导入（已取消：再运行同一命令即可继续）</translation>
    </message>
    <message>
        <source>{database}: {added} added, {already} already in the case, {unchanged} unchanged since the last import, {failed} not imported</source>
        <translation>{database}：新增 {added}，{already} 个已在案卷中，{unchanged} 个自上次导入后未变，{failed} 个未导入</translation>
    </message>
    <message>
        <source>  {file}: imported; {note}</source>
        <translation>  {file}：已导入；{note}</translation>
    </message>
    <message>
        <source>analysed {analysed} of {count} clips (cancelled)</source>
        <translation>已分析 {count} 个片段中的 {analysed} 个（已取消）</translation>
    </message>
    <message>
        <source>analysed {analysed} of {count} clips</source>
        <translation>已分析 {count} 个片段中的 {analysed} 个</translation>
    </message>
    <message>
        <source>stopping after the files in hand (Ctrl-C again to stop at once)</source>
        <translation>处理完手头的文件后停止（再按 Ctrl-C 立即停止）</translation>
    </message>
    <message>
        <source>import {percent}% {doing}</source>
        <translation>导入 {percent}% {doing}</translation>
    </message>
    <message>
        <source>analysis {percent}% {doing}</source>
        <translation>分析 {percent}% {doing}</translation>
    </message>
    <message>
        <source>{file}: the queue is exported to a .csv or a .json file.</source>
        <translation>{file}：队列只能导出为 .csv 或 .json 文件。</translation>
    </message>
    <message>
        <source>{file}: {clips}</source>
        <translation>{file}：{clips}</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>uploader</source>
        <translation>上传者</translation>
    </message>
    <message>
        <source>Say what to set: --status, --decision, --assignee or --note.</source>
        <translation>请指定要设置的内容：--status、--decision、--assignee 或 --note。</translation>
    </message>
    <message>
        <source>clip {id} {name}: nothing changed</source>
        <translation>片段 {id} {name}：没有变化</translation>
    </message>
    <message>
        <source>clip {id} {name}: {changes}</source>
        <translation>片段 {id} {name}：{changes}</translation>
    </message>
    <message>
        <source>status {before} -&gt; {after}</source>
        <translation>状态 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>decision {before} -&gt; {after}</source>
        <translation>处理决定 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>assignee {before} -&gt; {after}</source>
        <translation>负责人 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>note {before} -&gt; {after}</source>
        <translation>交接备注 {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>{count} clips have a SHA-256 starting with {digits}: give more of it.</source>
        <translation>有 {count} 个片段的 SHA-256 以 {digits} 开头：请多给几位。</translation>
    </message>
    <message>
        <source>The file {file} is not a clip of this case (no clip has its SHA-256).</source>
        <translation>文件 {file} 不是本案卷中的片段（没有片段的 SHA-256 与之相同）。</translation>
    </message>
    <message>
        <source>No clip of this case is {given}: give its id, its SHA-256 (8 or more hex digits) or its file.</source>
        <translation>本案卷中没有片段是 {given}：请给出它的 ID、SHA-256（8 位以上十六进制数字）或文件。</translation>
    </message>
    <message>
        <source>The status {given} is not one of: {choices}.</source>
        <translation>状态 {given} 不在以下选项中：{choices}。</translation>
    </message>
    <message>
        <source>The decision {given} is not one of: {choices}, or {empty}.</source>
        <translation>处理决定 {given} 不在以下选项中：{choices}，或 {empty}。</translation>
    </message>
    <message>
        <source>There is no case database {database}: import clips into it first (reelcheck import).</source>
        <translation>案卷数据库 {database} 不存在：请先向其中导入片段（reelcheck import）。</translation>
    </message>
    <message>
        <source>1 clip</source>
        <translation>1 个片段</translation>
    </message>
    <message>
        <source>{count} clips</source>
        <translation>{count} 个片段</translation>
    </message>
</context>
<context>
    <name>Verify command</name>
    <message>
        <source>exit codes:
  {verified}  verified: intact and signed by a key you trust (yours on this machine, or one in the trusted keys)
  {changed}  not verified: something changed since signing (named), or it is unsigned or not a dossier
  {cannot_check}  the check could not run (the options, or a trusted keys file that cannot be read)
  {unknown_key}  intact, but signed by a key you do not trust: check its fingerprint with the signer
  {revoked_key}  intact, but signed by a revoked key
  {retired_key}  intact, but signed by an older key of a signer and dated after it was replaced

the trusted keys: --trusted-keys FILE, else the file chosen in the player (Edit &gt; Trusted signers), and always this
machine&apos;s own signing keys. A trusted keys file lists keys one after another, each a fingerprint (64 hex digits, as
`reelcheck key show` prints it) or a PEM public key block (as `reelcheck key export` writes it; such exports can
simply be joined), followed by lines about that key:
  name: Ana Ruiz, Example Fact Check         how verify names the signer
  revoked: 2026-05-02                        never trusted again (a lost or stolen key)
  replaced: 2026-03-01 by FINGERPRINT        an older key, trusted for dossiers dated before that day
Lines starting with # are comments.</source>
        <translation>退出码：
  {verified}  已验证：内容完整，且由你信任的密钥签名（本机你自己的密钥，或受信任密钥中的一个）
  {changed}  未通过验证：签名后有内容被改动（会指出是什么），或未签名，或不是核查报告
  {cannot_check}  无法进行检查（选项有误，或受信任密钥文件无法读取）
  {unknown_key}  内容完整，但签名密钥不是你信任的：请与签名者核对其指纹
  {revoked_key}  内容完整，但签名密钥已吊销
  {retired_key}  内容完整，但由签名者的旧密钥签名，且日期晚于该密钥被替换之时

受信任的密钥：--trusted-keys FILE；未给出时用播放器中选定的文件（编辑 &gt; 受信任的签名者），
并始终包括本机自己的签名密钥。受信任密钥文件逐个列出密钥，每个是一个指纹（64 位十六进制数字，
即 `reelcheck key show` 输出的样子）或一个 PEM 公钥块（即 `reelcheck key export` 写出的样子；
这些导出内容可以直接拼接），后面跟着关于该密钥的几行（这些行保持英文关键字）：
  name: Ana Ruiz, Example Fact Check         verify 如何称呼该签名者
  revoked: 2026-05-02                        不再信任（密钥丢失或被盗）
  replaced: 2026-03-01 by FINGERPRINT        旧密钥，仅信任该日期之前的核查报告
以 # 开头的行是注释。</translation>
    </message>
    <message>
        <source>check a JSON dossier&apos;s signature and signer, its evidence files, its PDF and (with --clip) the clip</source>
        <translation>检查 JSON 核查报告的签名和签名者、证据文件、PDF 以及（带 --clip 时）视频片段</translation>
    </message>
    <message>
        <source>Check that a JSON dossier is as it was signed (its content, evidence files, PDF and, with --clip, the clip) and that the key that signed it is one you trust.</source>
        <translation>检查 JSON 核查报告是否与签名时一致（内容、证据文件、PDF，以及带 --clip 时的视频片段），并检查签名密钥是否为你所信任。</translation>
    </message>
    <message>
        <source>the clip file, checked against the dossier&apos;s hash</source>
        <translation>视频片段文件，用核查报告中的哈希值核对</translation>
    </message>
    <message>
        <source>the signers you trust: fingerprints and/or PEM public keys (the format is below); instead of the file chosen in the player</source>
        <translation>你信任的签名者：指纹和/或 PEM 公钥（格式见下文）；代替播放器中选定的文件</translation>
    </message>
    <message>
        <source>verified: {checked}</source>
        <translation>已验证：{checked}</translation>
    </message>
    <message>
        <source>{dossier}: not verified: {checked}</source>
        <translation>{dossier}：未通过验证：{checked}</translation>
    </message>
    <message>
        <source>1 evidence file and the PDF</source>
        <translation>1 个证据文件和 PDF</translation>
    </message>
    <message>
        <source>{count} evidence files and the PDF</source>
        <translation>{count} 个证据文件和 PDF</translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 个证据文件</translation>
    </message>
    <message>
        <source>{count} evidence files</source>
        <translation>{count} 个证据文件</translation>
    </message>
    <message>
        <source>clip hash matches</source>
        <translation>片段哈希值一致</translation>
    </message>
    <message>
        <source>clip not checked (give --clip FILE)</source>
        <translation>未检查片段（请给出 --clip FILE）</translation>
    </message>
    <message>
        <source>the dossier names its reviewer {reviewer}</source>
        <translation>核查报告所写的核查员为 {reviewer}</translation>
    </message>
    <message>
        <source>{standing}; {files}, {clip}; {reviewer}</source>
        <translation>{standing}；{files}，{clip}；{reviewer}</translation>
    </message>
</context>
<context>
    <name>Words command</name>
    <message>
        <source>print a clip&apos;s subtitle and on-screen text lines with their times (case, files beside it, streams)</source>
        <translation>输出片段的字幕和画面文字及其时间（来自案卷、旁边的文件、文件内的字幕流）</translation>
    </message>
    <message>
        <source>  The case database does not have this clip: nothing read from its frames or stored yet.</source>
        <translation>  案卷数据库中没有这个片段：尚未从其画面识别或保存任何文字。</translation>
    </message>
    <message>
        <source>In the case database</source>
        <translation>案卷数据库中</translation>
    </message>
    <message>
        <source>Beside the clip: {file} ({encoding}, {skipped} broken cues skipped)</source>
        <translation>片段旁边：{file}（{encoding}，跳过了 {skipped} 条损坏的字幕）</translation>
    </message>
    <message>
        <source>Beside the clip: {file} ({encoding})</source>
        <translation>片段旁边：{file}（{encoding}）</translation>
    </message>
    <message>
        <source>Inside the file: stream {stream} ({codec})</source>
        <translation>文件内：第 {stream} 路流（{codec}）</translation>
    </message>
    <message>
        <source>  No subtitle files beside the clip, and no subtitle streams inside it.</source>
        <translation>  片段旁边没有字幕文件，文件内也没有字幕流。</translation>
    </message>
    <message>
        <source>  {title}: 1 line</source>
        <translation>  {title}：1 行</translation>
    </message>
    <message>
        <source>  {title}: {count} lines</source>
        <translation>  {title}：{count} 行</translation>
    </message>
</context>
</TS>
