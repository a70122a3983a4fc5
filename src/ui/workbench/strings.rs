//! The workbench's own interface strings, both languages side by side. They live here rather
//! than in locales/*.json so that the explorer, which never names them, does not carry them:
//! the generated locale module keeps every key of the files in every binary.
//!
//! `s!(lang, Open)` is a string; `f!(lang, Saved, time = "10:02")` fills its `{time}`.

use crate::core::text::Lang;

macro_rules! strings {
    ($($key:ident => $en:literal, $zh:literal;)+) => {
        /// A workbench string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(clippy::enum_variant_names)]
        pub enum S { $($key),+ }

        impl S {
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((S::$key, Lang::En) => $en, (S::$key, Lang::Zh) => $zh,)+
                }
            }

            #[cfg(test)]
            pub const ALL: &'static [S] = &[$(S::$key),+];
        }
    };
}

/// `{name}` in `template` replaced by each value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

macro_rules! s {
    ($lang:expr, $key:ident) => {
        $crate::ui::workbench::strings::S::$key.text($lang)
    };
}
macro_rules! f {
    ($lang:expr, $key:ident, $($name:ident = $value:expr),+) => {
        $crate::ui::workbench::strings::fill(
            $crate::ui::workbench::strings::S::$key.text($lang),
            &[$((stringify!($name), &*$value)),+],
        )
    };
}
pub(crate) use {f, s};

strings! {
    Title => "Data workbench", "数据工作台";
    SiteName => "Jiading Park Explorer", "嘉定园区探索";
    Skip => "Skip to main content", "跳到主要内容";
    Loading => "Loading the data and the district outline…", "正在加载数据和区界…";
    Resumed => "Your saved draft is open: nothing typed before is lost. Open other data below if you want to start again.", "已打开您保存的草稿，之前输入的内容都在。如需重新开始，可在下方打开其他数据。";
    SavedAt => "Draft saved in this browser at {time}.", "草稿已于 {time} 保存在本浏览器中。";
    SaveFailed => "The draft could not be saved in this browser ({detail}). Export your work before you close the page.", "草稿无法保存在本浏览器中（{detail}）。关闭页面前请先导出。";
    Unexported => "Changes not yet exported.", "有尚未导出的修改。";
    FailedTitle => "The workbench could not start", "工作台无法启动";
    FailedHttp => "The server answered {status} for {url}.", "服务器对 {url} 返回了 {status}。";
    FailedTimeout => "No answer for {url} in time.", "{url} 未能及时响应。";
    FailedOther => "Something went wrong: {detail}", "出现问题：{detail}";
    FailedWhat => "Reload the page to try again. Your saved draft, if any, is kept.", "请刷新页面重试。已保存的草稿不会丢失。";
    OpenHeading => "Data being edited", "正在编辑的数据";
    EditingPublished => "You are editing a copy of the site's published data. Nothing changes on the site until the exported file is published.", "您正在编辑网站已发布数据的副本。导出的文件发布之前，网站上的内容不会改变。";
    EditingFile => "You are editing {name}, opened from this computer.", "您正在编辑从本机打开的 {name}。";
    OpenPublished => "Open the published data", "打开已发布的数据";
    OpenFile => "Open a file from this computer…", "从本机打开文件…";
    DropHint => "or drop a places.json file here.", "或将 places.json 文件拖放到这里。";
    ConfirmReplace => "Your draft has changes that were not exported. Open other data and lose them?", "您的草稿有尚未导出的修改。确定打开其他数据并放弃这些修改吗？";
    NotJson => "This file is not JSON, so it was not opened ({detail}).", "该文件不是 JSON，未打开（{detail}）。";
    NotAPlacesFile => "This file is not a places.json data file, so it was not opened.", "该文件不是 places.json 数据文件，未打开。";
    DraftCorrupt => "The draft saved in this browser is damaged ({detail}) and was set aside, not deleted. Download it to keep it, then dismiss this message.", "本浏览器中保存的草稿已损坏（{detail}），已另行保留而未删除。可下载保存，然后关闭此提示。";
    DraftForeign => "The draft saved in this browser is not one this workbench can open (another program's, or a newer version's). It was set aside, not deleted.", "本浏览器中保存的草稿无法由本工作台打开（来自其他程序或更新的版本），已另行保留而未删除。";
    DownloadSetAside => "Download the set-aside draft", "下载另行保留的草稿";
    DismissSetAside => "Dismiss", "关闭提示";
    NavLabel => "Workbench", "工作台";
    ProblemsNav => "Problems ({n})", "问题（{n}）";
    ReviewNav => "Review and export", "检查并导出";
    SheetsNav => "Spreadsheets (CSV)", "表格（CSV）";
    Places => "Places", "地点";
    Sources => "Sources", "来源";
    Sectors => "Sectors", "行业";
    Programmes => "Programmes", "认定类别";
    AddPlace => "Add a place", "添加地点";
    AddSource => "Add a source", "添加来源";
    AddSector => "Add a sector", "添加行业";
    AddProgramme => "Add a programme", "添加认定类别";
    Filter => "Filter", "筛选";
    FilterList => "Filter {list}", "筛选{list}";
    NothingSelected => "Nothing to show: choose a record in the list.", "没有可显示的内容：请在列表中选择一条记录。";
    SectionIdentity => "Name and kind", "名称和类型";
    SectionStatus => "Status and dates", "状态和时间";
    SectionWhere => "Where", "位置";
    SectionDescription => "What it is", "概况";
    SectionFigures => "Figures", "数据";
    SectionContact => "Contact", "联系方式";
    SectionSpaces => "Spaces (units)", "空间（单元）";
    SectionSources => "Sources and recognition", "来源和认定";
    SectionHistory => "Timeline, statements and notes", "时间线、报道要点和说明";
    Required => "{label} (required)", "{label}（必填）";
    Chinese => "Chinese", "中文";
    English => "English", "英文";
    Choose => "— choose —", "— 请选择 —";
    NotPublished => "— not published —", "— 未公开 —";
    DatePlaceholder => "2025, 2025-06, 2025-06-10, 2025-H2, 2025-Q3", "2025、2025-06、2025-06-10、2025-H2、2025-Q3";
    DateHint => "A year, month or day, or a half (H1, H2) or quarter (Q1–Q4), as the source gives it.", "按来源所给填写年、月或日，或半年（H1、H2）、季度（Q1–Q4）。";
    HowExact => "How exact: {label}", "精确程度：{label}";
    QualifierAbout => "about", "约";
    QualifierOver => "over", "超过";
    QualifierNearly => "nearly", "近";
    QualifierUpTo => "up to", "最高";
    PrecisionExact => "exact point (the site itself)", "精确点位（场地本身）";
    PrecisionAddress => "the address", "地址点位";
    PrecisionTown => "town label point (approximate)", "镇街标注点（近似）";
    PrecisionDistrict => "district label point (approximate)", "区级标注点（近似）";
    CrsGcj02 => "GCJ-02 (Chinese maps)", "GCJ-02（国内地图）";
    CrsWgs84 => "WGS-84 (GPS)", "WGS-84（GPS）";
    CiteSummary => "Sources of this field alone", "本字段的单独来源";
    CiteHint => "Only when this value rests on some of the place's sources, not all: a value from a weak source alone is then marked as secondary, one from the operator alone as “from the operator” (units a park gave you: choose its submission here).", "仅当该值只依据本地点部分来源时填写：仅依据弱来源的值会被标注为二手来源，仅依据运营方的值会被标注为“运营方提供”（园区提供的单元：在此选择其提供的资料）。";
    CiteWhole => "Both languages", "两种语言";
    CiteValue => "Sources", "来源";
    CiteLang => "{lang} only", "仅{lang}";
    IdFromName => "Make the id from the name", "根据名称生成编号";
    IdFromTitle => "Make the id from the web address (or the title)", "根据网址（或标题）生成编号";
    IdHint => "Lowercase letters, digits and '-'. Ids appear in links and in references from other records.", "编号由小写字母、数字和“-”组成，会出现在链接和其他记录的引用中。";
    IdChanged => "This record is published as “{id}”: links to it (bookmarks, shared links, embeds) and references from other records will stop working if the id changes.", "该记录已以“{id}”发布：修改编号后，指向它的链接（书签、分享链接、嵌入）和其他记录对它的引用将失效。";
    ConfirmDeletePlace => "Delete this place from the draft?", "确定从草稿中删除该地点吗？";
    DeletePlace => "Delete this place", "删除该地点";
    ConfirmDelete => "Delete this record from the draft?", "确定从草稿中删除该记录吗？";
    Delete => "Delete", "删除";
    Phone => "Phone", "电话";
    Email => "Email", "电子邮箱";
    Website => "Website", "网址";
    AddItem => "Add", "添加";
    Remove => "Remove", "删除";
    MoveUp => "Move item {n} up", "将第 {n} 项上移";
    MoveDown => "Move item {n} down", "将第 {n} 项下移";
    RemoveItem => "Remove item {n}", "删除第 {n} 项";
    BuildingCount => "Number", "数量";
    BuildingType => "Type", "类型";
    EntrySources => "Sources", "来源";
    OwnSourcesShown => "Showing this place's sources (and any ticked); type in Filter to find another.", "仅列出本地点的来源（及已勾选的）；在“筛选”框中输入可查找其他来源。";
    EventDate => "Date", "日期";
    EventPlanned => "Planned (not yet happened)", "计划中（尚未发生）";
    EventWhat => "What happened or is planned", "事件或计划";
    FactText => "What the source says", "来源所述";
    RecognitionNote => "Note on the recognition", "认定说明";
    FieldId => "Id", "编号";
    FieldName => "Name", "名称";
    FieldDescription => "Description", "说明";
    FieldMembers => "Members, by its sources", "成员总数（据来源）";
    FieldSources => "Sources of the count", "总数的来源";
    SourceTitle => "Title", "标题";
    SourcePublisher => "Publisher", "发布者";
    SourceDate => "Date", "日期";
    SourceUrl => "Web address", "网址";
    SourceReliability => "Kind of source", "来源类型";
    SourceLanguage => "Language (zh, en…)", "语言（zh、en…）";
    SourceContact => "Contact (for the operator's own data)", "联系人（运营方提供的数据）";
    SourceNote => "Note", "备注";
    OperatorHint => "Data a park operator or the district office gives you directly is a source of kind “from the operator”: give the date it was given and whom to ask; it needs no web address.", "园区运营方或区投资促进部门直接提供的数据，来源类型选“运营方提供”：填写提供日期和联系人，无需网址。";
    Longitude => "Longitude", "经度";
    Latitude => "Latitude", "纬度";
    CoordinateSystem => "Coordinate system", "坐标系";
    PrecisionLabel => "How precise", "精确程度";
    LocatedBy => "Located by (person or office)", "定位人（个人或部门）";
    LocatedHow => "Located how", "定位方式";
    LocatedOn => "Located on", "定位日期";
    MapLabel => "Map to set the point of {label}", "设置{label}点位的地图";
    MapHint => "Click the map to put the point, or drag the marker; or type the coordinates below and press “Put the point at these coordinates” (a WGS-84 point is converted). Points are kept in GCJ-02.", "点击地图放置点位，或拖动标记；也可在下方输入坐标，然后按“按这些坐标放置点位”（WGS-84 坐标会被转换）。点位以 GCJ-02 保存。";
    MarkerTitle => "The place's point (drag to move)", "地点点位（可拖动）";
    OutsideDistrict => "That point is outside Jiading District, so the point was not changed.", "该点位于嘉定区以外，点位未修改。";
    MapFailed => "The map could not be loaded ({detail}); type the coordinates instead.", "地图无法加载（{detail}）；请直接输入坐标。";
    ClearLocation => "Remove the location", "删除位置";
    UseTyped => "Put the point at these coordinates", "按这些坐标放置点位";
    PutAtTownLabel => "Put it at the label point of {town} (approximate)", "放在{town}的标注点（大致位置）";
    PutAtDistrictLabel => "Put it at the district's label point (approximate)", "放在嘉定区的标注点（大致位置）";
    LabelPointHint => "For a place whose sources name only its town (or only Jiading): the explorer shows it as approximate.", "用于来源只写明所在镇（或只写明嘉定）的地点：浏览页面会标为大致位置。";
    NoLabelPoint => "This town has no label point in the map data; choose another town or type the coordinates.", "地图数据中没有该镇的标注点；请选择其他镇或输入坐标。";
    UnknownId => "{id} (not in the data: untick to remove)", "{id}（数据中没有：取消勾选即可删除）";
    TypeBoth => "Type a longitude and a latitude first.", "请先输入经度和纬度。";
    SpacesGrid => "Spaces (scrolls sideways)", "空间表（可横向滚动）";
    AddSpace => "Add a space", "添加空间";
    DeleteRow => "Delete space {row}", "删除第 {row} 个空间";
    MoveRowUp => "Move space {row} up", "将第 {row} 个空间上移";
    MoveRowDown => "Move space {row} down", "将第 {row} 个空间下移";
    CellLabel => "{column}, space {row}", "{column}，第 {row} 个空间";
    PasteSummary => "Paste rows from a spreadsheet", "从表格粘贴行";
    PasteHint => "Copy rows in Excel or WPS and paste them here. Without a header row the columns are taken in the grid's order; with one, by its names:", "在 Excel 或 WPS 中复制若干行后粘贴到这里。没有标题行时按下表列的顺序读取；有标题行时按列名读取：";
    PasteLabel => "Rows to add", "要添加的行";
    PastePreview => "Preview", "预览";
    ApplyPaste => "Add these spaces", "添加这些空间";
    PreviewLabel => "Preview", "预览";
    PreviewSummary => "{added} new, {changed} changed, {bad} rows with errors (left out).", "新增 {added} 条，修改 {changed} 条，{bad} 行有错误（不导入）。";
    Cancel => "Cancel", "取消";
    Applied => "Applied: {added} new, {changed} changed ({ids}). They are in the side list.", "已应用：新增 {added} 条，修改 {changed} 条（{ids}）。可在左侧列表中找到。";
    RowError => "Row {row}, column {column}: {error}", "第 {row} 行，{column} 列：{error}";
    ErrNotANumber => "not a number", "不是数字";
    ErrNegative => "a negative number", "负数";
    ErrTooLarge => "more than {max} (check the unit)", "大于 {max}（请检查单位）";
    ErrWhole => "not a whole number of 1 or more", "不是大于等于 1 的整数";
    ErrDate => "not a date (2025, 2025-06, 2025-06-10, 2025-H2 or 2025-Q3)", "不是日期（2025、2025-06、2025-06-10、2025-H2 或 2025-Q3）";
    ErrOneOf => "not one of: {values}", "不是以下之一：{values}";
    ErrId => "not an id (lowercase letters, digits and '-')", "不是编号（小写字母、数字和“-”）";
    ErrMissing => "empty, but needed", "为空，但必须填写";
    ErrColumn => "not a column of this file (it is ignored)", "不是本文件的列（已忽略）";
    ErrPlace => "no place has the id {id}", "没有编号为 {id} 的地点";
    ErrOtherPlace => "this row is for {id}, not for this place (import it under Spreadsheets)", "该行属于 {id}，不属于本地点（请在“表格”中导入）";
    ErrRepeated => "{id} appears a second time", "{id} 重复出现";
    CsvUnreadable => "This file cannot be read as CSV ({detail}).", "无法按 CSV 读取该文件（{detail}）。";
    CsvNoColumn => "This file has no “{column}” column, so nothing can be matched.", "该文件没有“{column}”列，无法对应。";
    SheetsTitle => "Spreadsheets (CSV)", "表格（CSV）";
    SheetsHint => "Download the places or the spaces as a spreadsheet for Excel or WPS, edit it there, and read it back. The columns are described in docs/DATA.md. Importing shows what would change before anything is applied.", "可将地点或空间下载为 Excel 或 WPS 表格，编辑后再导入。各列说明见 docs/DATA.md。导入前会先显示将要修改的内容。";
    PlacesSheet => "Places", "地点";
    SpacesSheet => "Spaces", "空间";
    DownloadCsv => "Download as CSV", "下载 CSV";
    DownloadTemplate => "Download an empty template", "下载空白模板";
    ImportCsv => "Read a CSV file:", "导入 CSV 文件：";
    ApplyImport => "Apply", "应用";
    ProblemsTitle => "Problems", "问题";
    ProblemsHint => "What make validate would report for the exported file. Choose a problem to go to its field. (The validator's messages are in English.)", "导出文件在 make validate 中会报告的问题。点击问题可跳到对应字段。（校验信息为英文。）";
    NoProblems => "No problems: the exported file will pass make validate.", "没有问题：导出的文件可通过 make validate。";
    ProblemCount => "{n} problems", "共 {n} 个问题";
    OneProblem => "1 problem", "共 1 个问题";
    MoreProblems => "… and more (the first ones are listed).", "……还有更多（仅列出前面的部分）。";
    ReviewTitle => "Review and export", "检查并导出";
    ChangesHeading => "What changed since the data was opened", "自打开数据以来的修改";
    NoChanges => "Nothing has changed yet.", "尚无修改。";
    ExportHeading => "Export", "导出";
    OtherTab => "The workbench is open in another tab or window too, and that one has just saved its draft. The draft kept in this browser is the one saved last: work in one tab only, or reload this one to go on from the other's.", "数据工作台也在另一个标签页或窗口中打开，并且刚刚保存了草稿。本浏览器保留的是最后保存的草稿：请只在一个标签页中工作，或重新加载本页以继续另一个标签页的内容。";
    ReloadDraft => "Reload with that draft", "重新加载该草稿";
    FileUpdated => "Data last checked", "数据核对日期";
    FileUpdatedHint => "The explorer shows this date as the day the data was checked: set it to the day you checked what you changed. A status or source dated after it is a problem.", "探索页面将此日期显示为数据核对日期：请填写您核对所改内容的日期。晚于此日期的状态或来源日期会被视为问题。";
    ExportJson => "Export places.json", "导出 places.json";
    ExportSummary => "Download the change summary", "下载修改摘要";
    ExportWithOneProblem => "The data still has 1 problem: the file can be exported, but make validate will refuse it until it is fixed.", "数据仍有 1 个问题：文件可以导出，但在修复之前 make validate 不会通过。";
    ExportWithProblems => "The data still has {n} problems: the file can be exported, but make validate will refuse it until they are fixed.", "数据仍有 {n} 个问题：文件可以导出，但在修复之前 make validate 不会通过。";
    PublishHint => "To publish, give the exported places.json to whoever hosts the site: it replaces data/places.json (the README says how, and what make validate checks).", "发布时，将导出的 places.json 交给网站维护人员，替换 data/places.json（方法及 make validate 的检查项见 README）。";
    SummaryLabel => "Change summary for the web team", "给网站团队的修改摘要";
    SummaryHeader => "Changes to places.json (exported {date}):", "places.json 修改摘要（导出于 {date}）：";
    Added => "added", "新增";
    Removed => "removed", "删除";
    Changed => "changed", "已修改";
    Moved => "{label}: point moved", "{label}：点位已移动";
    Items => "{n} items", "{n} 项";
    SpacesAdded => "{n} spaces added", "新增 {n} 个空间";
    SpacesChanged => "{n} spaces changed", "修改 {n} 个空间";
    SpacesRemoved => "{n} spaces removed", "删除 {n} 个空间";
    Place => "Place", "地点";
    Source => "Source", "来源";
    Sector => "Sector", "行业";
    Programme => "Programme", "认定类别";
    Town => "Town", "镇街";
    TheFile => "The file", "文件";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}`s of a template, in order of first use.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for part in text.split('{').skip(1) {
            if let Some((name, _)) = part.split_once('}')
                && !out.contains(&name)
            {
                out.push(name);
            }
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn both_languages_fill_the_same_placeholders_and_say_something() {
        for &s in S::ALL {
            let (en, zh) = (s.text(Lang::En), s.text(Lang::Zh));
            assert!(!en.trim().is_empty() && !zh.trim().is_empty(), "{s:?} is empty in a language");
            assert_eq!(placeholders(en), placeholders(zh), "{s:?}: {en:?} and {zh:?}");
        }
    }

    #[test]
    fn fill_replaces_every_named_placeholder() {
        assert_eq!(fill("{n} of {m}, {n}", &[("n", "2"), ("m", "5")]), "2 of 5, 2");
        assert_eq!(placeholders(S::ProblemsNav.text(Lang::Zh)), ["n"]);
    }
}
