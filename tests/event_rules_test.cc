// Event assembly rules (src/events/assembler.cc) through the whole pipeline, one row per rule: a short
// Arabic news-style text written for this test and the events it must give. Needs the gazetteer in
// ../shared/data; skips without it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/reader.h"
#include "pipeline/testing.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

using test_support::HaveSharedData;
using test_support::TestPipeline;

Document Extract(const std::string& body, const char* published) {
  return test_support::ExtractPlainText(body, published);
}

std::string Describe(const Document& doc) {
  std::ostringstream out;
  for (const Event& e : doc.events) {
    out << "  " << e.event_type << " / " << e.sub_event_type << " | " << e.actor1 << " -> "
        << (e.actor2.empty() ? "-" : e.actor2) << " @ " << e.location << " | killed " << e.fatalities << " injured "
        << (e.injured ? std::to_string(*e.injured) : "-") << "\n";
  }
  return out.str();
}

// What one event must have; an empty string or nullopt is not checked. `actor2` "-" means none.
struct Expected {
  std::string event_type, sub_event_type, actor1, actor2, location;
  std::optional<int64_t> fatalities;
};

struct Case {
  const char* rule;
  const char* text;
  const char* published;
  std::vector<Expected> events;  // in output order; the text gives exactly these
};

bool Matches(const Event& e, const Expected& x) {
  auto same = [](const std::string& want, const std::string& got) { return want.empty() || want == got; };
  const std::string actor2 = e.actor2.empty() ? "-" : e.actor2;
  return same(x.event_type, e.event_type) && same(x.sub_event_type, e.sub_event_type) && same(x.actor1, e.actor1) &&
         same(x.actor2, actor2) && same(x.location, e.location) &&
         (!x.fatalities || *x.fatalities == e.fatalities);
}

const Case kCases[] = {
    {"a total the act brings the count to (\"ليرتفع عدد الشهداء إلى\") is not the act's toll",
     "استشهد 30 فلسطينياً في غارة إسرائيلية على مخيم جباليا، ليرتفع عدد الشهداء إلى 8000.",
     "2023-10-29",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم جباليا", 30}}},
    {"an update of the act's own toll (\"ارتفعت حصيلة … لتصل إلى\") is its toll",
     "ارتفعت حصيلة القتلى جراء قصف قوات النظام للغوطة الشرقية قرب دمشق اليوم لتصل إلى نحو 80 قتيلا مدنيا.",
     "2018-02-19",
     {{"Explosions/Remote violence", "", "Military Forces of Syria", "Civilians (Syria)", "", 80}}},
    {"a bare \"الجيش\" is the army of the country the places name, not the first of its readings",
     "قصف الجيش بالمدفعية مواقع للفصائل المسلحة في مدينة إدلب أمس.",
     "2023-10-28",
     {{"Explosions/Remote violence", "", "Military Forces of Syria", "", "إدلب", std::nullopt}}},
    {"two place names side by side are one name, not a list",
     "واستشهد خمسة مواطنين اليوم في قصف إسرائيلي على خيام النازحين في مواصي رفح.",
     "2024-06-21",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "", 5}}},
    {"a nationality after a generic force names that country's force",
     "وأعلنت قوات الدفاع الجوي السعودية اليوم اعتراض صاروخ باليستي أطلقته الميليشيات الحوثية باتجاه مدينة "
     "جازان.",
     "2018-05-19",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia",
       "Houthis (Ansar Allah)", "", std::nullopt}}},
    {"the object after the act is the side hit, not who reports it",
     "وقال مسؤول أميركي اليوم إن إسرائيل شنت غارة جوية استهدفت قوة من الحشد الشعبي في مدينة البوكمال.",
     "2018-06-18",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel",
       "PMF: Popular Mobilization Forces", "", std::nullopt}}},
    {"a nisba adjective of a group is no civilian victim",
     "وأعلنت كتائب المجاهدين الفلسطينية اليوم استهداف القوات الإسرائيلية المتوغلة في مدينة دير البلح بقذائف "
     "الهاون.",
     "2024-03-26",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Mujahideen Brigades",
       "Military Forces of Israel", "", std::nullopt}}},
    {"who repels an attack is the second side of the clash",
     "وتصدت المقاومة الفلسطينية فجر اليوم لاقتحام قوات الاحتلال مخيم عقبة جبر في مدينة أريحا.",
     "2023-05-25",
     {{"Battles", "Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", "",
       std::nullopt}}},
    {"a later act of the sentence with a town of its own is another event",
     "وشنت طائرات الاحتلال اليوم غارات على بلدة عيتا الشعب، إضافة إلى غارات استهدفت بلدة كفركلا.",
     "2024-04-22",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "عيتا الشعب", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "كفركلا", 0}}},
    {"an act in a relative clause, or heading somewhere, is no event of its own",
     "وشنت قوات العشائر اليوم هجوما على مواقع قسد في بلدة ذيبان، وتتوقع المصادر أن تنسحب القوات التي هاجمت "
     "المنطقة في اتجاه الحسكة والرقة.",
     "2024-08-07",
     {{"Battles", "Armed clash", "Arab Tribes and Clans Army", "SDF: Syrian Democratic Forces", "ذيبان",
       std::nullopt}}},
    {"a state force that takes a town regains it, whichever report named the force",
     "سيطرت على مديرية الدريهمي قبل ساعات.\nوسيطرت المقاومة اليمنية اليوم على كامل مديرية الدريهمي.",
     "2018-05-28",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "-", "الدريهمي", std::nullopt}}},
    {"shelling by tanks is artillery shelling",
     "وارتكب الاحتلال مجزرة جديدة اليوم بقصف دباباته خيام النازحين في مخيم البريج، ما أدى إلى استشهاد 6 مواطنين.",
     "2024-06-21",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel",
       "Civilians (Palestine)", "", 6}}},
    {"a strike on a home hits civilians even without a toll",
     "وقصفت طائرات الاحتلال اليوم منزلا في مخيم النصيرات.",
     "2024-06-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "",
       0}}},
    {"a nationality after the act's other adjectives names the attacker",
     "وأدى القصف الجوي والمدفعي الإسرائيلي على مدينة رفح اليوم إلى استشهاد 4 مواطنين.",
     "2024-05-28",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "", 4}}},
    {"the toll of the last few hours is the attack's toll",
     "وارتفعت حصيلة القصف الإسرائيلي على مدينة رفح خلال الساعات القليلة الماضية إلى 16 شهيدا.",
     "2024-05-28",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "", 16}}},
    {"a figure of dead and wounded together is no death toll",
     "وشن جيش الاحتلال اليوم غارات على خيام النازحين في مدينة رفح، ارتكب فيها مجزرة راح ضحيتها 50 فلسطينيا بين "
     "شهيد وجريح.",
     "2024-05-28",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "",
       3}}},
    {"an actor ending the phrase before a noun act joined by و is not its actor; one martyr is one death",
     "وقصفت مدفعية الاحتلال اليوم أطراف بلدة الخيام.\nوأعلنت المصادر اليوم عن سبع عمليات للمقاومة الإسلامية "
     "وغارة مسيرة على بلدة كفركلا تسفر عن شهيد.",
     "2024-05-23",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel", "-", "الخيام",
       0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "كفركلا",
       1}}},
    {"a sentence that only places the incident gives the event its town; an accusative victim is one death",
     "وأعلن الجيش الإسرائيلي اليوم مقتل فلسطينيا برصاص جنوده في الضفة الغربية.\nووقعت الحادثة قرب مستوطنة "
     "كريات أربع.",
     "2018-09-03",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "كريات أربع",
       1}}},
    {"civilians hurt amid armed clashes do not make the clash one-sided",
     "وأصيب عدد من الفلسطينيين بالرصاص الحي خلال اقتحام جيش الاحتلال اليوم مخيم عقبة جبر وسط اندلاع اشتباكات "
     "مسلحة.",
     "2023-05-25",
     {{"Battles", "Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", "",
       std::nullopt}}},
    {"a missile fired by a drone is an air strike; the martyrs in a mosque's name are no toll",
     "وقصفت طائرة مسيرة اليوم منزلا بصاروخ في محيط مسجد الشهداء بمخيم النصيرات.",
     "2023-12-29",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "",
       0}}},
    {"shells aimed at a target are an attack even without a verb of attacking",
     "وأطلق الجيش الإسرائيلي اليوم قذائف مدفعية على نقطة رصد شرقي بلدة بيت حانون.",
     "2018-07-21",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel", "", "بيت حانون",
       0}}},
    {"an assassination carried out by a drone is an air strike; the side of the person killed was hit",
     "واستشهد اليوم قيادي في حماس بعملية اغتيال نفذتها طائرة مسيرة إسرائيلية في مدينة رفح.",
     "2024-05-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Hamas", "رفح",
       std::nullopt}}},
    {"the reports of one assassination are one event, coded by its method; a named person is one death",
     "وأعلنت الوزارة اليوم اغتيال مساعد قائد قوات الأمن الوطني وسط مدينة خان يونس.\nوقالت إن استشهاد اللواء "
     "جاء بعملية اغتيال نفذتها طائرات الاحتلال الإسرائيلي في مدينة خان يونس اليوم.",
     "2024-05-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "خان يونس", 1}}},
    {"the subject inside a trigger phrase acts; its nationality qualifies it; the forces backing it take no part",
     "وهاجم المستوطنون الإسرائيليون اليوم، مدعومين بقوات من الاحتلال، بلدة حوارة.",
     "2023-02-26",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)", "حوارة",
       std::nullopt}}},
    {"dead and wounded counted together without a figure are the unnumbered plural",
     "وشهدت جبهة نهم اليوم معارك عنيفة سقط فيها العشرات من عناصر الحوثي بين قتيل وجريح.",
     "2024-05-23",
     {{"Battles", "Armed clash", "", "", "نهم", 3}}},
    {"a nationality after a force read by the article's country names the force ('طائرات حربية روسية')",
     "وقتل ثلاثة مدنيين اليوم في غارة جوية شنتها طائرات حربية روسية على مدينة معرة النعمان جنوبي إدلب.",
     "2023-05-17",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)",
       "معرة النعمان", 3}}},
    {"a protest met with live fire is excessive force",
     "وأصيب عشرات الفلسطينيين اليوم خلال تظاهرة قرب مدينة خان يونس، أطلقت فيها قوات الاحتلال الرصاص الحي وقنابل "
     "الغاز على المتظاهرين.",
     "2018-05-14",
     {{"Protests", "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "",
       std::nullopt}}},
    {"the force backing the other side of a clash is not that side",
     "واشتبكت ميليشيات الحوثي اليوم مع المقاومة اليمنية المدعومة من القوات الإماراتية في مديرية حيس.",
     "2018-02-25",
     {{"Battles", "Armed clash", "Houthis (Ansar Allah)", "Military Forces of Yemen", "حيس", std::nullopt}}},
    {"a vehicle targeted with guided missiles is a missile attack; with one anti-tank round, a clash",
     "وأعلنت كتائب القسام اليوم استهداف دبابة إسرائيلية في مدينة بيت حانون بالصواريخ الموجهة.\nوأعلنت سرايا "
     "القدس اليوم استهداف دبابة إسرائيلية بقذيفة تاندوم في مدينة خان يونس.",
     "2024-03-26",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hamas", "Military Forces of Israel", "",
       std::nullopt},
      {"Battles", "Armed clash", "Palestinian Islamic Jihad", "Military Forces of Israel", "", std::nullopt}}},
    {"the departure of the fighters from a town is a non-violent transfer of territory",
     "وأعلن الجيش السوري مساء اليوم مغادرة جميع الفصائل المسلحة من مدينة دوما في الغوطة الشرقية.",
     "2018-04-14",
     {{"Strategic developments", "Non-violent transfer of territory", "Military Forces of Syria",
       "Opposition Rebels (Syria)", "", std::nullopt}}},
    {"a toll with a town and a day under a lead that named the act vaguely is that act's toll",
     "وقال مسؤولون اليوم إن هجوما كيماويا استهدف المدنيين في سوريا.\nوأفادت مصادر طبية بمقتل 12 شخصا في "
     "مدينة دوما أمس.",
     "2018-04-08",
     {{"Explosions/Remote violence", "Chemical weapon", "", "Civilians (Syria)", "دوما", 12}}},
    {"a pronoun after a repelled attack stands for the armed side named last",
     "وقصف المتمردون الحوثيون اليوم قرية الجاح بقذائف الهاون، في حين أفشلت القوات الحكومية هجوما لهم في مديرية "
     "حيس.",
     "2018-09-09",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "", "الجاح",
       std::nullopt},
      {"Battles", "Armed clash", "Houthis (Ansar Allah)", "Military Forces of Yemen", "حيس", std::nullopt}}},
    {"a home or a car targeted is a concrete strike, not talk about targeting",
     "واستشهد ثلاثة مواطنين اليوم في استهداف منزل في مخيم النصيرات وسط قطاع غزة.",
     "2023-11-07",
     {{"Explosions/Remote violence", "Air/drone strike", "", "Civilians (Palestine)", "مخيم النصيرات", 3}}},
    {"the side that reports an act's occurrence did not carry it out; a number in a place name counts nobody",
     "الجيش الإسرائيلي يعلن وقوع عملية إطلاق نار قرب مستوطنة كريات أربع اليوم أسفرت عن إصابة إسرائيليين اثنين.",
     "2023-01-28",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)",
       "كريات أربع", 0}}},
    {"the side that reports an act's failure did not carry it out; the act's kind may stand before the nationality",
     "حماس تعلن فشل الهجوم البري الإسرائيلي على بلدة بيت حانون أمس ومقتل عدد من جنوده.",
     "2023-10-28",
     {{"Battles", "Armed clash", "Military Forces of Israel", "", "بيت حانون", 3}}},
    {"a dual noun of the dead is two deaths",
     "وأفادت مصادر محلية اليوم بارتقاء شهيدين في قصف إسرائيلي على بلدة بيت لاهيا.",
     "2024-06-21",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "بيت لاهيا", 2}}},
    {"a verb of killing with its conjunction and a singular victim is one death",
     "وقتل متظاهر اليوم برصاص الشرطة العراقية في مدينة الديوانية، وقتل آخر برصاص مجهولين في مدينة كربلاء.",
     "2018-07-22",
     {{"Protests", "Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq", "الديوانية", 1}}},
    {"a count shared by the dead and the wounded leaves the dead an unnumbered plural",
     "واستشهد وجرح العديد اليوم في غارات إسرائيلية على مخيم جباليا.\nوسقط عشرات القتلى والجرحى اليوم في قصف "
     "إسرائيلي على مدينة خان يونس.",
     "2023-11-07",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "مخيم جباليا", 3},
      {"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "خان يونس", 3}}},
    {"a figure of the dead before the pair of verbs counts the first; the figure after it, the second",
     "وقال مسؤول في الدفاع المدني إن رجلا واحدا قتل وأصيب 6 مدنيين اليوم في غارات جوية على بلدة سراقب.",
     "2018-09-06",
     {{"Explosions/Remote violence", "Air/drone strike", "", "Civilians (Syria)", "سراقب", 1}}},
    {"a toll followed by the act that caused it is not the toll of another act; that act's nationality is not a side",
     "عشرات الشهداء والجرحى بمجازر إسرائيلية جديدة في رفح، والمقاومة تخوض اليوم اشتباكات ضارية مع الاحتلال في "
     "مخيم يبنا.",
     "2024-05-23",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Palestine)", "Military Forces of Israel", "مخيم يبنا",
       0}}},
    {"a noun of the act with the actor after it and its object after لـ: the actor acted; a figure after و "
     "counts the next word; the act's author is not the victims",
     "وانتشلت طواقم الإسعاف اليوم 5 شهداء وعدد من الجرحى بعد استهداف طائرات الاحتلال لمنزل في مخيم النصيرات.",
     "2024-06-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم النصيرات", 5}}},
    {"a verb of killing in the singular before a dual subject is two deaths",
     "وأعلنت القوات العراقية اليوم إحباط هجوم شنه مسلحو تنظيم داعش في قضاء الحويجة، وقتل في الاشتباكات جنديان.",
     "2018-03-02",
     {{"Battles", "Armed clash", "Islamic State", "Military Forces of Iraq", "الحويجة", 2}}},
    {"the side that answers fire did not start the clash",
     "وأفادت وسائل إعلام إسرائيلية اليوم بأن قوات الجيش الإسرائيلي ردت بإطلاق النار على جنود مصريين عند معبر رفح، "
     "فقتل جنديان مصريان في الاشتباك.",
     "2024-05-27",
     {{"Battles", "Armed clash", "Military Forces of Egypt", "Military Forces of Israel", "معبر رفح", 2}}},
    {"an armed group's bombardment named without aircraft is shelling",
     "وتعرضت مدينة التحيتا اليوم لقصف مكثف من قبل الحوثيين.",
     "2018-09-09",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "-", "التحيتا", 0}}},
    {"terrorists killed by the Egyptian army in Sinai are the Islamic State",
     "وقتل 15 إرهابيا اليوم في ضربات جوية للجيش المصري على مدينة العريش.",
     "2018-05-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Egypt", "Islamic State", "العريش", 15}}},
    {"a sentence that updates the toll with the day and the place of the event told gives it its toll",
     "وأطلقت القوات الإسرائيلية اليوم الرصاص الحي على المتظاهرين الفلسطينيين في مدينة خان يونس.\nهذا وقد ارتفعت "
     "حصيلة الضحايا في خان يونس اليوم إلى 12 قتيلا وأكثر من 300 جريح.",
     "2018-05-14",
     {{"Protests", "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel",
       "خان يونس", 12}}},
    {"a unit named after a martyr ('كتائب الشهيد') reports no death",
     "وتمكن مجاهدو كتائب الشهيد عز الدين القسام اليوم من قنص جندي إسرائيلي في حي تل الهوا في مدينة غزة.",
     "2024-03-26",
     {{"Battles", "Armed clash", "Hamas", "Military Forces of Israel", "حي تل الهوا", 0}}},
    {"a named group targeting tanks fights their army; the verb's subject may stand in quotes",
     "أما في مدينة خان يونس، فاستهدفت \"القسام\" دبابتين إسرائيليتين بقذيفتي تاندوم، الأمر الذي أدى إلى احتراق "
     "إحداهما.",
     "2024-03-26",
     {{"Battles", "Armed clash", "Hamas", "Military Forces of Israel", "خان يونس", 0}}},
    {"the nationality of what was hit is the side hit, a territory's names where from; unnamed bombardment is "
     "shelling",
     "وأكدت مصادر محلية أمس تعرض القاعدة الأميركية في الشدادي جنوبي الحسكة لقصف من داخل الأراضي العراقية.",
     "2023-10-29",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)",
       "Military Forces of the United States", "", 0}}},
    {"state forces in a clash with nobody named fight an unidentified armed group",
     "وأفاد مراسلنا اليوم بأن قوات الاحتلال الإسرائيلي تخوض اشتباكات عنيفة في محيط مخيم جنين.",
     "2023-11-07",
     {{"Battles", "Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", "مخيم جنين",
       0}}},
    {"a clause without a place of its own does not absorb a later report with a town of its own",
     "وشهدت مديرية حيس اليوم معارك عنيفة بين الجيش اليمني والحوثيين، في حين قصف الحوثيون مواقع الجيش بقذائف "
     "الهاون.\nوفي سياق متصل، قصف الحوثيون بقذائف الهاون اليوم قرية الجاح في مديرية بيت الفقيه.",
     "2018-09-09",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "", "حيس", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "", "الجاح", 0}}},
    {"an arrest with the لـ of purpose is an operation's aim, not an arrest made",
     "وادعت وسائل إعلام إسرائيلية اليوم أن قوات الاحتلال تشارك في عملية واسعة في مخيم عقبة جبر في أريحا للقبض على "
     "عدد كبير من المطلوبين.",
     "2023-05-25",
     {}},
    {"a foreign force the article is about is not taken as the attacker of its own civilians",
     "وأكد مراسلنا اليوم إصابة إسرائيليين اثنين في إطلاق نار في مستوطنة كريات أربع، وقال إن جيش الاحتلال أغلق "
     "المنطقة.",
     "2023-01-28",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)",
       "كريات أربع", 0}}},
    {"a sentence whose act is denied still counts the dead of the side the event before it hit ('من عناصره')",
     "وشنت طائرات إسرائيلية اليوم غارة جوية على قوة من الحشد الشعبي في مدينة البوكمال شرقي سوريا.\nوذلك بعد أن "
     "نفى التحالف أن يكون هو من قصف موقعا لقوات الحشد الشعبي، مما أسفر، بحسب الحشد الشعبي، عن مقتل 22 من عناصره.",
     "2018-06-18",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel",
       "PMF: Popular Mobilization Forces", "البوكمال", 22}}},
    {"a bare 'منهم' after the dead points at the victims just named, not at an armed side",
     "وانفجرت قنبلة من مخلفات الميليشيات الحوثية اليوم بأربعة أطفال في مديرية الدريهمي، ما أدى إلى مقتل اثنين منهم.",
     "2018-02-18",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Houthis (Ansar Allah)", "Civilians (Yemen)",
       "الدريهمي", 2}}},
    {"an army's bombardment of a refugee camp hits civilians",
     "كذلك، طال القصف المدفعي الإسرائيلي اليوم شرقي مخيم البريج وسط قطاع غزة.",
     "2024-06-21",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel",
       "Civilians (Palestine)", "مخيم البريج", 0}}},
    {"an air raid with an armed group as its only named armed side hit that group",
     "وتركزت الغارات اليوم على المزارع التي يتحصن فيها المتمردون الحوثيون في مديرية الدريهمي.",
     "2018-09-09",
     {{"Explosions/Remote violence", "Air/drone strike", "", "Houthis (Ansar Allah)", "الدريهمي", 0}}},
    {"what was done over the campaigns ('خلال الحملات الأمنية') sums up a period, not an event",
     "وقالت المصادر اليوم إن القوات الجوية المصرية تمكنت خلال الحملات الأمنية المكثفة من قصف 60 وكرا للمسلحين غربي "
     "مدينة العريش.",
     "2018-05-05",
     {}},
    {"a battle named by the ground it aims to take ('معركة تحرير الحديدة') is a campaign, not a capture",
     "ودخلت معركة تحرير مدينة الحديدة اليوم مرحلة جديدة بعد الانتصارات الكبيرة التي حققتها قوات الجيش الوطني.",
     "2018-05-28",
     {}},
    {"a suspension from flying or from duty ('توقيف طيران', 'توقيف عن العمل') is no arrest",
     "وكشفت وسائل إعلام إسرائيلية اليوم عن توقيف طيران طاقم طائرة حربية من قاعدة رامون لمدة ثلاثة أسابيع بعد "
     "حادثتين في غزة.",
     "2024-06-24",
     {}},
    {"protests that a clause of consequence says the killing sparked do not count its dead",
     "وقتل الجيش الإسرائيلي اليوم ثلاثة من الأسرى في مدينة خان يونس، الأمر الذي أشعل احتجاجات في مدينة تل أبيب.",
     "2024-06-24",
     {{"Protests", "", "", "", "تل أبيب", 0}}},
    {"casualties said not to have happened or not reported ('دون تقديم تفاصيل عن سقوط ضحايا') are no toll",
     "وشنت مقاتلات النظام السوري اليوم غارات جوية على بلدة سراقب في ريف إدلب، دون تقديم تفاصيل عن سقوط ضحايا.",
     "2018-02-24",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "-", "سراقب", 0}}},
    {"a place inside a group's name is part of the name, not the scene (\"سرايا القدس\" fights in Gaza)",
     "واستهدفت سرايا القدس اليوم دبابة إسرائيلية بقذيفة في حي الزيتون.",
     "2024-01-27",
     {{"", "", "Palestinian Islamic Jihad", "", "حي الزيتون", std::nullopt}}},
    {"a barracks named as such in a report from Lebanon is the Israeli post, plausible however often Lebanon "
     "is named",
     "أعلنت المقاومة الإسلامية في لبنان اليوم استهداف تجمع لجنود الاحتلال في ثكنة \"أفيفيم\" بالصواريخ "
     "الموجهة. وقالت المقاومة في لبنان إن مجاهديها حققوا إصابات مباشرة، وإن المقاومة في لبنان ستواصل عملياتها "
     "دعما للشعب الفلسطيني.",
     "2023-10-28",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "أفيفيم", std::nullopt}}},
    {"a day after a subject of two names joined by a dash dates the report, not the act",
     "نشرت المقاومة الإسلامية في لبنان - حزب الله، اليوم السبت، مشاهد استهداف دبابة إسرائيلية في محيط ثكنة "
     "\"أفيفيم\" بتاريخ 25 تشرين الأول/أكتوبر الجاري بالصواريخ الموجهة.",
     "2023-10-28",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "أفيفيم", std::nullopt}}},
    {"attacking a position with guided missiles is a missile attack, whichever word named the clash",
     "وهاجمت المقاومة الإسلامية في لبنان، أمس الخميس، ثكنة \"زرعيت\" الإسرائيلية بالصواريخ الموجهة والأسلحة "
     "المناسبة.",
     "2023-10-27",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "", "زرعيت", std::nullopt}}},
    {"an act retold without a day of its own at the same place is the act already dated",
     "استهدفت المقاومة الإسلامية في لبنان يوم الأربعاء دبابة ميركافا في ثكنة \"أفيفيم\" بالصواريخ الموجهة.\n"
     "وكانت المقاومة الإسلامية في لبنان قد أعلنت استهداف دبابة إسرائيلية في ثكنة \"أفيفيم\" بالصواريخ "
     "الموجهة، ما أدى إلى سقوط قتيلين من طاقمها.",
     "2023-10-28",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "", "أفيفيم", 2}}},
    {"an act at a place rasd cannot locate in the article's countries keeps that place's name, not another "
     "sentence's town",
     "غارات واشتباكات في جنوب لبنان\n"
     "شنت طائرات الاحتلال الإسرائيلي غارة على بلدة عيتا الشعب جنوبي لبنان اليوم. واندلعت اليوم اشتباكات عنيفة "
     "بين الجيش الإسرائيلي ومقاتلي حزب الله في قرية الشعفة.",
     "2023-11-02",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "عيتا الشعب", 0},
      {"Battles", "Armed clash", "Military Forces of Israel", "Hezbollah", "الشعفة", 0}}},
    {"an act dated by a year nearer to it than the sentence's day is history, however old the year",
     "أصدر الرئيس السوري، الثلاثاء، عفوا عن الذين فروا من الجيش بعد بدء الاحتجاجات في دمشق عام 2011.\n"
     "وأعدم الملك لويس السادس عشر في وسط باريس بالمقصلة عام 1793 خلال الثورة الفرنسية.",
     "2018-10-09",
     {}},
    {"a toll after a negated verb of occurring or reporting ('ولم ترد أنباء عن سقوط قتلى') is no toll",
     "وقصفت قوات النظام بلدة سراقب في ريف إدلب اليوم، ولم ترد أنباء عن سقوط قتلى.",
     "2018-03-18",
     {{"Explosions/Remote violence", "", "Military Forces of Syria", "", "سراقب", 0}}},
    {"efforts to stop or end a battle ('لوقف معركة الحديدة') report no battle",
     "وكثف المبعوث الأممي اليوم جهوده لوقف المعارك بين القوات الحكومية والحوثيين في مدينة الحديدة.",
     "2018-06-18",
     {}},
    {"a nationality right after a police force at the start of a headline names the country's police",
     "الشرطة البريطانية تعتقل شخصا بعد اصطدام سيارته ببوابة مقر رئاسة الوزراء في لندن.",
     "2024-01-10",
     {{"Strategic developments", "Arrests", "Police Forces of the United Kingdom", "", "لندن", std::nullopt}}},
    {"a nationality right after a group describes it and names no second side",
     "قصفت مقاتلات التحالف العربي اليوم مواقع عسكرية تابعة لميليشيات الحوثي الإيرانية في مديرية حيس.",
     "2018-03-14",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "حيس",
       std::nullopt}}},
    {"a situation ('تحت القصف', 'قواعد الاشتباك') is no act",
     "وتحدثت الطبيبة اليوم عن الأيام التي قضتها في مدينة غزة تحت القصف الإسرائيلي.",
     "2024-01-26",
     {}},
    {"a dual of a nationality written with hamza ('إسرائيليان') counts two",
     "وقتل إسرائيليان الأحد في حادث إطلاق نار قرب مستوطنة بركان.",
     "2018-10-07",
     {{"Violence against civilians", "Attack", "", "Civilians (Israel)", "بركان", 2}}},
    {"a war's running total ('ارتفاع حصيلة العدوان إلى 32142') is not the act's toll",
     "استشهد 12 فلسطينيا اليوم في غارة إسرائيلية على مخيم النصيرات، وأعلنت وزارة الصحة ارتفاع حصيلة العدوان "
     "إلى 32142 شهيدا.",
     "2024-03-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم النصيرات", 12}}},
    {"the number of martyrs with no act after it is a total, and so is its unnumbered noun",
     "غارات إسرائيلية على مخيم النصيرات اليوم، وعدد الشهداء يرتفع إلى 7326 شهيدا.",
     "2023-10-27",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "مخيم النصيرات", 0}}},
    {"a toll of thousands is a tally, never one incident's toll",
     "قصفت الطائرات الإسرائيلية اليوم مخيم جباليا، في حرب أودت بحياة أكثر من ثمانية آلاف شخص.",
     "2023-10-29",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "مخيم جباليا", 0}}},
    {"the update of one act's toll names the act and stays its toll",
     "ارتفعت حصيلة القصف الإسرائيلي على مخيم جباليا اليوم إلى 50 شهيدا.",
     "2023-10-31",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم جباليا", 50}}},
    {"a figure that counts acts or things ('881 مجزرة') counts no dead",
     "وأعلنت وزارة الصحة اليوم أن الاحتلال ارتكب المجازر بحق العائلات في مدينة غزة، وبلغ عددها 881 مجزرة، "
     "أسفرت عن استشهاد المئات.",
     "2023-10-29",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Civilians (Palestine)", "غزة", 100}}},
    {"shells a side fires are an act even with no toll and no target word",
     "بالإضافة إلى ذلك، أطلقت قوات الشهيد عمر القاسم اليوم عدة قذائف هاون بمحيط موقع صوفا العسكري.",
     "2024-03-26",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "", "", "صوفا", 0}}},
    {"a reading scoped to Palestine ('الشرطة' as Israel's police) does not make a Brussels report Palestinian",
     "واعتقلت الشرطة اليوم رجلا في بروكسل للاشتباه بتخطيطه لهجوم.",
     "2023-01-30",
     {{"Strategic developments", "Arrests", "Police Forces of Belgium", "", "بروكسل", 0}}},
    {"a newspaper named after its city ('واشنطن بوست') names neither the act's place nor a side",
     "ونقلت صحيفة واشنطن بوست اليوم أن الطائرات الإسرائيلية قصفت منزلا في مخيم النصيرات.",
     "2023-12-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم النصيرات", std::nullopt}}},
    {"a wire dateline with a nisba ('أتلانتا، الولايات المتحدة الأمريكية (CNN)--') places nothing",
     "أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أعلنت منظمة العفو الدولية، الخميس، أن السلطات السعودية "
     "اعتقلت الناشطة الحقوقية عائشة المانع.",
     "2018-05-24",
     {}},
    {"a building named after a city ('مبنى القدس' in al-Shifa) is no place of that name",
     "وقصف الاحتلال اليوم مبنى القدس في مجمع الشفاء الطبي بصاروخ.",
     "2023-11-07",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "", "مجمع الشفاء الطبي", std::nullopt}}},
    {"what happened 'في الفترة التي' (in a past period the sentence recalls) is no event",
     "وتابع: رأينا حالات مثل القاعدة في المكلا والأموال التي كانت تجبيها في الفترة التي فرضت سيطرتها هناك اليوم.",
     "2018-04-26",
     {}},
    // The event's place named in another sentence (TargetsOfTheActTold).
    {"a later sentence too weak to stand (\"وقد استهدف\") names the towns the act told before hit in the city "
     "named like their province: the act takes the first, the others are acts without its toll",
     "شنت طائرات إسرائيلية فجر اليوم غارات على مدينة حلب أسفرت عن مقتل 7 جنود سوريين.\n"
     "وقد استهدف بلدة السفيرة وبلدة حريتان.",
     "2024-03-29",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria",
       "السفيرة", 7},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria",
       "حريتان", 0}}},
    {"a town inside the named region the strikes were placed at, named by a later report of them, is their place",
     "نفذت طائرات النظام السوري غارات على الغوطة الشرقية اليوم.\n"
     "وأفاد المرصد بأن مقاتلات النظام استهدفت منطقة حمورية.",
     "2018-02-24",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "", "حمورية", 0}}},
    {"a city not named like its province holds only its own quarters and camps: another city is no target in it",
     "قصفت مدفعية الاحتلال مدينة نابلس اليوم.\nوقد استهدفت مدينة رام الله.",
     "2024-01-10",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "", "نابلس", 0}}},
    {"... but a camp of the city is",
     "قصفت مدفعية الاحتلال مدينة نابلس اليوم.\nوقد استهدفت مخيم بلاطة.",
     "2024-01-10",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "", "مخيم بلاطة", 0}}},
    {"a strategic development restated without a day, with a town of the region, is placed at the town",
     "أعلن الجيش السوري اليوم السبت مغادرة جميع الفصائل المسلحة من الغوطة الشرقية، آخر معاقل المعارضة قرب "
     "دمشق.\nوقال متحدث عسكري إنه تم إخراج جميع المسلحين من مدينة دوما.",
     "2018-04-14",
     {{"Strategic developments", "Non-violent transfer of territory", "Military Forces of Syria", "", "دوما",
       0}}},
    {"a place of nearness ending a phrase set off by a comma after a place (\"، آخر معاقل المعارضة قرب دمشق\") "
     "says where that place lies: the event is at the first",
     "أعلن الجيش السوري اليوم السبت مغادرة جميع الفصائل المسلحة من الغوطة الشرقية، آخر معاقل المعارضة قرب "
     "دمشق.",
     "2018-04-14",
     {{"Strategic developments", "Non-violent transfer of territory", "Military Forces of Syria", "",
       "الغوطة الشرقية", 0}}},
    {"... and the same holds for a direction (\"، كبرى بلدات الغوطة قرب دمشق\")",
     "قصفت قوات النظام بلدة حمورية، كبرى بلدات الغوطة قرب دمشق، اليوم.",
     "2018-03-20",
     {{"Explosions/Remote violence", "", "Military Forces of Syria", "", "حمورية", 0}}},
    {"a report without a place of its own that names the attacker generically (\"طائرات الجيش\") tells the "
     "act of the named force before it",
     "شنت قوات النظام السوري غارات على بلدة كفرنبل في ريف إدلب.\n"
     "وأكد ناشطون أن طائرات الجيش نفذت الغارات مساء السبت.",
     "2018-02-24",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "", "كفرنبل", 0}}},
    {"a battle told by a report of ground taken and one of fighting is coded by the taking of ground",
     "سيطرت قوات الجيش اليمني على مديرية حيس في محافظة الحديدة اليوم بعد معارك مع الحوثيين.\n"
     "وقالت مصادر عسكرية إن معارك عنيفة دارت اليوم في حيس بين القوات الحكومية والحوثيين.",
     "2018-06-20",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس",
       std::nullopt}}},
    {"Israel and Palestine are one theatre: an Israeli barracks a Hezbollah report names is a plausible place "
     "(the Israeli side's evidence goes to PS, the actor table's home of the Israeli army)",
     "نشرت المقاومة الإسلامية في لبنان - حزب الله، اليوم السبت، مشاهد استهداف مقاتليها دبابة لجيش الاحتلال "
     "الإسرائيلي في محيط ثكنة أفيفيم بالصواريخ الموجهة بتاريخ 25 تشرين الأول/أكتوبر الجاري.\n"
     "وقال حزب الله في بيان إن العملية تأتي دعما لغزة، وإن مقاتلي حزب الله في جهوزية تامة.",
     "2023-10-28",
     {{"Explosions/Remote violence", "", "Hezbollah", "Military Forces of Israel", "أفيفيم", 0}}},
    {"a written toll makes a report placed only in a province an event (\"في محافظة إدلب\")",
     "قتل 7 مدنيين في غارات للطيران الروسي على محافظة إدلب.",
     "2018-03-01",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)", "إدلب", 7}}},
    {"the side a group backs is neither side of the act (\"التحالف العربي الداعم للشرعية\")",
     "شنت مقاتلات التحالف العربي الداعم للشرعية اليوم غارات على مواقع الحوثيين في مديرية حرض.",
     "2018-03-01",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "حرض",
       0}}},
    {"a side that backs the actor (\"مسنودة بطيران التحالف\", \"بإسناد من #التحالف\") is neither side of the act",
     "سيطرت قوات الجيش اليمني، مسنودة بطيران التحالف العربي، اليوم على مواقع للحوثيين في مديرية حرض.",
     "2018-03-01",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حرض", 0}}},
    {"a village the gazetteer lacks, named before its province (\"في جبهة الكسارات بمحافظة البيضاء\"), is a "
     "concrete report placed at the province",
     "سيطرت قوات الجيش اليمني اليوم على مواقع جديدة في جبهة الكسارات بمحافظة البيضاء.",
     "2018-04-08",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "", "البيضاء", 0}}},
    {"... but an adjective of the area is no village name (\"في منطقة نائية بمحافظة البيضاء\")",
     "اندلعت اشتباكات عنيفة اليوم في منطقة نائية بمحافظة البيضاء.",
     "2018-04-08",
     {}},
    {"the side whose dead are counted fought the side named after \"مع\" (\"قتلوا في مواجهات مع قوات الجيش\")",
     "قال مراسلنا إن مسلحي الحوثي قتلوا في مواجهات مع قوات الجيش اليمني في مديرية حيس.",
     "2018-05-28",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 3}}},
    {"a military parade that shows rockets and artillery is no attack (\"العرض العسكري\")",
     "استعرضت كوريا الشمالية في العرض العسكري اليوم في بيونغيانغ قطع مدفعية وصواريخ قصيرة المدى.",
     "2018-09-09",
     {}},
    {"a question reports nothing (\"ما الأهمية الاستراتيجية للسيطرة على باخموت؟\")",
     "ما الأهمية الاستراتيجية لسيطرة قوات فاغنر اليوم على مدينة باخموت؟",
     "2023-05-21",
     {}},
    {"... but a report that ends in a question of its own after a comma still reports",
     "قتل 10 أشخاص اليوم في هجوم مسلح على سوق في مدينة الباب، فما هي الجماعة التي تقف وراءه؟",
     "2023-09-23",
     {{"", "", "", "", "الباب", 10}}},
    {"the verb of killing with the armed killer as its subject reports a clash (\"قتل الجيش العراقي 70 عنصرا\")",
     "قتل الجيش العراقي اليوم 70 عنصرا من داعش في الرمادي.",
     "2023-09-24",
     {{"Battles", "Armed clash", "Military Forces of Iraq", "Islamic State", "الرمادي", 70}}},
    {"... and the killing of civilians by an armed side is an attack on them",
     "وقتل المسلحون ثمانية مدنيين اليوم في قرية الباغوز.",
     "2019-03-11",
     {{"Violence against civilians", "Attack", "", "Civilians (Syria)", "الباغوز", 8}}},
    {"... but the same verb as the passive of a toll, with no act named, reports nothing",
     "قتل 70 عنصرا من داعش اليوم في الرمادي.",
     "2023-09-24",
     {}},
    {"putting out a fire (\"السيطرة على حريق\") is no taking of ground",
     "أعلن الدفاع المدني اليوم السيطرة على حريق شب في مبنى بمدينة الدمام.",
     "2018-09-03",
     {}},
    {"a foreign state's forces named in a protest abroad are what it is about, not who intervened",
     "أحرق متظاهرون العلم الإسرائيلي خلال تظاهرة اليوم في مدينة الزاوية الليبية.",
     "2023-08-28",
     {{"", "", "", "-", "الزاوية", 0}}},
    {"the toll of the act answered (\"، غداة مواجهات قتل فيها فلسطينيان\") is not the answer's toll",
     "شنت إسرائيل اليوم غارات جوية على مواقع لحركة حماس في بيت لاهيا، غداة مواجهات على الحدود قتل فيها 4 فلسطينيين.",
     "2018-07-14",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Hamas", "", 0}}},
    {"... but battles the act came about through (\"، وذلك بعد معارك\") are the same operation",
     "تمكن الجيش اليمني اليوم من تحرير مواقع في مديرية حيس، وذلك بعد معارك أسفرت عن مقتل 5 من الحوثيين.",
     "2018-07-30",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 5}}},
    {"a dual pronoun on the cue counts two (\"لقيا حتفهما\")",
     "لقي مراهقان فلسطينيان حتفهما اليوم في غارة إسرائيلية على مخيم جباليا.",
     "2018-09-07",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "مخيم جباليا", 2}}},
    {"a named armed side, a day and the written toll of its act make a weak word of targeting a report",
     "استهدف الاحتلال الإسرائيلي فجر اليوم منزلا في رفح، ما أسفر عن استشهاد 15 شخصاً.",
     "2024-03-26",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "رفح", 15}}},
    {"the subject of a trigger phrase is its agent also when its name runs on past the phrase "
     "(\"استهدفت طائرات\" + \"طائرات الاحتلال\")",
     "استهدفت طائرات الاحتلال منزلا في رفح فجر اليوم.",
     "2024-03-26",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "رفح", 0}}},
    {"two reports of one strike whose victims two rows of the actor table name (\"فلسطينيا\", \"شخصا\") are one "
     "event, and its toll is counted once",
     "قصف للاحتلال الإسرائيلي يستهدف منزلاً في رفح، ما أسفر عن استشهاد 15 فلسطينياً.\n"
     "استهدف الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، منزلاً يؤوي نازحين شمال رفح، ما أسفر عن استشهاد 15 شخصاً.",
     "2024-03-26",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "رفح",
       15}}},
    {"a written toll of the dead at a named town is concrete without a day of its own",
     "في الضفة الغربية الفلسطينيون يتصدون لاعتداءات الاحتلال في طوباس ومقتل جنديين إسرائيليين دهسا في نابلس",
     "2024-05-30",
     {{"Battles", "Armed clash", "", "Military Forces of Israel", "نابلس", 2}}},
    {"a link to another article left in the text (\"اقرأ أيضا: ...\") tells no event of this one",
     "اقرأ أيضا: مقتل 4 جنود إسرائيليين في حادث دهس في القدس",
     "2018-03-17",
     {}},
    {"a toll update's running total of the wounded does not void its day's dead",
     "أطلقت القوات الإسرائيلية اليوم الرصاص الحي على المتظاهرين الفلسطينيين على حدود غزة.\n"
     "وارتفعت حصيلة الضحايا في قطاع غزة اليوم إلى 52 قتيلا وأكثر من 2400 جريح.",
     "2018-05-14",
     {{"", "", "", "", "", 52}}},
    {"a river's bank (\"الضفة الغربية لنهر الفرات\") is not the West Bank of Palestine",
     "قتل 45 مسلحا مواليا للنظام اليوم جراء هجمات شنها تنظيم داعش على قرى في الضفة الغربية لنهر الفرات بمحافظة دير الزور.",
     "2018-06-05",
     {{"Battles", "Armed clash", "Islamic State", "Unidentified Armed Group (Syria)", "دير الزور", 45}}},
    {"protesters who set fire to a building are rioters, named before the verb with a place between",
     "أفادت تقارير بأن مئات من المتظاهرين في جنوب العراق أشعلوا النيران في مبنى المجلس المحلي في قضاء القرنة.",
     "2018-08-15",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "", "", 0}}},
    {"a massacre told by its name and by its method (\"فتحوا نيران أسلحتهم في اتجاه الجائعين\") is coded by the method; "
     "the acting side named for something else (\"لا يشكل خطورة على الاحتلال\") is not the side hit",
     "ارتكب الاحتلال الإسرائيلي مجزرة جديدة عصر اليوم السبت أسفرت عن ارتقاء 19 شهيداً عند دوار الكويت في مدينة غزة.\n"
     "وقال المكتب إن جنود الاحتلال فتحوا نيران أسلحتهم في اتجاه الجائعين الذين كانوا ينتظرون المساعدات في مكان بعيد، "
     "لا يشكل خطورة على الاحتلال.\n"
     "وهذه المجزرة التي ارتكبها الاحتلال اليوم عند دوار الكويت هي الثالثة بحق منتظري المساعدات.",
     "2024-03-23",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "", 19}}},
    {"an area named by its type word that the gazetteer lacks is the event's place, by name, when the sentence "
     "locates nothing finer than a country (\"قرب منطقة أبو الأسود جنوبي لبنان\")",
     "استهدفت غارة إسرائيلية، اليوم الثلاثاء، سيارة على طريق عدلون قرب منطقة أبو الأسود جنوبي لبنان.",
     "2024-04-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "أبو الأسود", 0}}},
    {"... but what an area is (\"منطقة عازلة\") is no name",
     "استهدفت غارة إسرائيلية، اليوم الثلاثاء، سيارة في منطقة عازلة جنوبي لبنان.",
     "2024-04-23",
     {}},
    {"Israel and Palestine are one theatre: the unnamed gunmen of an attack in Israel are Palestinian",
     "قتل 3 مستوطنين اليوم في عملية إطلاق نار نفذها مسلح في مدينة القدس.",
     "2023-01-28",
     {{"", "", "Unidentified Armed Group (Palestine)", "", "", 3}}},
    {"in Yemen the Gulf outlets' \"Iran's militias\" are the Houthis",
     "قصفت الميليشيات الإيرانية اليوم مستشفى في مديرية حيس بمحافظة الحديدة.",
     "2018-04-27",
     {{"", "", "Houthis (Ansar Allah)", "", "حيس", 0}}},
    {"a district or region located by a city after it (\"مديرية حيس جنوبي الحديدة\", \"الغوطة الشرقية قرب دمشق\") "
     "is the scene, not the city that locates it",
     "قصفت ميليشيات الحوثي اليوم مستشفى في مديرية حيس جنوبي الحديدة.",
     "2018-04-27",
     {{"", "", "Houthis (Ansar Allah)", "", "حيس", 0}}},
    {"a missile fired by the aircraft named as the attacker (\"استهدفت طائرة إسرائيلية مسيرة بصاروخ\") is an air strike, in Gaza too",
     "واستهدفت طائرة إسرائيلية مسيرة بصاروخ سيارة في بلدة بيت لاهيا شمالي قطاع غزة، ما أدى إلى استشهاد شابين.",
     "2023-02-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "بيت لاهيا", 2}}},
    {"an unnumbered victim named by a singular noun of the cue lists (\"استشهاد صياد\") is one death",
     "واستهدف الاحتلال بلدة بيت لاهيا بقصف بالصواريخ من الزوارق الحربية الإسرائيلية، ما أدى إلى استشهاد صياد.",
     "2024-01-25",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel",
       "Civilians (Palestine)", "بيت لاهيا", 1}}},
    {"\"في اتجاه\" marks the side aimed at, not the one that fires",
     "وأطلق مقاومون النار في اتجاه قوات الاحتلال في مدينة جنين، وفجروا عبوة ناسفة بآلية عسكرية.",
     "2024-01-25",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Palestine)",
       "Military Forces of Israel", "جنين", 0}}},
    {"fighters of a side counted dead on a front line (\"في جبهة\") died in its battle; \"مسلحا من X\" are X's",
     "قتل 40 مسلحا من ميليشيات الحوثي في جبهة حيس جنوبي الحديدة، اليوم الاثنين.",
     "2018-05-28",
     {{"Battles", "Armed clash", "", "Houthis (Ansar Allah)", "حيس", 40}}},
    {"a front that is a campaign's name (\"جبهة الإسناد\") is no act, and the nationality after it names no side",
     "على جبهة الإسناد اللبنانية، شنت مسيرة إسرائيلية غارة على بلدة كفركلا أسفرت عن شهيد.",
     "2024-05-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "كفركلا", 1}}},
    {"an unnumbered dead soldier named by his rank (\"مقتل رقيب\") is one death",
     "أقر جيش الاحتلال اليوم بمقتل رقيب في الجيش الإسرائيلي بقصف صاروخي على مستوطنة المطلة.",
     "2023-10-30",
     {{"Explosions/Remote violence", "", "", "", "المطلة", 1}}},
    {"a protest whose crowd is counted (\"تظاهر آلاف\") is a report without a day of its own",
     "تظاهر آلاف التونسيين في شارع الحبيب بورقيبة بالعاصمة تونس احتجاجا على غلاء الأسعار.",
     "2022-05-15",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "تونس", 0}}},
    {"a count of the protests themselves (\"عشرات الاحتجاجات\") is no crowd: a digest, no report",
     "ونظم عشرات الاحتجاجات في مدينة سياتل.",
     "2018-04-30",
     {}},
    {"the author of an act after لـ (\"بهجوم لتنظيم داعش\") makes a weak word of attack a report",
     "قتل 4 عناصر من الحشد الشعبي بهجوم لتنظيم داعش على نقطة تفتيش في قضاء الطارمية شمالي بغداد.",
     "2022-05-15",
     {{"Battles", "Armed clash", "Islamic State", "PMF: Popular Mobilization Forces", "الطارمية", 4}}},
    {"a bare bank named by another side or country (\"الضفة الشرقية\") is no West Bank",
     "وتدور معارك بين قوات سوريا الديموقراطية وتنظيم داعش في جيب صغير على الضفة الشرقية اليوم.",
     "2018-06-08",
     {}},
    {"who claims the act (\"تبنته حركة الشباب\") carried it out, not the generic bomber of the act's phrase",
     "قتل 9 جنود صوماليين في هجوم انتحاري تبنته حركة الشباب على قاعدة عسكرية في مدينة مقديشو.",
     "2022-05-15",
     {{"Explosions/Remote violence", "Suicide bomb", "Al Shabaab", "Military Forces of Somalia", "مقديشو", 9}}},
    {"an assassination without a count (\"اغتال مسلحون مجهولون ناشطا\") killed one, named after its killers",
     "اغتال مسلحون مجهولون ناشطا إعلاميا في مدينة درعا جنوبي سوريا.",
     "2022-05-15",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "درعا", 1}}},
    {"an execution counts its victims (\"أعدم تنظيم داعش 3 مدنيين\")",
     "أعدم تنظيم داعش 3 مدنيين في بادية دير الزور بتهمة التعامل مع التحالف.",
     "2022-05-15",
     {{"Violence against civilians", "Attack", "Islamic State", "Civilians (Syria)", "", 3}}},
    {"ground taken after a battle (\"سيطرت ... بعد معارك\") is the change of territory, as sure as its battle",
     "سيطرت هيئة تحرير الشام على قرية عفس بعد معارك مع الجبهة الوطنية للتحرير.",
     "2022-05-15",
     {{"Battles", "Non-state actor overtakes territory", "HTS: Hayat Tahrir al-Sham", "", "عفس", 0}}},
    {"soldiers named by their nationality after a generic noun (\"جنديان لبنانيان\", \"جنود لبنانيين\") are that country's force",
     "قتل جنديان لبنانيان بقصف إسرائيلي استهدف مركزا للجيش في بلدة العديسة جنوبي لبنان.",
     "2023-12-05",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Military Forces of Lebanon", "العديسة", 2}}},
    {"ground an operation is launched to take (\"لاستكمال تحرير\") is not taken yet",
     "أطلق الجيش اليمني اليوم عملية عسكرية لاستكمال تحرير مديرية التحيتا من الحوثيين.",
     "2018-07-23",
     {}},
    {"the weak word \"معركة\" with both armed sides named and a written toll is a battle",
     "قتل 5 جنود عراقيين في معركة مع تنظيم داعش قرب الحويجة.",
     "2022-05-15",
     {{"Battles", "Armed clash", "Islamic State", "Military Forces of Iraq", "الحويجة", 5}}},
    {"\"معركة\" alone is talk of a struggle, not a battle (\"المعركة الاقتصادية بين أنقرة وواشنطن\")",
     "لا تزال المعركة الاقتصادية متواصلة بين أنقرة وواشنطن اليوم.",
     "2018-08-15",
     {}},
    {"\"لقي ... مصرعهم\" counts the figure between the verb and the pronoun; \"مصرعه\" is one",
     "ولقي 20 عنصرا من ميليشيا الحوثي مصرعهم في قصف مدفعي للجيش اليمني على مواقعهم في مديرية حيس.",
     "2018-04-05",
     {{"Explosions/Remote violence", "", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 20}}},
    {"a convoy of a side (\"رتلا لقوات الحشد الشعبي\") is what was hit, not who struck",
     "قصفت طائرة مسيرة مجهولة رتلا لقوات الحشد الشعبي قرب مدينة القائم غربي الأنبار، ما أدى إلى مقتل 3 من عناصره.",
     "2022-05-15",
     {{"Explosions/Remote violence", "Air/drone strike", "", "PMF: Popular Mobilization Forces", "القائم", 3}}},
    {"the side a protest is against (\"مظاهرة ضد النظام السوري\") did not intervene in it",
     "خرج المئات من أهالي مدينة السويداء في مظاهرة ضد النظام السوري، الجمعة.",
     "2022-05-15",
     {{"Protests", "Peaceful protest", "Protesters (Syria)", "-", "السويداء", 0}}},
    {"a street or square named after a town (\"شارع حيفا\" in Jenin) is no place of that name",
     "وجرّفت قوات الاحتلال الطرقات في شارع حيفا خلال اقتحامها مدينة جنين اليوم.",
     "2023-11-07",
     {{"", "", "Military Forces of Israel", "", "جنين", std::nullopt}}},
    {"a great crowd (\"خرجت مسيرات حاشدة\") counts as a counted crowd; \"قتل متظاهران\" is two",
     "خرجت مسيرات حاشدة في الجزائر العاصمة للجمعة الثالثة على التوالي.",
     "2019-03-08",
     {{"Protests", "Peaceful protest", "Protesters (Algeria)", "-", "", 0}}},
    {"\"قتل متظاهران\" is two dead",
     "قتل متظاهران وأصيب العشرات بعد أن أطلقت قوات الأمن الرصاص الحي على المحتجين في ساحة التحرير وسط بغداد.",
     "2019-10-20",
     {{"Protests", "Excessive force against protesters", "Protesters (Iraq)", "", "بغداد", 2}}},
    {"a missile intercepted over a named place (\"اعترض الدفاع الجوي السعودي ... باتجاه جازان\") needs no day of its own",
     "واعترض الدفاع الجوي السعودي صاروخا باليستيا أطلقته ميليشيات الحوثي باتجاه مدينة جازان.",
     "2018-04-11",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthis (Ansar Allah)",
       "جازان", 0}}},
    {"settlers hit (\"قتل مستوطنان\") are civilians; settlers are a side only when they attack",
     "قتل مستوطنان إسرائيليان اليوم في عملية إطلاق نار نفذها فلسطيني قرب مستوطنة أريئيل.",
     "2023-08-04",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", "", 2}}},
    {"a military position Israel hits in the Gaza Strip, unnamed (\"قصف موقعا شمالي غزة\"), is Hamas's",
     "وأفاد مراسلنا أن القصف الإسرائيلي استهدف اليوم موقعا شمالي بيت لاهيا في قطاع غزة.",
     "2018-07-21",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Hamas", "", 0}}},
    {"a military position Israel hits in Syria, unnamed (\"قصفت ... مواقع عسكرية قرب حمص\"), is the Syrian army's",
     "قصفت طائرات إسرائيلية اليوم مواقع عسكرية قرب مدينة حمص وسط سوريا.",
     "2024-03-29",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria", "", 0}}},
    {"stopping an activity (\"أوقفت ضخ الغاز\") detains no one",
     "وأوقفت الشركة الإسرائيلية اليوم ضخ الغاز عبر خط الأنابيب إلى مدينة عسقلان.",
     "2023-10-10",
     {}},
    {"a police read by the article's country (Israel's, in an article about Gaza) is the local police abroad",
     "قصفت طائرات الاحتلال اليوم منزلا في مدينة رفح جنوبي قطاع غزة. وفي نيويورك، اعتقلت الشرطة اليوم 300 متظاهر "
     "في حرم جامعة كولومبيا احتجاجا على الحرب على غزة.",
     "2024-04-23",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "", "رفح", std::nullopt},
      // (The arrested are protesters: ACLED codes the arrests as the protest's dispersal.)
      {"Protests", "Protest with intervention", "Protesters (United States)", "Police Forces of the United States", "",
       std::nullopt}}},
    {"roles follow the verb that tells the act, not a noun of it after the object (\"قصفت كتائب القسام قوات العدو برشقة صاروخية\")",
     "قصفت كتائب القسام اليوم قوات العدو المتموضعة في محور نتساريم جنوب غربي مدينة غزة برشقة صاروخية.",
     "2024-06-28",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hamas", "Military Forces of Israel", "", 0}}},
    {"unidentified fighters counted as the side hit are the one named non-state side (\"مقتل 30 مسلحا\" of a Houthi gathering)",
     "شن طيران التحالف العربي، الثلاثاء، غارات استهدفت تجمعا لعناصر من ميليشيات الحوثي في مديرية حرض، مما أسفر عن مقتل 30 مسلحا.",
     "2018-02-27",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "", 30}}},
    {"ground a force seeks to take, with the لـ of purpose on its noun (\"تسعى ... لاستعادة السيطرة\"), is not taken",
     "وتسعى القوات الحكومية السورية اليوم لاستعادة السيطرة على مدينة درعا من فصائل المعارضة.",
     "2018-06-26",
     {}},
    {"the body a speaker belongs to (\"قال مصدر بالشرطة العراقية\") did not carry the act out",
     "قال مصدر بالشرطة العراقية إن سيارة ملغومة انفجرت اليوم في سوق بمدينة الصدر في بغداد، ما أدى إلى مقتل 5 أشخاص.",
     "2018-06-06",
     {{"Explosions/Remote violence", "", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "", 5}}},
    {"an arrest nobody is named for is the country's police's",
     "اعتقل اليوم شاب في مدينة هامبورغ للاشتباه بتخطيطه لهجوم.",
     "2018-06-06",
     {{"Strategic developments", "Arrests", "Police Forces of Germany", "", "هامبورغ", 0}}},
    {"the charge an arrest is made on (\"بدعوى مساعدة منفذ عملية\") tells another act: its dead and victims are not the arrest's",
     "اعتقلت قوات الاحتلال اليوم عددا من الشبان في بلدة عزون شرق قلقيلية، بدعوى مساعدة منفذ عملية إطلاق النار التي "
     "أدت إلى مقتل إسرائيليين.",
     "2018-10-07",
     {{"Strategic developments", "Arrests", "Military Forces of Israel", "Civilians (Palestine)", "عزون", 0}}},
    {"the act a clause answers (\"، ردا على هجوم كيماوي\") is told in passing: the sentence reports the answer",
     "شنت الولايات المتحدة وفرنسا فجر اليوم ضربات على مواقع في حمص، ردا على هجوم بالأسلحة الكيماوية على دوما.",
     "2018-04-14",
     {{"Explosions/Remote violence", "Air/drone strike", "", "", "حمص", 0}}},
    {"... but battles the ground was taken after (\"، عقب معارك أسفرت عن مقتل\") are the same operation",
     "أعلن الجيش اليمني اليوم تحرير مواقع في مديرية حيس، عقب معارك أسفرت عن مقتل 35 من الحوثيين.",
     "2018-05-11",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 35}}},
    {"chemical weapons as a topic (\"منظمة حظر الأسلحة الكيميائية\", a programme, a treaty) are no attack",
     "أكدت منظمة حظر الأسلحة الكيميائية اليوم أن غاز الكلور استخدم في هجوم على مدينة سراقب.",
     "2018-05-16",
     {}},
    {"suspending someone from office (\"أوقف رئيس الوزراء، حيدر العبادي، وزير الكهرباء عن العمل\") is no arrest",
     "أوقف رئيس الوزراء، حيدر العبادي، اليوم وزير الكهرباء عن العمل في البصرة.",
     "2018-08-15",
     {}},
    {"an agreement between governments or leaders (\"توصل زعماء الاتحاد الأوروبي إلى اتفاق بشأن الهجرة\") is "
     "diplomacy, not a strategic development of a conflict",
     "أعلن رئيس المجلس الأوروبي اليوم الجمعة أن زعماء الاتحاد الأوروبي توصلوا إلى اتفاق بشأن الهجرة في بروكسل.",
     "2018-06-29",
     {}},
    {"a weapon named as a trade (\"خبراء متفجرات\") is not the means of the act and does not cut the victims "
     "from their side",
     "قتل 5 خبراء متفجرات تابعين للحوثيين في غارة للتحالف العربي على مديرية حرض اليوم.",
     "2018-03-01",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "حرض",
       5}}},
    {"a weapon named as what is stored (\"مخزن ذخيرة وصواريخ\") is the target, not the means",
     "استهدفت غارة إسرائيلية اليوم مخزن ذخيرة وصواريخ في بلدة الكسوة بريف دمشق.",
     "2018-03-01",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "الكسوة", 0}}},
    {"the crowd's nationality (\"المحتجين اللبنانيين\") names no second side of a protest",
     "تظاهر مئات المحتجين اللبنانيين اليوم السبت أمام مصرف لبنان في بيروت احتجاجا على تدهور سعر صرف الليرة.",
     "2020-05-09",
     {{"Protests", "Peaceful protest", "Protesters (Lebanon)", "-", "بيروت", 0}}},
    {"one protest told as a gathering and as its dispersal is the protest with intervention",
     "تظاهر آلاف العراقيين اليوم الأحد في مدينة البصرة للمطالبة بتوفير الخدمات. وفرقت قوات الأمن المتظاهرين في "
     "البصرة بالغاز المسيل للدموع.",
     "2020-05-10",
     {{"Protests", "Protest with intervention", "Protesters (Iraq)", "Military Forces of Iraq", "البصرة", 0}}},
    {"shooting at protesters with the shooter between the verb and the shot (\"أطلقت قوات الدعم السريع الرصاص على "
     "محتجين\") is excessive force",
     "أطلقت قوات الدعم السريع الرصاص على محتجين في مدينة الأبيض اليوم، ما أدى إلى مقتل 3 متظاهرين.",
     "2020-05-05",
     {{"Protests", "Excessive force against protesters", "Protesters (Sudan)", "RSF: Rapid Support Forces", "الأبيض",
       3}}},
    {"the wounded of a protest (\"أصيب 40 فلسطينيا\") are no second side of it",
     "أصيب 40 فلسطينيا اليوم الجمعة عندما أطلقت قوات الاحتلال الرصاص على المتظاهرين قرب خان يونس.",
     "2018-04-13",
     {{"Protests", "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "خان يونس",
       0}}},
    {"a figure joined by و to one side's dead, with another side named after it, counts that side's dead "
     "(\"مقتل 20 حوثيا و6 من الجيش\" is 26)",
     "اندلعت معارك عنيفة بين قوات الجيش الوطني والحوثيين في مديرية صرواح اليوم الثلاثاء، أسفرت عن مقتل 20 حوثيا و6 "
     "جنود.",
     "2020-05-05",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "صرواح", 26}}},
    {"the death a protest is about (\"احتجاجا على مقتل ناشط\") is its cause, not its toll",
     "أحرق محتجون غاضبون مقر حزب الدعوة في مدينة الناصرية اليوم الخميس، احتجاجا على مقتل ناشط.",
     "2020-05-14",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "", "الناصرية", 0}}},
    {"a present-tense plural verb after the killers describes them (\"مسلحون مجهولون يستقلون دراجة نارية\"); the "
     "assassination still has one victim",
     "اغتال مسلحون مجهولون يستقلون دراجة نارية مسؤولا محليا في مدينة تعز، مساء الخميس.",
     "2020-05-08",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Yemen)", "Civilians (Yemen)", "تعز", 1}}},
    {"a clash's other side is the armed side the sentence names in another clause (\"اقتحمت قوات الاحتلال المخيم، "
     "واندلعت اشتباكات مسلحة مع مقاومين\"), not the civilian it killed",
     "اقتحمت قوات الاحتلال مخيم نور شمس في طولكرم فجر اليوم، واندلعت اشتباكات مسلحة مع مقاومين، أسفرت عن استشهاد "
     "شاب وإصابة 5 آخرين.",
     "2023-08-30",
     {{"Battles", "Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", "", 1}}},
    {"the accused of an act (\"واتهمت السلطات المحلية ميليشيا الحوثي بقصف الحي\") carried it out; the accuser "
     "only tells of it",
     "قتل 3 مدنيين بقصف مدفعي على حي سكني في تعز اليوم، واتهمت السلطات المحلية ميليشيا الحوثي بقصف الحي.",
     "2020-04-07",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "Civilians (Yemen)",
       "تعز", 3}}},
    {"an accusation of the act answered (\"قصفت قواته ... متهما حركة حماس بإطلاق الصواريخ\") leaves the act "
     "told to its doer",
     "قال الجيش الإسرائيلي إن قواته قصفت اليوم 25 موقعا في غزة، متهما حركة حماس بإطلاق الصواريخ.",
     "2018-06-20",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "Hamas", "غزة", 0}}},
    {"a claim after the act (\"، وتبنت حركة الشباب الهجوم\") names its doer; a suicide attack with a car bomb "
     "stays a suicide bomb",
     "قتل أكثر من 70 شخصا في تفجير انتحاري بسيارة مفخخة استهدف نقطة تفتيش في العاصمة الصومالية مقديشو، صباح "
     "السبت، وتبنت حركة الشباب الهجوم.",
     "2019-12-28",
     {{"Explosions/Remote violence", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", "مقديشو", 70}}},
    {"\"وأعلنت حركة الشباب مسؤوليتها عن الهجوم\" names the doer, not a source",
     "قتل 5 جنود في انفجار عبوة ناسفة في مقديشو اليوم، وأعلنت حركة الشباب مسؤوليتها عن الهجوم.",
     "2019-12-28",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Somalia",
       "مقديشو", 5}}},
    {"unnamed fighters in an arrest (\"القبض على 10 أشخاص ينتمون لخلية إرهابية\") are the arrested; the "
     "country's police arrested them",
     "أعلنت وزارة الداخلية السعودية القبض على 10 أشخاص ينتمون لخلية إرهابية في مدينة القطيف.",
     "2019-12-28",
     {{"Strategic developments", "Arrests", "Police Forces of Saudi Arabia", "Unidentified Armed Group (Saudi Arabia)",
       "القطيف", 0}}},
    {"rockets that fell (\"سقطت ثلاثة صواريخ كاتيوشا قرب السفارة\") are an attack, though no act's word names them",
     "سقطت ثلاثة صواريخ كاتيوشا في المنطقة الخضراء وسط بغداد مساء أمس، دون أن تسفر عن خسائر بشرية.",
     "2020-01-21",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", "", "", 0}}},
    {"right after a verb phrase that names its own subject (\"استهدفت طائرة مسيرة\") comes its object: the American "
     "base was hit",
     "استهدفت طائرة مسيرة القاعدة الأمريكية في حقل العمر بريف دير الزور اليوم.",
     "2023-10-30",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Syria)",
       "Military Forces of the United States", "حقل العمر", 0}}},
    {"one wounded named by a singular noun (\"أصيب مواطن\") is a toll; fire (\"بنيران\") of a named force is the act",
     "أصيب مواطن بنيران حرس الحدود السعودي في مديرية قطابر اليوم.",
     "2020-05-10",
     {{"Violence against civilians", "Attack", "Military Forces of Saudi Arabia", "Civilians (Yemen)", "قطابر", 0}}},
    {"a spokesman who announces his side's act by its noun (\"أعلن المتحدث باسم التحالف العربي ... تدمير\") "
     "names the doer; one who reports a clause (\"قال المتحدث باسم الجيش إن\") only tells of it",
     "أعلن المتحدث باسم التحالف العربي العقيد تركي المالكي اليوم تدمير مواقع للحوثيين في صعدة بغارات جوية.",
     "2020-05-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "صعدة", 0}}},
    {"Sanaa's media: \"الجيش واللجان الشعبية\" are the Houthis, \"مرتزقة العدوان\" the government's forces, and "
     "repelling an advance (\"صد زحف\") is a clash",
     "تمكن أبطال الجيش واللجان الشعبية من صد زحف لمرتزقة العدوان في جبهة نهم، وكبدوهم خسائر فادحة في الأرواح "
     "والعتاد، اليوم الأحد.",
     "2020-05-10",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "نهم", 0}}},
    {"strikes counted on one district over the past hours (\"12 غارة على مديرية صرواح خلال الساعات الماضية\") are "
     "the day's raid on it, not a tally of many events",
     "شن طيران العدوان الأمريكي السعودي 12 غارة على مديرية صرواح بمحافظة مأرب خلال الساعات الماضية.",
     "2020-05-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "", "صرواح", 0}}},
    {"a village the gazetteer lacks takes the country of the unit it is named in (\"منطقة شدا الحدودية بمحافظة "
     "صعدة\"), not the attacker's",
     "استشهد مواطن بقصف صاروخي سعودي على منطقة شدا الحدودية بمحافظة صعدة اليوم.",
     "2020-05-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Saudi Arabia",
       "Civilians (Yemen)", "شدا", 1}}},
    {"a village whose container lies in another country is a homonym of one the gazetteer lacks (\"البارة بجبل "
     "الزاوية\" is not the Yemeni Al Barah)",
     "أنشأ الجيش التركي اليوم نقطة عسكرية جديدة في بلدة البارة بجبل الزاوية جنوبي إدلب.",
     "2020-05-20",
     {{"Strategic developments", "Headquarters or base established", "Military Forces of Turkey", "-", "جبل الزاوية",
       0}}},
    {"roads blocked with burning tyres (\"أغلق محتجون الطريق ... بالإطارات المشتعلة\", \"بإضرام النار في العجلات "
     "المطاطية\") are a violent demonstration, as ACLED codes them",
     "أغلق محتجون غاضبون الطريق الرئيسي في مدينة صور جنوب لبنان بالإطارات المشتعلة، احتجاجا على انقطاع الكهرباء.",
     "2020-05-20",
     {{"Riots", "Violent demonstration", "Rioters (Lebanon)", "-", "صور", 0}}},
    {"(the same in the Maghreb's words: \"غلق الطريق الوطني بإضرام النار في العجلات المطاطية\")",
     "أقدم سكان بلدية حاسي مماش بولاية مستغانم، اليوم الخميس، على غلق الطريق الوطني رقم 11 بإضرام النار في العجلات "
     "المطاطية، احتجاجا على عدم استفادتهم من قفة رمضان.",
     "2020-05-07",
     {{"Riots", "Violent demonstration", "Rioters (Algeria)", "-", "حاسي مماش", 0}}},
    {"the one dead and the side they belong to (\"مقتل قيادي في حزب الله\") name the side hit, not the attacker",
     "نفذت طائرة مسيرة مجهولة غارة على سيارة في منطقة الدبوسية بريف حمص اليوم، أسفرت عن مقتل قيادي في حزب الله.",
     "2020-05-20",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Syria)", "Hezbollah", "الدبوسية",
       1}}},
    {"bringing down with nothing that flies or is fired (\"أسقطت الولايات المتحدة مشروع القرار\", \"أسقط الجيش "
     "منشورات\") is no interception",
     "أسقطت الولايات المتحدة اليوم مشروع القرار الجزائري في مجلس الأمن بشأن غزة. وأسقط الجيش السوري منشورات على "
     "إدلب الخميس.",
     "2024-02-20",
     {}},
    {"air defences that bring down rockets are an interception",
     "أسقطت الدفاعات الجوية السورية ليل الاثنين صواريخ استهدفت قاعدة الشعيرات الجوية في حمص.",
     "2018-04-17",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Syria", "", "", 0}}},
    {"a charge before judges (\"رفض قضاة التحقيق اتهام ... باغتصاب\") and exposure to an act (\"عرضة للعنف الجنسي\") "
     "report no act",
     "رفض قضاة التحقيق الفرنسيون الثلاثاء اتهام المفكر السويسري باغتصاب امرأة ثالثة في مدينة رين. وتصبح النساء "
     "والفتيات في مخيمات اللاجئين في إدلب عرضة للعنف الجنسي.",
     "2018-06-06",
     {}},
    {"the place a protest is for (\"دعماً لغزة\", \"العدوان على غزة\") is not where it is held",
     "خرجت في مدينة مشهد اليوم تظاهرات حاشدة دعماً لغزة وتنديداً باستمرار العدوان على غزة.",
     "2024-03-29",
     {{"Protests", "Peaceful protest", "Protesters (Iran)", "-", "مشهد", 0}}},
    {"an agreement denied (\"أن لا اتفاق بين حركة حماس وإسرائيل\") is none",
     "أكد المتحدث باسم الخارجية القطرية اليوم الثلاثاء أن لا اتفاق بين حركة حماس وإسرائيل بشأن وقف إطلاق النار في غزة.",
     "2024-02-27",
     {}},
    {"\"في العاصمة\" alone is the capital of the country named before, the article's own",
     "تتواصل الاحتجاجات في الجزائر منذ أسابيع. وفرقت الشرطة الجزائرية بالقوة مسيرة للطلاب في العاصمة اليوم "
     "الثلاثاء، واعتقلت عددا منهم.",
     "2020-05-19",
     {{"Protests", "Peaceful protest", "Protesters (Algeria)", "-", "الجزائر", 0},
      {"Protests", "Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria", "العاصمة", 0}}},
    {"an attack made with mortars (\"هجوم بقذائف الهاون على قاعدة\") is shelling, as sure as its means",
     "قتل جندي تركي وأصيب اثنان آخران في هجوم بقذائف الهاون على قاعدة تركية في ريف حلب الشمالي اليوم.",
     "2019-08-12",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)",
       "Military Forces of Turkey", "حلب", 1}}},
    {"a figure of some of the victims (\"بينهم 5 أطفال\") is part of the toll before it, not the toll",
     "لقي 17 مدنيا، بينهم 5 أطفال، حتفهم في غارة جوية على حي مايو جنوبي الخرطوم، اليوم السبت.",
     "2023-06-10",
     {{"Explosions/Remote violence", "Air/drone strike", "", "Civilians (Sudan)", "", 17}}},
    {"victims joined by و to the first one count too (\"مقتل امرأة وطفليها\" is three)",
     "أدى القصف إلى مقتل امرأة وطفليها وإصابة آخرين في قرية معرة حرمة بريف إدلب الجنوبي اليوم.",
     "2019-08-12",
     {{"Explosions/Remote violence", "", "", "Civilians (Syria)", "معرة حرمة", 3}}},
    {"a post Hezbollah attacks in Israel (\"هاجمت المقاومة الإسلامية موقع مسكاف عام\") is the Israeli army's",
     "هاجمت المقاومة الإسلامية، اليوم، موقع مسكاف عام بالصواريخ الموجهة والأسلحة المناسبة.",
     "2023-10-28",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "مسكاف عام", 0}}},
    {"the verb of killing with its killer named and another side's dead counted (\"قتلت قوات المقاومة الوطنية "
     "العشرات من مسلحي الحوثي\") reports a clash, even placed only in a province",
     "قتلت قوات المقاومة الوطنية اليمنية العشرات من مسلحي الحوثي في محافظة الحديدة الثلاثاء.",
     "2018-06-05",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الحديدة", 10}}},
    {"a crowd acting by its verb (\"قطع محتجون الطرق\") reports a protest, even placed only in a province",
     "قطع محتجون الطرق المؤدية إلى ميناء أم قصر في محافظة البصرة اليوم، ومنعوا دخول الشاحنات.",
     "2019-11-05",
     {{"Protests", "Peaceful protest", "Protesters (Iraq)", "-", "البصرة", 0}}},
    {"sitters-in carrying on their sit-in (\"يواصل المعتصمون ... اعتصامهم\") is a protest",
     "يواصل المعتصمون في ساحة الحبوبي وسط الناصرية اعتصامهم لليوم العاشر على التوالي، مطالبين بإسقاط الحكومة.",
     "2019-11-05",
     {{"Protests", "Peaceful protest", "Protesters (Iraq)", "-", "الناصرية", 0}}},
    {"a state named as the place of a protest (\"في جميع أنحاء الولايات المتحدة\") is no force against it",
     "تظاهر آلاف الطلاب اليوم في جامعات نيويورك وفي جميع أنحاء الولايات المتحدة تضامنا مع غزة.",
     "2024-04-25",
     {{"Protests", "Peaceful protest", "Protesters (United States)", "-", "", 0}}},
    {"a bombardment by an attacker named by its guns (\"ردت المدفعية الإسرائيلية بقصف\") is shelling",
     "ردت المدفعية الإسرائيلية بقصف أطراف بلدة مارون الراس جنوبي لبنان، صباح اليوم الأحد.",
     "2019-09-01",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel", "-", "مارون الراس",
       0}}},
    {"one victim and a figure joined to it by و are counted together (\"مقتل ضابط و10 جنود\" is eleven)",
     "قتل ضابط و10 جنود في هجوم شنه مسلحون على نقطة عسكرية في العريش، السبت.",
     "2022-05-08",
     {{"Battles", "Armed clash", "", "Military Forces of Egypt", "العريش", 11}}},
    {"destruction that killed (\"أحرقوا منازل، ما أدى إلى استشهاد شاب\") is an attack, not property destruction",
     "هاجم عشرات المستوطنين، مساء الأربعاء، بلدة ترمسعيا شمال رام الله، وأحرقوا منازل ومركبات، ما أدى إلى استشهاد "
     "شاب برصاص المستوطنين وإصابة 12 آخرين.",
     "2023-06-22",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)", "ترمسعيا", 1}}},
    {"soldiers named by their Sahel nationality (\"جنديا ماليا\", \"جنديا نيجريا\") are that state's forces",
     "قتل 17 جنديا نيجريا في كمين نصبه مسلحون قرب بلدة كوتوغو غربي النيجر، الثلاثاء.",
     "2022-08-09",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Niger)", "Military Forces of Niger", "", 17}}},
    {"a town is its province only when they share the name (\"الناصرية\" is not \"محافظة ذي قار\", which the "
     "gazetteer also calls so)",
     "اقتحم متظاهرون مبنى محافظة ذي قار في الناصرية وأضرموا النار في أجزاء منه.",
     "2020-01-26",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "-", "الناصرية", 0}}},
    {"ground taken by a named side, of a town named after \"على\" (\"سيطر تنظيم داعش على مدينة الموصل\"), is a capture",
     "سيطر مسلحو تنظيم داعش على مدينة الموصل بالكامل، اليوم الثلاثاء، بعد انسحاب قوات الجيش والشرطة منها.",
     "2014-06-10",
     {{"Battles", "Non-state actor overtakes territory", "Islamic State", "", "الموصل", 0}}},
    {"a capture told as background (\"تنظيم داعش الذي سيطر على الموصل\") is not reported again",
     "ووضع الحشد هدفا معلنا هو حماية بغداد من تنظيم داعش الذي سيطر على الموصل عام 2014.",
     "2018-09-11",
     {}},
    {"the leader of a coalition (\"التحالف بقيادة السعودية\") describes it and is no second side; bare \"صنعاء\" is "
     "the capital, not its governorate",
     "بدأت مقاتلات التحالف بقيادة السعودية فجر الخميس غارات جوية على مواقع للحوثيين في العاصمة اليمنية صنعاء، ما "
     "أسفر عن مقتل 18 مدنيا بحسب مصادر طبية.",
     "2015-03-26",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "صنعاء", 18}}},
    {"gunmen opening fire with their subject inside the phrase (\"فتح مسلحون النار على حافلة\") attack; who claims it "
     "(\"وتبنى تنظيم الدولة الإسلامية الهجوم\") carried it out",
     "قتل 28 شخصا على الأقل وأصيب 25 آخرون، الجمعة، عندما فتح مسلحون النار على حافلة تقل أقباطا في محافظة المنيا "
     "بصعيد مصر، وتبنى تنظيم الدولة الإسلامية الهجوم.",
     "2017-05-26",
     {{"Violence against civilians", "Attack", "Islamic State", "Civilians (Egypt)", "المنيا", 28}}},
    {"two sit-ins dispersed (\"فضت قوات الأمن اعتصامي رابعة والنهضة\") with a toll are excessive force",
     "فضت قوات الأمن المصرية اعتصامي رابعة العدوية والنهضة في القاهرة بالقوة، اليوم الأربعاء، وأعلنت وزارة الصحة "
     "مقتل 149 شخصا.",
     "2013-08-14",
     {{"Protests", "Excessive force against protesters", "Protesters (Egypt)", "Police Forces of Egypt", "القاهرة",
       149}}},
    {"a recollection without a day of its own (\"يذكر أن قوات الأمن فضت اعتصام ...\") is background",
     "يذكر أن قوات الأمن فضت اعتصام أنصار مرسي في القاهرة ما أسفر عن مقتل أكثر من 600 شخص.",
     "2018-09-09",
     {}},
    {"a recollection with its own day (\"يُذكر أنّ مدنيَّين أصيبا ... أمس الخميس\") is reported",
     "يُذكر أنّ مدنيَّين سوريين أُصيبا من جرّاء عدوان جوي إسرائيلي أمس الخميس استهدف ريف القنيطرة.",
     "2024-03-29",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Syria)", "", 0}}},
    {"of sides joined as the subject (\"شنت الولايات المتحدة وبريطانيا وفرنسا\") the first is actor1, none actor2",
     "وشنت الولايات المتحدة وبريطانيا وفرنسا 105 ضربات على مواقع في دمشق فجر السبت.",
     "2018-04-14",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", "-", "دمشق", 0}}},
    {"a victim with its nationality, then a figure joined by و (\"قتل جندي إسرائيلي وسبعة فلسطينيين\"), is eight",
     "قتل جندي إسرائيلي وسبعة فلسطينيين خلال اشتباك مسلح إثر تسلل قوة إسرائيلية خاصة إلى شرقي خان يونس مساء الأحد.",
     "2018-11-12",
     {{"Battles", "Armed clash", "", "Military Forces of Israel", "خان يونس", 8}}},
    {"arrests made at a protest (\"اعتقلت الشرطة عشرات الطلاب خلال مسيرة\") are a protest with intervention",
     "اعتقلت الشرطة الجزائرية عشرات الطلاب خلال مسيرة في وسط العاصمة الجزائر للمطالبة برحيل رموز النظام.",
     "2019-05-01",
     {{"Protests", "Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria", "الجزائر", 0}}},
    {"an arrest for what was done at a protest long ago (\"على خلفية اتهامات ... خلال احتجاجات\") stays an arrest",
     "اعتقلت السلطات الإيرانية الأحد المدعي العام السابق في طهران على خلفية اتهامات بتعذيب معتقلين خلال احتجاجات 2009.",
     "2018-07-22",
     {{"Strategic developments", "Arrests", "", "", "طهران", 0}}},
    {"the town a campaign is named after (\"معركة تحرير مدينة الحديدة\") is not where another act of the sentence was",
     "ودخلت معركة تحرير مدينة الحديدة مرحلة جديدة، بعد أن تمكنت قوات المقاومة اليمنية من تحرير معظم مناطق مديرية "
     "التحيتا، أمس الأحد.",
     "2018-05-28",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "", "التحيتا", 0}}},
    {"a town named as the container of the place before it (\"مخيم عقبة جبر في أريحا\") is the coarser place",
     "أصيب عدد من الفلسطينيين بالرصاص الحي خلال اقتحام قوة كبيرة من جيش الاحتلال، فجر اليوم الخميس، مخيم عقبة جبر "
     "في أريحا وسط اندلاع اشتباكات مسلحة.",
     "2023-05-25",
     {{"Battles", "Armed clash", "Military Forces of Israel", "", "مخيم عقبة جبر", 0}}},
    {"a town holding the neighbourhood before it (\"حي الصبرة بمدينة غزة\") is not a second town of the list",
     "وارتقى عدد من الشهداء إثر قصف طائرات الاحتلال منزلا في حي الصبرة بمدينة غزة، اليوم.",
     "2023-11-20",
     {{"Explosions/Remote violence", "Air/drone strike", "", "", "حي الصبرة", std::nullopt}}},
    {"the dead counted, then their killer after \"على يد\" (\"قتل ثلاثة مدنيين على يد مسلحين\"), is an attack",
     "قتل ثلاثة مدنيين على يد مسلحين مجهولين في بلدة الصنمين بريف درعا، أمس الجمعة.",
     "2021-06-12",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "الصنمين", 3}}},
    {"soldiers killed \"على أيدي\" gunmen is a clash between the two sides",
     "مقتل جنديين من قوات النظام على أيدي مسلحين في بلدة الصنمين بريف درعا أمس الجمعة.",
     "2021-06-12",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria", "الصنمين", 2}}},
    {"\"على يد\" without dead just before it (\"تخرج على يد\") is no act",
     "تخرج مئات الطلاب على يد أساتذة الجامعة في مدينة حلب أمس الجمعة.",
     "2021-06-12",
     {}},
    {"a police force that tells of a bombing in a clause \"إن ...\" (\"قالت الشرطة إن أسرة ... نفذت\") did not set it off",
     "قالت الشرطة الإندونيسية إن أسرة من ستة أفراد نفذت تفجيرات الكنائس في مدينة سورابايا صباح الأحد، ما أسفر عن "
     "مقتل 13 شخصا.",
     "2019-08-05",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Indonesia)",
       "Civilians (Indonesia)", "سورابايا", 13}}},
    {"a force named only as the source (\"وفق مصادر الشرطة\") is not the unnamed bomber",
     "أدى انفجار سيارة مفخخة في مدينة لشكر كاه الجمعة إلى مقتل 12 شخصا، وفق مصادر الشرطة الأفغانية.",
     "2018-03-23",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)",
       "Civilians (Afghanistan)", "لشكر كاه", 12}}},
    {"a group that tells of what its own fighters did (\"أن مقاتليها فجروا\") did it",
     "أعلنت سرايا القدس أن مقاتليها فجروا عبوة ناسفة بدورية إسرائيلية في مخيم جنين، اليوم الخميس.",
     "2023-11-02",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Palestinian Islamic Jihad",
       "Military Forces of Israel", "مخيم جنين", 0}}},
    {"police that tell of arrests (\"ذكرت الشرطة أن 12 شخصا ... تم إلقاء القبض عليهم\") made them",
     "ذكرت الشرطة التركية أن 12 شخصا تم إلقاء القبض عليهم في مدينة إسطنبول، التي شهدت هجمات تبناها تنظيم داعش.",
     "2018-07-05",
     {{"Strategic developments", "Arrests", "Police Forces of Turkey", "", "إسطنبول", 0}}},
    {"a sentence that counts dead and tells of arrests reports the killing (ACLED codes no dead in an arrest)",
     "استشهد شاب فلسطيني برصاص قوات الاحتلال خلال اقتحام مخيم عقبة جبر في أريحا فجر اليوم، واعتقال ثلاثة شبان.",
     "2023-04-24",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "مخيم عقبة جبر", 1}}},
    {"a nationality joined by و to the striker's (\"طائرات حربية سورية وروسية\") is a second striker, not the side hit",
     "قصفت طائرات حربية سورية وروسية بلدة اليادودة في ريف درعا الغربي، مساء الأحد، ما أسفر عن مقتل ثلاثة مدنيين.",
     "2018-07-02",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", "اليادودة", 3}}},
    {"protesters killed with no force named (\"قتل تسعة فلسطينيين بالرصاص خلال احتجاجات\") is excessive force, not a peaceful protest",
     "قتل تسعة فلسطينيين بالرصاص خلال احتجاجات قرب السياج الحدودي شرق مدينة خان يونس، يوم الجمعة.",
     "2018-04-07",
     {{"Protests", "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "خان يونس", 9}}},
    {"... and so a protest that led to deaths (\"أسفرت الاحتجاجات ... عن مقتل 23 شخصا\")",
     "أسفرت الاحتجاجات في العاصمة الكينية نيروبي عن مقتل 23 شخصا أمس الثلاثاء، بحسب منظمات حقوقية.",
     "2024-06-26",
     {{"Protests", "Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya", "نيروبي", 23}}},
    {"... against the state force the article names (\"قوات الأمن العراقية\" in another sentence)",
     "انتشرت قوات الأمن العراقية بكثافة في مدينة البصرة، أمس الجمعة. وقتل ثلاثة متظاهرين خلال احتجاجات في مدينة "
     "البصرة، أمس الجمعة.",
     "2018-07-14",
     {{"Protests", "Excessive force against protesters", "Protesters (Iraq)", "Military Forces of Iraq", "البصرة", 3}}},
    {"the nationality of the aircraft that struck (\"استهدفت طائرات حربية روسية\") names the striker, not the side hit",
     "استهدفت طائرات حربية روسية، فجر اليوم الثلاثاء، مدينة معرة النعمان بعدة غارات جوية، ما أدى إلى مقتل ثلاثة "
     "مدنيين بينهم طفل.",
     "2019-03-12",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)", "معرة النعمان",
       3}}},
    {"... and so after \"حربية\" (\"غارة حربية إسرائيلية استهدفت بلدة\")",
     "وقال مراسلنا إن غارة حربية إسرائيلية استهدفت بلدة ميس الجبل جنوبي لبنان، مساء اليوم الجمعة.",
     "2024-06-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "-", "ميس الجبل", 0}}},
    {"a group's statement that its fighters targeted a force (\"أن مقاتليها استهدفوا\", a verb in the plural) is its attack",
     "أكدت سرايا القدس أن مقاتليها استهدفوا تجمعا لجنود الاحتلال في محيط مخيم جباليا بقذائف الهاون.",
     "2024-01-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad",
       "Military Forces of Israel", "مخيم جباليا", 0}}},
    {"a verb in the plural with no subject before it (\"كما استهدفوا تجمعا لجنود الاحتلال\") goes on with the side that "
     "acted before; the side after it is its object",
     "وأكدت كتائب القسام في بيان اليوم أنها دمرت دبابة إسرائيلية في حي الزيتون. كما استهدفوا تجمعا لجنود الاحتلال في "
     "حي الزيتون بمدينة غزة بقذائف الهاون.",
     "2024-02-26",
     {{"Battles", "Armed clash", "Hamas", "Military Forces of Israel", "حي الزيتون", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hamas", "Military Forces of Israel", "حي الزيتون",
       0}}},
    {"a hamlet abroad named beside the article's places (\"موقع السماقة في تلال كفرشوبا\", السماقة only in Iraq) is no "
     "place, and the army of \"بقذائف المدفعية\" is no side",
     "وقالت المقاومة الإسلامية إن مجاهديها استهدفوا موقع السماقة في تلال كفرشوبا اللبنانية المحتلة بقذائف المدفعية، اليوم "
     "الأحد.",
     "2024-03-24",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "-", "كفرشوبا", 0}}},
    {"a side's fighters between the verb and the side (\"استهدف مجاهدو حزب الله موقع المالكية\") make it the subject",
     "كذلك، استهدف مجاهدو حزب الله موقع المالكية بقذائف المدفعية، وأصابوه إصابةً مباشرة، اليوم السبت.",
     "2024-08-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "المالكية", 0}}},
    {"Kabul spelled كابول is the city, not its province",
     "قتل 14 شخصا بينهم مدنيون وعسكريون في هجوم انتحاري قرب مطار كابول، اليوم الأحد، بعد قليل من هبوط طائرة النائب الأول "
     "للرئيس الأفغاني.",
     "2018-07-22",
     {{"Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
       "كابول", 14}}},
    {"a call for an act is no act (\"رفضت طالبان دعوة الرئيس إلى تمديد وقف إطلاق النار\")",
     "والأحد، رفضت طالبان دعوة الرئيس الأفغاني أشرف غني إلى تمديد وقف إطلاق النار غير المسبوق بينها وبين القوات "
     "الأفغانية في العاصمة كابول.",
     "2018-06-20",
     {}},
    {"a natural disaster (\"أطلق البركان الرماد والغازات السامة\") is no event of violence",
     "وأطلق البركان الرماد والغازات السامة على القرى المجاورة في غواتيمالا، ما أدى إلى مقتل 12 شخصا.",
     "2018-06-07",
     {}},
    {"a verb behind the future prefix (\"ستقصف\") is an act to come",
     "وقال الجيش إن طائراته ستقصف مواقع في مدينة غزة الليلة.",
     "2024-01-10",
     {}},
    {"... and a storm's name that reads like one (\"الإعصار ساغار\", س + أغار) is none",
     "والأسبوع الماضي لقي 25 شخصا على الأقل مصرعهم في فيضانات نجمت عن الإعصار ساغار الذي ضرب جيبوتي، كما قضى 21 "
     "شخصا جراء الفيضانات في الصومال.",
     "2018-05-28",
     {}},
    {"a guess (\"ربما يكون خطف\") is no report of the act",
     "وقالت خطيبته إن الصحفي ربما يكون خطف داخل القنصلية في مدينة إسطنبول، الثلاثاء.",
     "2018-10-10",
     {}},
    {"the body of a source with its command between (\"أكد مصدر في قيادة شرطة دمشق\") tells of the bombing",
     "أكد مصدر في قيادة شرطة دمشق استشهاد شخص من جراء انفجار عبوة ناسفة بسيارته، في حي الحوش بمنطقة المزة، اليوم السبت.",
     "2024-05-25",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Civilians (Syria)",
       "الحوش", 1}}},
    {"a side that claims the act before it is told (\"وأعلنت حركة الشباب مسؤوليتها عن التفجير\") did it",
     "وأعلنت حركة الشباب مسؤوليتها عن التفجير الانتحاري الذي استهدف مطعما في مدينة مقديشو، اليوم السبت.",
     "2018-02-24",
     {{"Explosions/Remote violence", "Suicide bomb", "Al Shabaab", "", "مقديشو", 0}}},
    {"a scheduled act (\"ومن المقرر أن تخرج احتجاجات أكبر السبت\") is none; one told before the words was held",
     "تظاهر نحو ألف شخص في مدينة هامبورغ الألمانية أمس الجمعة، ومن المقرر أن تخرج احتجاجات أكبر في مدينة برلين يوم "
     "السبت.",
     "2018-03-24",
     {{"Protests", "Peaceful protest", "Protesters (Germany)", "-", "هامبورغ", 0}}},
    {"control taken of a person (\"الشرطة التي سيطرت على المعتدي\") is no ground taken",
     "وأشاد وزير الداخلية باستجابة الشرطة التي سيطرت على المعتدي وسط باريس، مساء السبت.",
     "2018-05-12",
     {}},
    {"a side that backs the act after \"وإسناد من\" (\"وإسناد من طيران التحالف\") is no side of it",
     "وسيطرت قوات الجيش الوطني، بعد معارك مع مسلحي الحوثي وإسناد من طيران التحالف، على مواقع جديدة في مديرية حيس جنوب "
     "الحديدة، أمس الجمعة.",
     "2018-06-09",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 0}}},
    {"a base taken (\"سيطرت قوات الدعم السريع على مقر الفرقة 21 مشاة في زالنجي\") is ground taken in the town after it",
     "وسيطرت قوات الدعم السريع على مقر الفرقة 21 مشاة في زالنجي، اليوم السبت.",
     "2023-06-10",
     {{"Battles", "Non-state actor overtakes territory", "RSF: Rapid Support Forces", "", "زالنجي", 0}}},
    {"a nationality counted by a number (\"أعدم تنظيم داعش 21 مصريا\") is people of that country, not its forces",
     "أعدم تنظيم داعش 21 مصريا في مدينة سرت الليبية.",
     "2015-02-16",
     {{"Violence against civilians", "Attack", "Islamic State", "", "سرت", 21}}},
    {"worshippers counted dead (\"قتل أكثر من 300 مصل\") are civilians",
     "قتل أكثر من 300 مصل في هجوم مسلح على مسجد الروضة في بئر العبد بشمال سيناء.",
     "2017-11-24",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)", "", 300}}},
    {"the nationality of the weapons that struck (\"استهدفت صواريخ إسرائيلية\", \"قذائف تركية\") names the side that fired",
     "استهدفت صواريخ إسرائيلية، فجر اليوم الخميس، قاعدة عسكرية في منطقة الكسوة جنوب دمشق. وفي ريف حلب، استهدفت "
     "قذائف تركية قرية مرعناز شمال حلب.",
     "2018-05-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel", "-", "الكسوة", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Turkey", "-", "مرعناز", 0}}},
    {"the side that backs (\"بإسناد جوي من مقاتلات التحالف\", \"بمساندة روسيا\", \"بدعم التحالف\", \"مسنودة من\") is no party",
     "وسيطرت القوات الحكومية بإسناد جوي من مقاتلات التحالف على مواقع في مديرية حيس بعد معارك مع ميليشيات الحوثي. "
     "وقتل 16 عنصرا من ميليشيات الحوثي في مواجهات مع قوات المقاومة المشتركة، بدعم التحالف العربي، في مديرية زبيد. "
     "وتقترب قوات الجيش اليمني، مسنودة من التحالف، من مدينة صعدة بعد اشتباكات عنيفة مع الحوثيين في مديرية الظاهر. "
     "وفي سوريا قتل 14 مدنيا في هجمات لقوات النظام بمساندة روسيا على بلدة حمورية في الغوطة الشرقية. "
     // (Without ب the noun is followed by whom the forces back: "قوات دعم الشرعية" are a party.)
     "وأفادت مصادر عسكرية بمقتل 12 عنصرا من مليشيات الحوثي في مديرية الملاجم في مواجهات مع قوات دعم الشرعية.",
     "2018-06-29",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 0},
      {"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "زبيد", 16},
      {"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الظاهر", 0},
      {"Violence against civilians", "Attack", "Military Forces of Syria", "Civilians (Syria)", "حمورية", 14},
      {"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الملاجم", 12}}},
    {"ground a side only tried to take (\"حاول ... السيطرة\", \"تحاول القوات استعادة\", \"فشل هجوم ... في السيطرة\") is a clash",
     "وحاول مسلحو الحوثي، السبت، السيطرة على تبة في مديرية نهم بعد معارك مع قوات الجيش. وفي سوريا فشل هجوم لتنظيم "
     "داعش، السبت، في السيطرة على قرية الباغوز بعد اشتباكات مع قسد. وفي منطقة الجاح تحاول القوات الحكومية "
     "استعادة مواقع سيطر عليها الحوثيون يوم السبت.",
     "2019-03-24",
     {{"Battles", "Armed clash", "Houthis (Ansar Allah)", "Military Forces of Yemen", "نهم", 0},
      {"Battles", "Armed clash", "Islamic State", "SDF: Syrian Democratic Forces", "الباغوز", 0},
      {"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الجاح", 0}}},
    {"\"القاعدة\" alone is a base in an article of bases that names Al Qaeda nowhere else, the base named before with its side",
     "أكدت مصادر تعرّض القاعدة الأميركية في حقل العمر النفطي لقصف صاروخي، اليوم الأحد. وكشفت المصادر أنّ القاعدة "
     "استُهدفت بـ6 صواريخ أُطلقت من البادية.",
     "2023-10-29",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)",
       "Military Forces of the United States", "حقل العمر النفطي", 0}}},
    {"... and a base qualified as one (\"القاعدة الجوية\") is no Al Qaeda",
     "واستهدفت غارات إسرائيلية، فجر الإثنين، القاعدة الجوية في مطار التيفور بريف حمص.",
     "2018-04-09",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "-", "مطار التيفور", 0}}},
    {"... while \"مسلحو القاعدة\" names Al Qaeda, and then \"القاعدة\" alone too",
     "هاجم مسلحو القاعدة، الإثنين، نقطة للجيش في مديرية المحفد بمحافظة أبين، ما أدى إلى مقتل 3 جنود، وقالت مصادر "
     "إن القاعدة تبنت الهجوم الذي استهدف القاعدة العسكرية في المحفد.",
     "2018-04-09",
     {{"Battles", "Armed clash", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen", "المحفد", 3}}},
    {"the one dead named with their side (\"قائد عسكري\", \"ضابط في الجيش اليمني\") is the side hit, not the attacker",
     "وقتل قائد عسكري وعدد من مرافقيه، الأربعاء، بتفجير غامض استهدف موكبه قرب مدينة مأرب.",
     "2018-07-18",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Yemen)",
       "Military Forces of Yemen", "مأرب", 4}}},
    {"... and so \"ضابط في الجيش اليمني\": both words of the side are the victims'",
     "وقتل ضابط في الجيش اليمني، الأربعاء، بتفجير استهدف موكبه قرب مدينة مأرب.",
     "2018-07-18",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Yemen)",
       "Military Forces of Yemen", "مأرب", 1}}},
    {"\"الشرطة المحلية\" is the country's police, Iraq's only in Iraq",
     "قتل عشرة أشخاص، الأحد، في تفجير استهدف كنيسة في مدينة سورابايا الإندونيسية، بحسب رئيس دائرة الشرطة المحلية.",
     "2018-05-13",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Indonesia)",
       "Civilians (Indonesia)", "سورابايا", 10}}},
    {"the nationality after an aircraft that acts (\"إن الطائرات السورية نفذت\") names the striker; officials \"من المعارضة\" tell",
     "وقال مسؤولان من المعارضة لرويترز، الثلاثاء، إن الطائرات السورية نفذت ثماني ضربات جوية على بلدة بصرى في "
     "محافظة درعا.",
     "2018-03-13",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "-", "بصرى", 0}}},
    {"... but the nationality of aircraft brought down (\"أسقطت ... 3 طائرات مسيرة أوكرانية\") is the side hit",
     "أسقطت الدفاعات الجوية الروسية، فجر الخميس، 3 طائرات مسيرة أوكرانية فوق مقاطعة بريانسك.",
     "2023-08-24",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Russia", "Military Forces of Ukraine",
       "بريانسك", 0}}},
    {"the act a response answers (\"، ردا على العدوان الإسرائيلي\") is not the sentence's act; an Israeli town struck from Iraq",
     "وأعلنت المقاومة الإسلامية في العراق، فجر الأربعاء، استهداف ميناء أسدود بالطيران المسير، ردا على العدوان "
     "الإسرائيلي على غزة.",
     "2024-01-24",
     {{"Explosions/Remote violence", "Air/drone strike", "Islamic Resistance in Iraq", "Military Forces of Israel", "أسدود",
       0}}},
    {"... rockets fired \"رداً على العدوان\" are the rocket fire, and Israeli warplanes in Gaza are Israel's",
     "وأطلقت حركة الجهاد الإسلامي، الخميس، صاروخين من قطاع غزة في اتجاه مدينة عسقلان المحتلة، رداً على العدوان "
     "الإسرائيلي على مخيم جنين. وقصفت طائرات حربية إسرائيلية، الخميس، موقعين لحركة حماس في مدينة خان يونس، ردا على "
     "إطلاق الصواريخ.",
     "2023-01-26",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad",
       "Military Forces of Israel", "عسقلان", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Hamas", "خان يونس", 0}}},
    {"\"فجر انتحاري نفسه\", \"فجر انتحاري حزاما ناسفا\", \"فجرت انتحارية نفسها\": a suicide bombing, whoever claims it",
     "فجر انتحاري نفسه، السبت، في مطعم بالعاصمة الصومالية مقديشو، ما أدى إلى مقتل 8 أشخاص. وفي نيجيريا فجرت "
     "انتحارية نفسها، السبت، وسط سوق في مدينة مايدوغوري، ما أسفر عن مقتل 12 شخصا.",
     "2022-08-20",
     {{"Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", "مقديشو", 8},
      {"Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
       "مايدوغوري", 12}}},
    {"one unit of a named side struck on a day of its own (\"على رتل للقوات الأمريكية\") is an incident in its province",
     "انفجرت عبوة ناسفة، الثلاثاء، على رتل للقوات الأمريكية على الطريق السريع في محافظة الديوانية جنوبي العراق.",
     "2021-06-01",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
       "Military Forces of the United States", "الديوانية", 0}}},
    {"people killed in clashes \"بين ميليشيات متناحرة\" died in a clash of unnamed armed groups, not an attack on civilians",
     "قتل ثلاثة أشخاص في اشتباكات مسلحة بين ميليشيات متناحرة في العاصمة الليبية طرابلس، مساء الاثنين.",
     "2022-08-29",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Libya)", "", "طرابلس", 3}}},
    {"a nationality right after the act's noun (\"واستهدفت الغارات الإسرائيلية\") names the striker; an act only answered is none",
     "واستهدفت الغارات الإسرائيلية، مساء السبت، ثلاث قواعد لحماس شرق مدينة خان يونس. وأكدت المقاومة الإسلامية في "
     "العراق، السبت، استمرارها في عملياتها، رداً على المجازر الإسرائيلية بحق المدنيين في غزة.",
     "2018-02-17",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Hamas", "خان يونس", 0}}},
    {"protesters attacked by unidentified gunmen (\"برصاص مسلحين مجهولين هاجموا ساحة الخلاني\") are attacked, not fighting",
     "قتل 25 متظاهرا، الجمعة، برصاص مسلحين مجهولين هاجموا ساحة الخلاني وسط بغداد.",
     "2019-12-06",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", "Protesters (Iraq)", "بغداد", 25}}},
    {"the bare crowd \"الآلاف\" is protesters only where a protest is told (\"بهرب الآلاف من سكانها\" fled)",
     "وقصفت قوات الدعم السريع، الثلاثاء، أحياء في مدينة أم درمان، ما تسبب بهرب الآلاف من سكانها. ونظم الآلاف، "
     "الثلاثاء، تظاهرات في مدينة بورتسودان ضد الحرب.",
     "2023-04-25",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "RSF: Rapid Support Forces", "-", "أم درمان", 0},
      {"Protests", "Peaceful protest", "Protesters (Sudan)", "-", "بورتسودان", 0}}},
    {"a crowd the protesters' words name without a protest (\"حشود الاحتلال\", troops massed) is no protesters",
     "واستهدفت كتائب القسام، السبت، حشود الاحتلال شرقي مدينة خان يونس بقذائف الهاون.",
     "2024-08-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hamas", "Military Forces of Israel", "خان يونس",
       0}}},
    {"dead counted in an attack its author claims (\"وتبنى تنظيم الدولة الإسلامية الهجمات\") are a report, however weak the act's word",
     "قتل 129 شخصا على الأقل في سلسلة هجمات متزامنة استهدفت العاصمة الفرنسية باريس، وتبنى تنظيم الدولة الإسلامية "
     "الهجمات.",
     "2015-11-14",
     {{"Violence against civilians", "Attack", "Islamic State", "Civilians (France)", "باريس", 129}}},
    {"the nationality of a civilian place attacked (\"مقر البرلمان الإيراني\") names the country's civilians, not its army",
     "هاجم مسلحون مقر البرلمان الإيراني في طهران، الأربعاء، ما أدى إلى مقتل 12 شخصا، وتبنى تنظيم داعش الهجوم.",
     "2017-06-07",
     {{"Violence against civilians", "Attack", "Islamic State", "Civilians (Iran)", "طهران", 12}}},
    {"the dead counted before a trigger written with its ب (\"بنيران\", \"برصاص\") died in that act, at a district as at a town",
     "قتل ثلاثة مدنيين بنيران الحوثيين في مديرية حرض بمحافظة حجة.",
     "2019-05-10",
     {{"Violence against civilians", "Attack", "Houthis (Ansar Allah)", "Civilians (Yemen)", "حرض", 3}}},
    {"(the same with \"برصاص\", the place a district)",
     "وقتل فتى فلسطيني برصاص الجيش الإسرائيلي في محافظة الخليل.",
     "2018-07-23",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "الخليل", 1}}},
    {"\"ارتقى شهيد\" and \"ارتقاء شهيد\" are one dead (\"ارتقى شهيدان\" two), not an unnumbered plural",
     "وارتقى شهيد بنيران قوات الاحتلال الإسرائيلي في منطقة الشاكوش شمالي غربي رفح. وأسفرت غارة إسرائيلية على "
     "مخيم النصيرات عن ارتقاء شهيد. وارتقى شهيدان في قصف مدفعي إسرائيلي على حي الزيتون في مدينة غزة.",
     "2024-07-25",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "رفح", 1},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "مخيم النصيرات", 1},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Israel", "", "حي الزيتون", 2}}},
    {"a place said to be in a country (\"في ولاية ماين شمالي الولايات المتحدة\") is in it, not at a homonym on another continent (Mayenne, France)",
     "قتل 22 شخصا برصاص مسلح أطلق النار في مدينة لويستون في ولاية ماين شمالي الولايات المتحدة.",
     "2023-10-26",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", "ماين", 22}}},
    {"the verb of killing, its armed killer and then the civilians it killed, unnumbered (\"قتل الجيش الإسرائيلي مدنيين\"): the army is the killer",
     "قتل الجيش الإسرائيلي مدنيين في غارة على رفح.",
     "2018-09-28",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "رفح", 3}}},
    {"(the same with the feminine verb)",
     "قتلت قوات الاحتلال مدنيين في غارة على رفح.",
     "2018-09-28",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "رفح", 3}}},
    {"a trigger of gunmen opening fire with a subject of two words (\"أطلق مسلحون مجهولون النار\")",
     "أطلق مسلحون مجهولون النار على دورية للشرطة في مدينة العريش، ما أسفر عن مقتل شرطيين.",
     "2021-04-12",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt", "العريش", 2}}},
    {"\"القضاء على 10 عناصر\" of an official statement counts dead (longer than the trial word \"القضاء\")",
     "أعلن المتحدث العسكري للقوات المسلحة المصرية اليوم القضاء على 10 عناصر تكفيرية خلال تبادل لإطلاق النار في وسط سيناء.",
     "2018-03-01",
     {{"Battles", "Armed clash", "Military Forces of Egypt", "Islamic State", "وسط سيناء", 10}}},
    {"\"القضاء على الإرهاب\" eliminates no one: no dead",
     "وأكد الوزير خلال اشتباكات اليوم مع المسلحين في وسط سيناء أن الجيش ماض في القضاء على الإرهاب.",
     "2018-03-01",
     {{"Battles", "Armed clash", "Military Forces of Egypt", "", "وسط سيناء", 0}}},
    {"the object a side targets, past the side's name, its day and its means (\"استهدفت فصائل المعارضة اليوم بالمدفعية الثقيلة تجمعات\")",
     "استهدفت فصائل المعارضة اليوم بالمدفعية الثقيلة تجمعات القوات الحكومية في مدينة السقيلبية بريف حماة.",
     "2018-09-03",
     {{"", "", "Opposition Rebels (Syria)", "Military Forces of Syria", "السقيلبية", 0}}},
    {"\"سقوط قذيفة\" is the fall of a shell, not of a town: a shelling, with who fired it",
     "أدى سقوط قذيفة صاروخية أطلقتها المعارضة الثلاثاء على سوق شعبية في ضواحي دمشق إلى مقتل 35 شخصا غالبيتهم مدنيون.",
     "2018-03-20",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Civilians (Syria)",
       "دمشق", 35}}},
    {"who announces the fall of shells (\"أعلن الجيش العراقي سقوط 3 قذائف\") did not fire them",
     "أعلن الجيش العراقي سقوط 3 قذائف هاون اليوم على أرض خالية داخل المنطقة الخضراء ببغداد دون وقوع خسائر بشرية.",
     "2018-09-06",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", "-", "", 0}}},
    {"Turkish wording of the YPG (\"تنظيم ي ب ك/بي كا كا\") names the YPG",
     "قصف تنظيم ي ب ك/بي كا كا الإرهابي اليوم بقذائف الهاون قضاء جيلان بينار، ما أسفر عن مقتل مدنيين اثنين.",
     "2019-10-11",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "YPG: People's Protection Units", "", "", 2}}},
    {"a crowd going out in marches (\"خرج آلاف الجزائريين في مسيرات\") protests: \"مسيرات\" are no drones then",
     "خرج آلاف الجزائريين اليوم في مسيرات بالعاصمة الجزائر للجمعة العاشرة على التوالي رفضا لترشح بوتفليقة.",
     "2019-04-26",
     {{"Protests", "Peaceful protest", "Protesters (Algeria)", "-", "الجزائر", 0}}},
    {"the place a protest or an attack stands with (\"تضامنا مع غزة\", \"بحق المسجد الأقصى\", \"نصرة لغزة\") is its cause, not its scene",
     "تظاهر عشرات الشبان الفلسطينيين اليوم عند السياج الفاصل شرقي قطاع غزة، رفضاً للانتهاكات بحق المسجد الأقصى، ونصرة للأسرى.",
     "2023-09-20",
     {{"Protests", "Peaceful protest", "Protesters (Palestine)", "-", "قطاع غزة", 0}}},
    {"(and the cause named as the only place leaves the scene to the place named elsewhere)",
     "استهدفت المقاومة الإسلامية في لبنان اليوم موقع المالكية الإسرائيلي بالأسلحة الصاروخية نصرة لغزة.",
     "2024-02-24",
     {{"Explosions/Remote violence", "", "Hezbollah", "", "المالكية", 0}}},
    {"Al-Aqsa Mosque is a place (Jerusalem's Old City)",
     "أصيب أكثر من 300 فلسطيني في مواجهات مع قوات الاحتلال الإسرائيلي في المسجد الأقصى اليوم.",
     "2021-05-10",
     {{"", "", "", "Military Forces of Israel", "المسجد الأقصى", 0}}},
    {"people taken, counted, in a province (\"اختطف مسلحون ثلاثة عمال أتراك في ولاية الخرطوم\") are a report",
     "اختطف مسلحون مجهولون اليوم ثلاثة عمال أتراك في ولاية الخرطوم.",
     "2019-07-22",
     {{"Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)",
       "الخرطوم", 0}}},
    {"the side ground is taken from (\"تحرير الموصل من قبضة تنظيم داعش\") lost it; the government that regains it unnamed is its army",
     "أعلن رئيس الوزراء العراقي حيدر العبادي اليوم تحرير مدينة الموصل بالكامل من قبضة تنظيم داعش.",
     "2017-07-10",
     {{"Battles", "Government regains territory", "Military Forces of Iraq", "Islamic State", "الموصل", 0}}},
    {"protesters the state's forces kill (\"قتل 20 متظاهرا برصاص قوات الأمن السورية\") face excessive force, protesters first",
     "قتل 20 متظاهرا اليوم برصاص قوات الأمن السورية في مدينة درعا.",
     "2011-03-23",
     {{"Protests", "Excessive force against protesters", "Protesters (Syria)", "Military Forces of Syria", "درعا", 20}}},
    {"the nationality of a town named with its type word (\"في مدينة طابا المصرية\") names its country, not a side",
     "أفادت مصادر مطلعة اليوم بسقوط صاروخ في مدينة طابا المصرية، وقال الجيش الإسرائيلي إنه يتحقق من الأمر.",
     "2023-10-27",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "", "-", "طابا", 0}}},
    {"projectiles fall (\"سقوط مقذوفات عسكرية\") in a shelling, not a town's fall",
     "استشهد جندي سعودي وأصيب اثنان آخران جراء سقوط مقذوفات عسكرية أطلقتها الميليشيات الحوثية على مدينة نجران.",
     "2015-05-22",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)",
       "Military Forces of Saudi Arabia", "نجران", 1}}},
    {"(\"مقذوف عسكري\" is the weapon, not a soldier; a resident, \"مقيم\", is a civilian)",
     "سقط مقذوف عسكري على محافظة صامطة مساء أمس مما أسفر عن إصابة مقيم يمني.",
     "2015-05-22",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Saudi Arabia)",
       "Civilians (Saudi Arabia)", "صامطة", 0}}},
    {"a named side striking the positions of another in a province (\"غارات على مواقع ميليشيا الحوثي في محافظة صعدة\") is an incident",
     "شنت طائرات التحالف غارات مكثفة على مواقع ميليشيا الحوثي في محافظة صعدة.",
     "2015-08-01",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "صعدة", 0}}},
    {"(and a weapon a vehicle carries, \"يحمل مقذوفات\", is not the act)",
     "دمرت غارة لطيران التحالف اليوم طقما قتاليا للميليشيات الحوثية يحمل مقذوفات صاروخية في مديرية نهم.",
     "2018-06-08",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "نهم", 0}}},
    {"people a verb of staging has as its subject (\"دخل أهالي ... في اعتصام\") are a protest's crowd; \"معتمدية\" is a type word",
     "دخل أهالي معتمدية فريانة اليوم في اعتصام مفتوح أمام مقر المعتمدية للمطالبة بالتشغيل.",
     "2016-01-20",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "فريانة", 0}}},
    {"(a strike workers carry out: \"نفذ أعوان الصحة بالمستشفى الجهوي بصفاقس اليوم إضرابا\")",
     "نفذ أعوان الصحة بالمستشفى الجهوي بصفاقس اليوم إضرابا عن العمل للمطالبة بتحسين ظروف العمل.",
     "2017-05-22",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "صفاقس", 0}}},
    {"the Maghreb's words for blocking roads and burning tyres (\"غلق الطريق\", \"العجلات المطاطية\")",
     "قام عدد من الشبان المعطلين عن العمل صباح اليوم بغلق الطريق الوطنية رقم 15 بمعتمدية الفحص.",
     "2017-05-22",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "الفحص", 0}}},
    {"(burning tyres is a riot, as \"حرق الإطارات\" is)",
     "أقدم عدد من المحتجين صباح اليوم على حرق العجلات المطاطية بمعتمدية الفحص احتجاجا على البطالة.",
     "2017-05-22",
     {{"Riots", "Violent demonstration", "Rioters (Tunisia)", "-", "الفحص", 0}}},
    {"the war a protest rejects (\"رفضاً للعدوان الإسرائيلي على غزة\") is neither its scene nor a force against it; a town's country adjective picks its country",
     "تظاهر مئات الطلاب اليوم في مدينة ليون الفرنسية رفضاً للعدوان الإسرائيلي على غزة.",
     "2024-05-29",
     {{"Protests", "Peaceful protest", "Protesters (France)", "-", "ليون", 0}}},
    {"\"العام\" in the name of a side (\"عناصر الأمن العام\") is no anniversary's year",
     "قتل 20 من عناصر الأمن العام اليوم في هجمات شنها مسلحون على حواجز أمنية في مدينة جبلة.",
     "2025-03-07",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Syria)", "Police Forces of Syria", "جبلة", 20}}},
    {"(a plot foiled, \"يحبط مخططاً\", is no act)",
     "الأمن العام اللبناني يحبط مخططاً إرهابياً لداعش يستهدف تفجير مستشفى في بيروت بمسيرة مفخخة.",
     "2023-01-30",
     {}},
    {"the subject of \"اغتال\" is the killer, whatever act the noun after it names (\"بغارة\")",
     "اغتال الجيش الإسرائيلي اليوم قائدا في حزب الله بغارة على سيارة في مدينة صور.",
     "2024-10-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Hezbollah", "صور", 1}}},
    {"strikes counted by a figure (\"أكثر من 20 غارة\") by a named side are an incident in a province",
     "شنت طائرات حربية أمريكية أكثر من 20 غارة على محافظة صعدة معقل الحوثيين.",
     "2025-04-20",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", "Houthis (Ansar Allah)",
       "صعدة", 0}}},
    {"a village the gazetteer lacks, named by its type word with a two-letter first word (\"قرية ود النورة\"), is the event's place",
     "قتل أكثر من 100 شخص في هجوم لقوات الدعم السريع على قرية ود النورة بولاية الجزيرة.",
     "2024-06-05",
     {{"Violence against civilians", "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", "ود النورة", 100}}},
    {"the killer verb's subject with a day between and two victims (\"قتلت وحدات الحرس الوطني اليوم عنصرين\"); Tunisia's National Guard is its police",
     "قتلت وحدات الحرس الوطني اليوم عنصرين إرهابيين في اشتباك مسلح بجبل الشعانبي بولاية القصرين.",
     "2015-07-11",
     {{"Battles", "Armed clash", "Police Forces of Tunisia", "Unidentified Armed Group (Tunisia)", "جبل الشعانبي", 2}}},
    {"a toll since this morning at one place (\"منذ فجر اليوم إلى 20 شهيدا\") is the act's toll for the day",
     "ارتفعت حصيلة الشهداء في القصف الإسرائيلي على مخيم جباليا منذ فجر اليوم إلى 20 شهيدا.",
     "2024-10-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "مخيم جباليا", 20}}},
    {"(but since a Friday weeks ago, or this morning over many places, it is a running total)",
     "وبلغ عدد الشهداء الذين ارتقوا في غارات إسرائيلية على مناطق مختلفة من مدينة خان يونس منذ صباح اليوم 22 شهيدا.",
     "2024-08-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "خان يونس", 0}}},
    {"twin suicide bombings in the dual (\"تفجيرين انتحاريين\") are suicide bombs",
     "قتل 43 شخصا وأصيب أكثر من 200 في تفجيرين انتحاريين استهدفا منطقة برج البراجنة في الضاحية الجنوبية لبيروت.",
     "2015-11-12",
     {{"Explosions/Remote violence", "Suicide bomb", "Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)", "برج البراجنة", 43}}},
    {"the protest's own verb with its subject after it (\"أضرب عمال شركة النقل\") names the crowd",
     "أضرب عمال شركة النقل اليوم في مدينة صفاقس احتجاجا على عدم صرف أجورهم.",
     "2016-05-10",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "صفاقس", 0}}},
    {"(\"يتظاهرون بأنهم\" pretends; police firing tear gas are no crowd)",
     "وقال المتحدث إن بعض المسؤولين في صفاقس يتظاهرون بأنهم لا يعلمون شيئا.",
     "2016-05-10",
     {}},
    {"an exchange of fire with its subjects between the verb and the shooting (\"تبادلت القوات المغربية وعناصر البوليساريو إطلاق النار\")",
     "تبادلت القوات المغربية وعناصر البوليساريو إطلاق النار اليوم قرب مدينة العيون.",
     "2020-11-13",
     {{"Battles", "Armed clash", "Polisario Front", "Military Forces of Morocco", "العيون", 0}}},
    {"(with the police and gunmen)",
     "تبادلت قوات الأمن ومسلحون إطلاق النار اليوم في مدينة العريش.",
     "2019-02-27",
     {{"Battles", "Armed clash", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)", "العريش", 0}}},
    {"the remnants of a fallen regime (\"فلول النظام البائد\") are an armed group against the state, not its forces",
     "اشتبكت قوات الأمن العام مع مجموعة من فلول النظام البائد في ريف حمص الغربي ما أدى إلى مقتل 3 عناصر.",
     "2024-12-30",
     {{"Battles", "Armed clash", "Police Forces of Syria", "Unidentified Armed Group (Syria)", "حمص", 3}}},
    {"\"أسفر الهجوم على مدينة X عن مقتل\": the toll the act led to, its verb first; \"بن قردان\" is Ben Gardane; the state's dead name the side that fought the militants",
     "أسفر الهجوم الإرهابي على مدينة بن قردان عن مقتل 36 إرهابيا واستشهاد 12 من الأمنيين والعسكريين و7 مدنيين.",
     "2016-03-07",
     {{"Battles", "Armed clash", "Military Forces of Tunisia", "Unidentified Armed Group (Tunisia)", "بن قردان", 48}}},
    {"a written toll of a unit struck (\"مقتل عسكري ... في هجوم ... على دورية للجيش بولاية القصرين\") is a report without a day of its own",
     "أعلنت وزارة الدفاع التونسية مقتل عسكري وإصابة آخر في هجوم لعناصر إرهابية تابعة لكتيبة عقبة بن نافع على دورية للجيش بولاية القصرين.",
     "2016-04-12",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Tunisia)", "Military Forces of Tunisia", "القصرين", 1}}},
    {"a state's force announcing a bomb's dead tells of it; the bomber is unnamed",
     "أعلنت الشرطة الباكستانية مقتل 5 أشخاص في انفجار عبوة ناسفة خلال تجمع سياسي في بلدة خار.",
     "2023-07-30",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
       "Civilians (Pakistan)", "خار", 5}}},
    {"... also when a headline puts the announcer before its verb",
     "الشرطة الباكستانية تعلن مقتل 5 أشخاص في انفجار عبوة ناسفة في بلدة خار.",
     "2023-07-30",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
       "Civilians (Pakistan)", "خار", 5}}},
    {"the article's main side, a state's army, is not the unnamed author of a mine",
     "أعلن الجيش التونسي مقتل عسكري في انفجار لغم بمنطقة جبال الشعانبي، حيث ينفذ الجيش التونسي عمليات عسكرية "
     "متواصلة.\nوقال الجيش التونسي إن لغما انفجر على عربة عسكرية بمرتفعات الشعانبي بالقصرين.\n"
     "وقتل شخصان مطلع الأسبوع الفائت بسبب لغم أرضي انفجر بينما كانا يمران في شاحنة.",
     "2018-10-03",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Tunisia)",
       "Military Forces of Tunisia", "جبال الشعانبي", 1},
      {"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Tunisia)",
       "Civilians (Tunisia)", "القصرين", 2}}},
    {"Kasserine written bare (\"بالقصرين\") is the town, not the word \"the two palaces\"",
     "قتل جندي اليوم في انفجار لغم في جبل سمامة بالقصرين.",
     "2015-06-10",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Tunisia)",
       "Military Forces of Tunisia", "القصرين", 1}}},
    {"Jebel Chambi, the project's supplement row, in any of its forms (\"جبال الشعانبي\", \"مرتفعات الشعانبي\")",
     "أعلنت وزارة الدفاع التونسية اليوم مقتل عسكري وإصابة اثنين في انفجار لغم بمنطقة جبال الشعانبي غربي البلاد.",
     "2018-10-03",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Tunisia)",
       "Military Forces of Tunisia", "جبال الشعانبي", 1}}},
    {"what a side's aircraft destroy they destroyed from the air (\"دمرت طائرات التحالف مخازن أسلحة\")",
     "دمرت طائرات التحالف أمس مخازن أسلحة تابعة لميليشيات الحوثي في صنعاء.",
     "2015-05-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "صنعاء", 0}}},
    {"the coalition's full name (\"التحالف العربي لدعم الشرعية في اليمن\") is the coalition, not the government it backs",
     "دمرت مقاتلات التحالف العربي لدعم الشرعية في اليمن، السبت، معسكرا تدريبيا لميليشيات الحوثي في مديرية حيس.",
     "2018-03-17",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "حيس", 0}}},
    {"a side announcing an assassination (\"أعلن جيش الاحتلال اغتيال القيادي في حزب الله\") carried it out",
     "أعلن جيش الاحتلال اغتيال القيادي في حزب الله إبراهيم قبيسي في غارة على الضاحية الجنوبية لبيروت.",
     "2024-09-25",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Hezbollah",
       "الضاحية الجنوبية لبيروت", std::nullopt}}},
    {"ground taken of the capital named as such (\"سيطرت ... على العاصمة دمشق\") is a capture",
     "سيطرت فصائل المعارضة المسلحة على العاصمة دمشق بعد انسحاب قوات النظام منها.",
     "2024-12-08",
     {{"Battles", "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Military Forces of Syria",
       "دمشق", 0}}},
    {"the interior ministry's forces (\"قوات وزارة الداخلية\") are the country's police",
     "قتل 14 عنصرا من قوات وزارة الداخلية في كمين نصبه مسلحون من فلول النظام في ريف طرطوس.",
     "2024-12-25",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Syria)", "Police Forces of Syria", "طرطوس", 14}}},
    {"people killed and others taken in one act are an attack, the graver part (\"قتلت ... واختطفت آخرين\")",
     "قتلت قوات الدعم السريع 5 مدنيين واختطفت آخرين في قرية بريف الأبيض.",
     "2025-02-01",
     {{"Violence against civilians", "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", "الأبيض", 5}}},
    {"militants \"eliminated\" in a security operation of the state's forces (\"تم القضاء على ... في عملية أمنية\")",
     "تم القضاء على 3 إرهابيين اليوم في عملية أمنية نفذتها وحدات الحرس الوطني بجبل الشعانبي.",
     "2015-07-11",
     {{"Battles", "Armed clash", "Police Forces of Tunisia", "Unidentified Armed Group (Tunisia)", "جبل الشعانبي", 3}}},
    {"a state's force a bomb hit (\"عبوة ناسفة استهدفت دورية للجيش العراقي\") is its target, not its author",
     "قتل جنديان اثنان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمالي "
     "بغداد، اليوم الأربعاء.",
     "2021-03-10",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
       "Military Forces of Iraq", "الطارمية", 2}}},
    {"a figure counts the dead of a side named at length before the verb (\"خمسة عناصر من قوات النظام قتلوا\")",
     "وقال المرصد السوري إن خمسة عناصر من قوات النظام قتلوا في هجوم لتنظيم داعش على بلدة الميادين أمس. وأضاف أن "
     "سبعة عناصر من قوات سوريا الديمقراطية لقوا حتفهم بانفجار لغم أرضي قرب بلدة هجين أمس.",
     "2018-06-04",
     {{"Battles", "Armed clash", "Islamic State", "Military Forces of Syria", "الميادين", 5},
      {"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)",
       "SDF: Syrian Democratic Forces", "هجين", 7}}},
    {"a ministry of defence or of the interior named with its nationality is that state's force; \"إرهابيين اثنين\" are the dead",
     "أعلنت وزارة الدفاع العراقية، الثلاثاء، القضاء على إرهابيين اثنين في عملية أمنية بمحافظة كركوك. وأعلنت وزارة "
     "الداخلية السعودية، الثلاثاء، مقتل إرهابيين اثنين في تبادل لإطلاق النار مع رجال الأمن في بلدة العوامية.",
     "2021-03-10",
     {{"Battles", "Armed clash", "Military Forces of Iraq", "Unidentified Armed Group (Iraq)", "كركوك", 2},
      {"Battles", "Armed clash", "Police Forces of Saudi Arabia", "Unidentified Armed Group (Saudi Arabia)", "العوامية", 2}}},
    {"the verb of killing with its killer after it is the act, its toll written, whatever weaker word follows",
     "قتلت القوات العراقية، الثلاثاء، إرهابيين اثنين من تنظيم داعش في عملية أمنية بمحافظة كركوك.",
     "2021-03-10",
     {{"Battles", "Armed clash", "Military Forces of Iraq", "Islamic State", "كركوك", 2}}},
    {"force against a protest nobody is named for was the state's: data/conventions.tsv's for Iraq, else the police; "
     "protesters wounded at their protest were acted against",
     "قتل 40 متظاهرا على الأقل في احتجاجات عمت بغداد أمس الجمعة. وأصيب 12 متظاهرا خلال مواجهات في احتجاجات "
     "شهدتها مدينة القصرين التونسية أمس الجمعة.",
     "2019-10-26",
     {{"Protests", "Excessive force against protesters", "Protesters (Iraq)", "Military Forces of Iraq", "بغداد", 40},
      {"Protests", "Protest with intervention", "Protesters (Tunisia)", "Police Forces of Tunisia", "القصرين", 0}}},
    {"a clash has two sides: armed groups fighting each other (\"اشتباكات بين مجموعات مسلحة\")",
     "اندلعت اشتباكات عنيفة بين مجموعات مسلحة في العاصمة الليبية طرابلس، السبت، أسفرت عن مقتل 32 شخصا وإصابة 159 آخرين.",
     "2022-08-28",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", "طرابلس", 32}}},
    {"... the side the article names most besides the one named",
     "خاض مسلحو الحوثي اشتباكات عنيفة في مديرية حيس جنوبي الحديدة أمس السبت، قتل فيها 12 منهم. ويواصل الجيش اليمني "
     "تقدمه في الساحل الغربي، فيما يؤكد الجيش اليمني أن الميليشيات تتكبد خسائر كبيرة.",
     "2018-06-10",
     {{"Battles", "Armed clash", "Houthis (Ansar Allah)", "Military Forces of Yemen", "حيس", 12}}},
    {"a bombardment by ground forces (\"قصفت قوات النظام\") is shelling, unless the air is named (\"جوا\")",
     "قصفت قوات النظام السوري بلدة سراقب في ريف إدلب أمس، ما أدى لمقتل سبعة مدنيين. وقصفت قوات النظام جوا بلدة "
     "كفرنبل أمس، ما أدى لمقتل خمسة مدنيين.",
     "2020-02-02",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
       "سراقب", 7},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", "كفرنبل", 5}}},
    {"peaceful marches in the plural (\"مسيرات سلمية\") are a protest as the singular is",
     "خرج آلاف الجزائريين، أمس الجمعة، في مسيرات سلمية بالعاصمة الجزائر ومدن أخرى رفضا لترشح الرئيس لولاية خامسة.",
     "2019-03-02",
     {{"Protests", "Peaceful protest", "Protesters (Algeria)", "-", "الجزائر", 0}}},
    {"a militant eliminated in the army's sweep (\"القضاء على إرهابي خطير خلال عملية بحث وتمشيط\") is a clash with one dead",
     "تمكنت وحدات الجيش الوطني الشعبي من القضاء على إرهابي خطير خلال عملية بحث وتمشيط بولاية تيبازة، أمس السبت.",
     "2021-09-05",
     {{"Battles", "Armed clash", "Military Forces of Algeria", "Unidentified Armed Group (Algeria)", "تيبازة", 1}}},
    {"the sponsor or mediator of a deal (\"برعاية روسية\", \"بوساطة مصرية\") is no party to the act",
     "انسحبت قوات سوريا الديمقراطية من مدينة منبج وسلمت مواقعها للجيش السوري بموجب اتفاق برعاية روسية، أمس الخميس.",
     "2019-05-10",
     {{"Strategic developments", "Non-violent transfer of territory", "Military Forces of Syria",
       "SDF: Syrian Democratic Forces", "منبج", 0}}},
    {"homes burnt or looted are civilians' (\"أقدم مستوطنون على إحراق منزل فلسطيني\")",
     "أقدم مستوطنون على إحراق منزل فلسطيني في قرية دوما جنوب نابلس، فجر اليوم الجمعة.",
     "2019-05-10",
     {{"Strategic developments", "Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)", "نابلس", 0}}},
    {"a claim before the act (\"تبنى تنظيم الدولة الإسلامية الهجوم الانتحاري\") names its author",
     "تبنى تنظيم الدولة الإسلامية الهجوم الانتحاري الذي استهدف مسجدا في مدينة قندهار الأفغانية أمس الجمعة وأسفر عن "
     "مقتل 25 مصليا.",
     "2017-06-17",
     {{"Explosions/Remote violence", "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "قندهار", 25}}},
    {"the sentence right after the only act told, with a toll and no act, place or day of its own, counts its dead",
     "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم، صباح أمس السبت، وسط تبادل "
     "الاتهامات ببدء القتال. وقالت لجنة أطباء السودان إن 56 مدنيا قتلوا وأصيب 595 آخرون.",
     "2023-04-16",
     {{"Battles", "Armed clash", "Military Forces of Sudan", "RSF: Rapid Support Forces", "الخرطوم", 56}}},
    {"a capability (\"القدرة على شن هجمات\", \"قادرة على إطلاق صواريخ\") is no act",
     "شنت قوات النظام السوري هجوما كيميائيا على مدينة دوما في السابع من نيسان الجاري. وقال البنتاغون الخميس إن "
     "الحكومة السورية لا تزال تملك القدرة على شن هجمات كيميائية محدودة في المستقبل.",
     "2018-04-20",
     {{"Explosions/Remote violence", "Chemical weapon", "Military Forces of Syria", "-", "دوما", 0}}},
    {"what a protest or riot is against (\"احتجاجا على الغارات الأمريكية\", \"تنديدا بالمجزرة\") is no act of the report",
     "اقتحم أنصار الحشد الشعبي السفارة الأمريكية في بغداد وأضرموا النار في بوابتها، أمس الثلاثاء، احتجاجا على الغارات "
     "الأمريكية. ونظم ناشطون وقفة احتجاجية في برلين، أمس الثلاثاء، تنديدا بالمجزرة الإسرائيلية في رفح.",
     "2020-01-01",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "-", "بغداد", 0},
      {"Protests", "Peaceful protest", "Protesters (Germany)", "-", "برلين", 0}}},
    {"\"القضاء على آخر جيب\" counts nobody: آخر and أحد count the noun after them",
     "أعلنت قوات سوريا الديمقراطية، أمس السبت، السيطرة الكاملة على بلدة الباغوز بعد القضاء على آخر جيب لتنظيم "
     "الدولة فيها.",
     "2019-03-24",
     {{"Battles", "Non-state actor overtakes territory", "SDF: Syrian Democratic Forces", "Islamic State", "الباغوز", 0}}},
    {"a clause of result (\"، ما أسفر عن مقتل\") gives the act its toll past the act's object and place",
     "شنت قوات الدعم السريع هجوما على مخيم زمزم للنازحين جنوب الفاشر، ما أسفر عن مقتل أكثر من 100 شخص، بينهم 9 من "
     "العاملين في المجال الإنساني.",
     "2025-04-15",
     {{"Violence against civilians", "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", "الفاشر", 100}}},
    {"the Emirati defence ministry announcing an interception is the Emirati forces that made it",
     "أعلنت وزارة الدفاع الإماراتية اعتراض وتدمير صاروخين باليستيين أطلقتهما جماعة الحوثي باتجاه أبوظبي، فجر اليوم.",
     "2022-01-24",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of the United Arab Emirates",
       "Houthis (Ansar Allah)", "أبوظبي", 0}}},
    {"... and the country's army when the attack with no other side named was on a military site",
     "هاجمت مجموعة إرهابية مسلحة فجر اليوم الاثنين ثكنة عسكرية في مدينة بن قردان، وأسفر الهجوم عن مقتل 36 إرهابيا.",
     "2016-03-08",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Tunisia)", "Military Forces of Tunisia", "بن قردان", 36}}},
    {"members of a side named after the act as what it hit (\"سيارة تقل قياديين في كتائب حزب الله\") were hit",
     "استهدفت غارة أمريكية سيارة تقل قياديين في كتائب حزب الله العراقية في منطقة المشتل شرقي بغداد، مساء الأربعاء، "
     "ما أدى إلى مقتل ثلاثة أشخاص.",
     "2024-02-08",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", "Kataib Hezbollah",
       "المشتل", 3}}},
    {"a crowd going out in marches with a day set off by commas between (\"خرج آلاف المتظاهرين، اليوم الخميس، في "
     "مسيرات\") protests; \"بالحكم المدني\" is a kind of rule, no civilians",
     "خرج آلاف المتظاهرين، اليوم الخميس، في مسيرات بالعاصمة السودانية الخرطوم للمطالبة بالحكم المدني، وأطلقت قوات "
     "الأمن الغاز المسيل للدموع لتفريقهم.",
     "2021-11-20",
     {{"Protests", "Protest with intervention", "Protesters (Sudan)", "Military Forces of Sudan", "الخرطوم", 0}}},
    {"the civil defence (\"الدفاع المدني\") telling of a strike is no side it hit",
     "قال الدفاع المدني إن طائرات حربية روسية شنت غارات على بلدة كفرنبل في ريف إدلب الجنوبي، مساء الأحد.",
     "2019-05-13",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "-", "كفرنبل", 0}}},
    {"soldiers a state's ministry reports dead, named by no country, are its own (\"أعلنت وزارة الدفاع التركية "
     "مقتل جنديين\"), not the army of the country they fell in; the side named between an attack and the base "
     "it hit counts as one word; \"منطقة عمليات المخلب\" is no place's name",
     "أعلنت وزارة الدفاع التركية، اليوم الجمعة، مقتل جنديين في هجوم شنه مسلحون من حزب العمال الكردستاني على قاعدة "
     "عسكرية في منطقة عمليات المخلب القفل شمالي العراق.",
     "2022-06-10",
     {{"Battles", "Armed clash", "PKK: Kurdistan Workers Party", "Military Forces of Turkey", "العراق", 2}}},
    {"(and Russia's soldiers at Hmeimim, by Russia's ministry, are Russia's, not Syria's)",
     "أعلنت وزارة الدفاع الروسية مقتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة حميميم في ريف اللاذقية.",
     "2018-01-08",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Syria)", "Military Forces of Russia",
       "قاعدة حميميم", 3}}},
    {"a riot word \"مع\" an armed group, after a state's force raided in the sentence, is their clash "
     "(\"اقتحمت قوات الاحتلال مخيم جنين، واندلعت مواجهات مع مقاومين\"); the dead youths are its toll",
     "اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، مخيم جنين شمال الضفة الغربية، واندلعت مواجهات مع مقاومين، "
     "ما أدى إلى استشهاد شابين وإصابة ثلاثة آخرين برصاص الاحتلال.",
     "2023-07-04",
     {{"Battles", "Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestine)", "مخيم جنين", 2}}},
    {"(with youths throwing stones it stays the crowd's, met by the force)",
     "اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، بلدة بيتا جنوب نابلس، واندلعت مواجهات مع الشبان الذين "
     "رشقوا الجنود بالحجارة، ما أدى إلى إصابة ثلاثة شبان بالرصاص المطاطي.",
     "2023-07-04",
     {{"Protests", "Protest with intervention", "Protesters (Palestine)", "Military Forces of Israel", "بيتا", 0}}},
    {"the verb of killing, its killer named at length (\"مسلحون من جماعة بوكو حرام\"), then the figure of its "
     "victims: the figure is the toll, the named side the killer; villagers (\"قرويا\") are civilians",
     "قتل مسلحون من جماعة بوكو حرام عشرين قرويا في هجوم على قرية بولاية بورنو، ليل السبت الأحد.",
     "2020-11-29",
     {{"Violence against civilians", "Attack", "Boko Haram", "Civilians (Nigeria)", "بورنو", 20}}},
    {"a crowd staging it with a day set off by commas between (\"أقدم عشرات الشبان العاطلين عن العمل، اليوم الخميس، "
     "على غلق الطريق\") is its crowd",
     "أقدم عشرات الشبان العاطلين عن العمل، اليوم الخميس، على غلق الطريق الرئيسية في مدينة تطاوين احتجاجا على البطالة.",
     "2017-04-22",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "تطاوين", 0}}},
    {"a day set off by commas inside the phrase of an act (\"أطلق مسلحون مجهولون، مساء أمس، النار\") is an aside",
     "أطلق مسلحون مجهولون، مساء أمس، النار على سيارة مدنية في مدينة عدن، ما أدى إلى مقتل شخصين.",
     "2019-03-05",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Yemen)", "Civilians (Yemen)", "عدن", 2}}},
    {"a death by a force's fire \"خلال مواجهات\" tells of the crowd the force met, unnamed as it is",
     "استشهد فتى فلسطيني برصاص قوات الاحتلال الإسرائيلي، خلال مواجهات اندلعت عند حاجز حوارة جنوب نابلس، مساء اليوم.",
     "2019-03-20",
     {{"Riots", "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "حاجز حوارة", 1}}},
    {"\"العاصمة\" before any place is named is the capital of the country whose side the sentence names",
     "أعلنت الشرطة الجزائرية توقيف 50 متظاهرا خلال مسيرة الجمعة في العاصمة.",
     "2019-03-20",
     {{"Protests", "Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria", "العاصمة", 0}}},
    {"the passive of assassination (\"اغتيل القيادي ... وزوجته\") counts its dead: one, and the one joined to him",
     "اغتيل القيادي في حركة الجهاد الإسلامي بهاء أبو العطا وزوجته، فجر اليوم، في غارة إسرائيلية استهدفت منزله في حي "
     "الشجاعية شرق مدينة غزة.",
     "2019-11-12",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Palestinian Islamic Jihad",
       "حي الشجاعية", 2}}},
    {"ground is taken from an armed side: the people a capture's sentence counts dead are its toll, no side",
     "سيطرت قوات المجلس الانتقالي الجنوبي، اليوم السبت، على معسكرات الحكومة في عدن، بعد اشتباكات أسفرت عن مقتل 40 شخصا.",
     "2019-08-10",
     {{"Battles", "Non-state actor overtakes territory", "STC: Southern Transitional Council", "-", "عدن", 40}}},
    {"rockets named as the means (\"بالأسلحة الصاروخية\") make the resistance's targeting a missile attack; a day "
     "set off by commas between the subject and the object is no word of the clause",
     "استهدفت المقاومة الإسلامية، اليوم الأحد، تجمعاً لجنود الاحتلال في محيط ثكنة راميم بالأسلحة الصاروخية.",
     "2024-01-07",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "راميم", 0}}},
    {"a protest's dead by a force's fire on a day of the sentence's own tell of the crowd, unnamed as it is",
     "استشهد 60 فلسطينيا برصاص قوات الاحتلال الإسرائيلي، أمس الإثنين، خلال مسيرات العودة على حدود قطاع غزة.",
     "2018-05-15",
     {{"Protests", "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel",
       "قطاع غزة", 60}}},
    {"(weeks of a protest's dead, with no day, are a count, no event)",
     "وقتل 116 فلسطينيا على الأقل وأصيب آلاف بجروح برصاص الجيش الإسرائيلي خلال الاحتجاجات على حدود قطاع غزة.",
     "2018-05-29",
     {}},
    {"an airborne raid (\"إنزالا جويا\") is a battle, whatever leader it killed",
     "نفذت القوات الأمريكية إنزالا جويا في قرية أطمة بريف إدلب الشمالي، فجر اليوم، أسفر عن مقتل زعيم تنظيم داعش.",
     "2022-02-03",
     {{"Battles", "Armed clash", "Military Forces of the United States", "Islamic State", "أطمة", 1}}},
    {"the side a protest demands something of (\"للمطالبة برحيل النظام\") did nothing to it",
     "تظاهر الآلاف في مدينة السويداء جنوبي سوريا، الجمعة، للمطالبة برحيل النظام وتطبيق القرار الأممي 2254.",
     "2023-09-01",
     {{"Protests", "Peaceful protest", "Protesters (Syria)", "-", "السويداء", 0}}},
    {"gunmen suspected of belonging to a side (\"مسلحون يشتبه في انتمائهم لجماعة بوكو حرام\") are that side, "
     "and the figure after their name counts their victims",
     "قتل مسلحون يشتبه في انتمائهم لجماعة بوكو حرام نحو عشرين قرويا في هجوم على قرية بولاية بورنو، ليل السبت الأحد.",
     "2020-11-29",
     {{"Violence against civilians", "Attack", "Boko Haram", "Civilians (Nigeria)", "بورنو", 20}}},
    {"the act a protest is about (\"احتجاجا على اغتيال الناشط في مدينة صفاقس الذي قتل بالرصاص\"): its dead and its "
     "place are not the protest's, and nobody intervened",
     "نظم مئات التونسيين وقفة احتجاجية أمام مقر البرلمان في تونس العاصمة، أمس، احتجاجا على اغتيال الناشط في مدينة "
     "صفاقس الذي قتل بالرصاص.",
     "2024-03-01",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "تونس العاصمة", 0}}},
    {"a spokesman announces his side's act told as a noun after a day set off by commas",
     "أعلن المتحدث باسم كتائب القسام، مساء الثلاثاء، استهداف دبابة إسرائيلية في حي الزيتون بقذيفة الياسين.",
     "2024-05-15",
     {{"Battles", "Armed clash", "Hamas", "Military Forces of Israel", "حي الزيتون", 0}}},
    {"(so does a military spokesman)",
     "أعلن المتحدث العسكري باسم سرايا القدس، مساء اليوم، استهداف دبابة ميركافا إسرائيلية بقذيفة مضادة للدروع في حي "
     "الشجاعية شرقي مدينة غزة.",
     "2024-05-15",
     {{"Battles", "Armed clash", "Palestinian Islamic Jihad", "Military Forces of Israel", "حي الشجاعية", 0}}},
    {"\"العسكري\" of \"المتحدث العسكري باسم\" is the spokesman's title, no side hit",
     "أعلن المتحدث العسكري باسم قوات صنعاء، مساء الثلاثاء، استهداف سفينة تجارية قبالة مدينة المخا بصاروخ باليستي.",
     "2024-05-15",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "-", "المخا", 0}}},
    {"armed groups fly no warplanes: of an air raid between an armed group and a state's force, the force "
     "is the author",
     "أعلنت وزارة الدفاع التركية تحييد 7 إرهابيين من حزب العمال الكردستاني في غارات جوية على منطقة متينا شمالي العراق.",
     "2022-10-25",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", "PKK: Kurdistan Workers Party",
       "متينا", 0}}},
    {"two drones (\"بطائرتين مسيرتين\", the dual) are drones; the side a base struck hosts (\"التي تضم قوات "
     "أمريكية\") is the side hit",
     "استهدف هجوم بطائرتين مسيرتين قاعدة عين الأسد الجوية التي تضم قوات أمريكية في محافظة الأنبار غربي العراق، فجر "
     "اليوم، دون وقوع إصابات.",
     "2022-10-25",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Iraq)",
       "Military Forces of the United States", "قاعدة عين الأسد الجوية", 0}}},
    {"another act joined by \"، و\" with a subject of its own (\"، وشنت مقاتلات التحالف\") is a clause of its own",
     "تواصلت المعارك العنيفة بين قوات الجيش الوطني ومسلحي جماعة الحوثي في جبهة صرواح غربي مأرب، أمس، وسط خسائر بشرية "
     "في صفوف الطرفين، وشنت مقاتلات التحالف 12 غارة على مواقع الحوثيين في مديرية رغوان.",
     "2022-10-25",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "صرواح", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "رغوان", 0}}},
    {"fighters of a theatre's unidentified side \"من\" a named group (\"مقاومون من كتيبة جنين\") are that group",
     "خاض مقاومون من كتيبة جنين اشتباكات مسلحة مع قوات الاحتلال في مخيم جنين فجر اليوم.",
     "2022-10-25",
     {{"Battles", "Armed clash", "Jenin Brigade", "Military Forces of Israel", "مخيم جنين", 0}}},
    {"a figure after \"و\" (a token of its own) counted by the other cue (\"قتيلين و15 جريحا\") is the wounded's",
     "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب الجنوبي، اليوم، ما أسفر عن سقوط قتيلين و15 جريحا من المدنيين.",
     "2019-05-20",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
       "كفرنبل", 2}}},
    {"the noun of the dead in the singular (\"سقوط شهيدة و6 إصابات\") is one death",
     "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب الجنوبي، اليوم، ما أسفر عن سقوط شهيدة و6 إصابات.",
     "2019-05-20",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
       "كفرنبل", 1}}},
    {"(\"بين قتيل وجريح\" counts both without a figure: an unnumbered plural)",
     "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب الجنوبي، اليوم، ما أسفر عن سقوط عدد من المدنيين بين قتيل وجريح.",
     "2019-05-20",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
       "كفرنبل", 3}}},
    {"a side named in brackets after a generic force (\"قوات الأمن الداخلي (الأسايش)\") is that force",
     "قتل ثلاثة عناصر من قوات الأمن الداخلي (الأسايش) في هجوم شنه مسلحون مجهولون على حاجز لهم في بلدة الشحيل بريف دير "
     "الزور الشرقي.",
     "2021-04-10",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Syria)", "Asayish", "الشحيل", 3}}},
    {"the artillery named after the weapon (\"بقذائف المدفعية\") is the means of the side named before the act",
     "أعلنت هيئة تحرير الشام أن مقاتليها استهدفوا بقذائف المدفعية مواقع لقوات النظام في بلدة كفرنبودة.",
     "2019-05-15",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "HTS: Hayat Tahrir al-Sham",
       "Military Forces of Syria", "كفرنبودة", 0}}},
    {"a square named after a town with a proclitic on the noun (\"بساحة الكرامة\") is no place of that name",
     "خرج مئات المحتجين، اليوم الجمعة، في مظاهرة بساحة الكرامة وسط مدينة السويداء، مرددين هتافات تطالب بإسقاط النظام.",
     "2023-09-01",
     {{"Protests", "Peaceful protest", "Protesters (Syria)", "", "السويداء", 0}}},
    {"two towns that bound one road (\"الطريق الواصل بين بلدتي اليادودة والمزيريب\") are one event's place, not two",
     "اغتال مسلحون مجهولون، صباح اليوم، رجلا بإطلاق النار عليه على الطريق الواصل بين بلدتي اليادودة والمزيريب في ريف "
     "درعا الغربي.",
     "2021-06-08",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "اليادودة", 1}}},
    {"(a list after the pair goes on: \"بين بلدتي بيت ياحون وبرعشيت، وأطراف بلدات حولا وكفركلا\")",
     "استهدفت غارات إسرائيلية المنطقة الواقعة بين بلدتي بيت ياحون وبرعشيت، وأطراف بلدات حولا وكفركلا جنوبي لبنان.",
     "2024-03-20",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "بيت ياحون", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "حولا", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "كفركلا", 0}}},
    {"\"العسكري\" after a person's title (\"قوات القائد العسكري خليفة حفتر\") is part of the title, no force",
     "قصفت قوات القائد العسكري خليفة حفتر، مساء الأربعاء، مطار معيتيقة الدولي في العاصمة الليبية طرابلس بعدة صواريخ "
     "غراد.",
     "2019-09-12",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "LNA: Libyan National Army", "", "طرابلس", 0}}},
    {"clashes \"بين الطرفين\" right after the act are between the two armed sides named last before them",
     "شن الطيران الحربي التابع للجيش السوداني، صباح الأحد، غارات جوية على تجمعات لقوات الدعم السريع في مدينة الخرطوم "
     "بحري، فيما تواصلت الاشتباكات بين الطرفين في مدينة أم درمان.",
     "2023-06-18",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Sudan", "RSF: Rapid Support Forces",
       "الخرطوم بحري", 0},
      {"Battles", "Armed clash", "Military Forces of Sudan", "RSF: Rapid Support Forces", "أم درمان", 0}}},
    {"gunmen \"يعتقد أنهم من\" a named group are that group (the author, not a target)",
     "اختطف مسلحون يعتقد أنهم من جماعة بوكو حرام، فجر الجمعة، ثلاثين طالبة من مدرسة داخلية للبنات في مدينة مايدوغوري "
     "شمال شرقي نيجيريا.",
     "2021-02-27",
     {{"Violence against civilians", "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", "مايدوغوري",
       0}}},
    {"a protest the sentence says was dispersed (\"بعد أن فرقتهم بالقوة\") is one with intervention",
     "اعتقلت الأجهزة الأمنية الأردنية، مساء الخميس، عشرات المشاركين في وقفة احتجاجية قرب مقر نقابة المعلمين في "
     "العاصمة عمان، بعد أن فرقتهم بالقوة.",
     "2019-09-06",
     {{"Protests", "Protest with intervention", "Protesters (Jordan)", "Police Forces of Jordan", "عمان", 0}}},
    {"an act the paragraph says nobody claimed (\"ولم تعلن أي جهة مسؤوليتها\") is not given to the side only suspected",
     "قتل أربعة من أفراد القوات المسلحة المصرية، اليوم الأربعاء، إثر انفجار عبوة ناسفة استهدفت مدرعة عسكرية جنوب مدينة "
     "العريش بمحافظة شمال سيناء. ولم تعلن أي جهة مسؤوليتها عن الهجوم، إلا أن تنظيم \"ولاية سيناء\" الموالي لداعش تبنى "
     "هجمات مماثلة في المنطقة.",
     "2019-08-14",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Egypt)",
       "Military Forces of Egypt", "العريش", 4}}},
    {"titles of other articles listed after a line \"اقرأ أيضا\" of its own tell no event of this one",
     "قتل خمسة مدنيين، اليوم الثلاثاء، جراء غارات جوية روسية استهدفت بلدة كفرنبل في ريف إدلب الجنوبي.\n"
     "اقرأ أيضا\n"
     "مقتل 12 عنصرا من قوات النظام بكمين لتنظيم الدولة في البادية السورية\n"
     "تركيا تدفع بتعزيزات عسكرية جديدة إلى إدلب\n"
     "وتتعرض المنطقة لقصف متكرر منذ أسابيع.",
     "2021-06-08",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)", "كفرنبل", 5}}},
    {"an act \"مماثل\" (like the one told just before) is by the side of that act",
     "قتل مدنيان بقصف لقوات النظام على بلدة كفرنبل جنوبي إدلب، في حين أصيب ثلاثة آخرون بقصف مماثل على مدينة أريحا. وقال "
     "المتحدث باسم تنظيم داعش إن التنظيم يرفض الاتفاق.",
     "2019-07-11",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
       "كفرنبل", 2},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
       "أريحا", 0}}},
    {"towns listed before the act (\"وشهدت مدن إربد وجرش والمفرق احتجاجات\") are an event each, a direction in brackets "
     "between them",
     "وشهدت مدن إربد وجرش والمفرق (شمال) والكرك احتجاجات مساء الإثنين.",
     "2018-06-05",
     {{"Protests", "Peaceful protest", "Protesters (Jordan)", "", "المفرق", 0},
      {"Protests", "Peaceful protest", "Protesters (Jordan)", "", "إربد", 0},
      {"Protests", "Peaceful protest", "Protesters (Jordan)", "", "جرش", 0},
      {"Protests", "Peaceful protest", "Protesters (Jordan)", "", "الكرك", 0}}},
    {"the act a sentence first says it answers (\"ورداً على اعتداءات الاحتلال على بلدة عيتا الشعب،\") gives it neither "
     "side nor place",
     "ورداً على اعتداءات الاحتلال على بلدة عيتا الشعب، استهدف مجاهدو المقاومة الإسلامية مستوطنة كريات شمونة بصلية من "
     "صواريخ الكاتيوشا.",
     "2024-06-20",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "", "كريات شمونة", 0}}},
    {"an armed group's strike on a barracks or a position (\"استهدفت المقاومة ثكنة زبدين\") hits the army the article "
     "names most against it",
     "شنت طائرات الاحتلال الإسرائيلي غارة على أطراف بلدة كفرشوبا. وأعلنت المقاومة الإسلامية في لبنان أنها استهدفت ثكنة زبدين في "
     "مزارع شبعا بالأسلحة الصاروخية.",
     "2024-01-12",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "كفرشوبا", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "زبدين", 0}}},
    {"a town named with its province right after it (\"رفح بشمال سيناء\") puts the article in that province's country",
     "قتل ثلاثة جنود وأصيب رابع في هجوم شنه مسلحون على حاجز في مدينة رفح بشمال سيناء.",
     "2023-01-31",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt", "رفح", 3}}},
    {"masked or armed said right after a side (\"مستوطنون ملثمون\") describes it, no second side",
     "هاجم مستوطنون ملثمون مزارعين فلسطينيين أثناء قطفهم الزيتون في قرية بورين جنوب نابلس، ما أدى إلى إصابة ثلاثة منهم.",
     "2022-10-15",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)", "بورين", 0}}},
    {"the side after a phrase that takes in its object (\"هجوماً على مواقع للدعم السريع\") owns what was hit",
     "شن الجيش السوداني هجوماً على مواقع للدعم السريع في ولاية الجزيرة، ما أسفر عن مقتل 30 من عناصر الدعم السريع.",
     "2024-12-05",
     {{"Battles", "Armed clash", "Military Forces of Sudan", "RSF: Rapid Support Forces", "الجزيرة", 30}}},
    {"the verb of killing after its armed subject (\"أن القوات العراقية قتلت ثلاثة إرهابيين\") reports the act; after a "
     "side's dead it is the passive",
     "أعلنت خلية الإعلام الأمني أن القوات العراقية قتلت ثلاثة إرهابيين من عصابات داعش في قضاء القائم غربي محافظة الأنبار. "
     "وقالت مصادر إن جنديا إسرائيليا قتل في مستوطنة قرب نابلس.",
     "2020-05-04",
     {{"Battles", "Armed clash", "Military Forces of Iraq", "Islamic State", "القائم", 3}}},
    {"the phrase of firing at with its subject between its words (\"أطلقت قوات الاحتلال النار على\") is the act",
     "أطلقت قوات الاحتلال الإسرائيلي النار على شاب فلسطيني عند حاجز قلنديا العسكري شمالي القدس.",
     "2023-10-30",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "حاجز قلنديا", 0}}},
    {"firing at oneself (\"أطلق شخص النار على نفسه\") is no act against anyone",
     "أطلق شخص النار على نفسه أمام البيت الأبيض في العاصمة الأمريكية واشنطن.",
     "2018-03-03",
     {}},
    {"the pronoun of a cue in the clause of the act's result (\"ما أدى إلى مقتله\") counts one dead; elsewhere "
     "(\"بعد أسبوع على مقتله\") it recalls a death told before",
     "أطلق مسلحون مجهولون النار على ناشط في مدينة درعا، ما أدى إلى مقتله. "
     "وقصفت طائرات النظام بلدة كفرنبل في ريف إدلب، بعد أسبوع على مقتله.",
     "2020-05-04",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "درعا", 1},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "", "كفرنبل", 0}}},
    {"to make a show of (\"تظاهر السائق بأنه\") is no demonstration",
     "تظاهر السائق بأنه يترجل من سيارته في مدينة نانت مساء الثلاثاء.",
     "2018-07-04",
     {}},
    {"detaining a car or an activity (\"أوقف عناصر الشرطة سيارة\", \"أوقفت السلطة التنسيق\") is no arrest",
     "وكان عناصر الشرطة قد أوقفوا سيارة لارتكابها مخالفة، ثم أوقف عناصر الشرطة سيارة أخرى في مدينة نانت. "
     "وأوقفت السلطة الفلسطينية التنسيق الأمني مع إسرائيل في رام الله.",
     "2018-07-04",
     {}},
    {"what a town undergoes since a span of time (\"وتتعرض البلدة لقصف متكرر منذ أسابيع\") is no event",
     "وتتعرض بلدة كفرنبل في ريف إدلب لقصف متكرر منذ أسابيع.",
     "2021-06-08",
     {}},
    {"retired members of a force (\"العسكريون المتقاعدون\", \"متقاعدو الجيش\") protest as civilians, no force against "
     "the protest",
     "نفذ العسكريون المتقاعدون، اليوم الجمعة، اعتصاما في ساحة الشهداء وسط بيروت للمطالبة بحماية حقوقهم. "
     "وفي طرابلس، تظاهر متقاعدو الجيش أمام سراي المدينة احتجاجا على تخفيض رواتبهم.",
     "2020-05-01",
     {{"Protests", "Peaceful protest", "Protesters (Lebanon)", "-", "وسط بيروت", 0},
      {"Protests", "Peaceful protest", "Protesters (Lebanon)", "-", "طرابلس", 0}}},
    {"a death under torture in a side's prison (\"مقتل معتقل تحت التعذيب\") is an attack by that side; confessions taken "
     "under torture are no report of one",
     "وثقت الشبكة السورية مقتل معتقل تحت التعذيب في أحد مراكز الاحتجاز التابعة لقوات النظام في حمص. "
     "وقال المرصد إن رجلا من مدينة سقبا توفي تحت التعذيب في سجن صيدنايا العسكري التابع للنظام. "
     "وتنتزع المحاكم في اللد اعترافات المعتقلين الفلسطينيين تحت التعذيب.",
     "2020-05-04",
     {{"Violence against civilians", "Attack", "Military Forces of Syria", "Civilians (Syria)", "حمص", 1},
      {"Violence against civilians", "Attack", "Military Forces of Syria", "Civilians (Syria)", "صيدنايا", 1}}},
    {"an area the gazetteer lacks, named by a type word and a compound that starts with one (\"منطقة جبل يوسف\"), is the "
     "act's place, not the province",
     "قصفت ميليشيا الحوثي، اليوم الخميس، منطقة جبل يوسف في محافظة أبين، دون وقوع إصابات.",
     "2020-05-08",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "-", "جبل يوسف", 0}}},
    {"the side a protest's clause of demand names (\"والمطالبة بمساعدات مالية من السلطات\") did nothing to it",
     "نفذ عدد من أصحاب المقاهي وعمالها، اليوم الجمعة، وقفة احتجاجية في مدينة رأس الجبل من ولاية بنزرت، للتنديد بتعليق "
     "نشاطهم الاقتصادي والمطالبة بمساعدات مالية من السلطات.",
     "2020-05-08",
     {{"Protests", "Peaceful protest", "Protesters (Tunisia)", "-", "رأس الجبل", 0}}},
    {"nor does a side named far into a protest's clause of refusal (\"رفضا لخطط هيئة تحرير الشام فتح معابر تجارية مع مناطق "
     "سيطرة النظام\")",
     "وخرج المئات في مدينة إدلب، اليوم الجمعة، في مظاهرة رفضا لخطط هيئة تحرير الشام فتح معابر تجارية مع مناطق سيطرة "
     "النظام، منددين بانتهاكات الهيئة بحق المدنيين.",
     "2020-05-08",
     {{"Protests", "Peaceful protest", "Protesters (Syria)", "-", "إدلب", 0}}},
    {"a province a sentence names (\"قوات الأمن بشمال سيناء ... جنوب مدينة رفح\") picks the homonym inside it, for every "
     "mention of the name",
     "أصيب مجند من قوات الأمن بشمال سيناء، اليوم الثلاثاء، برصاص مجهولين جنوب مدينة رفح. وقصفت طائرات الجيش "
     "مواقع للمسلحين في رفح، اليوم الثلاثاء.",
     "2016-06-21",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt", "رفح", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Egypt", "", "رفح", 0}}},
    {"generic victims of a named side (\"36 جنديا على الأقل من قوات البنيان المرصوص\") are that side, the one hit",
     "قتل 36 جنديا على الأقل من قوات البنيان المرصوص، اليوم الثلاثاء، في اشتباكات عنيفة مع عناصر تنظيم الدولة قرب مركز "
     "مدينة سرت.",
     "2016-06-21",
     {{"Battles", "Armed clash", "Islamic State", "GNA: Government of National Accord", "سرت", 36}}},
    {"the firing phrase split by its subject and a day between commas (\"أطلق مسلح حوثي، اليوم الأحد، النار على طفلين\")",
     "أطلق مسلح حوثي، اليوم الأحد، النار على طفلين عند نقطة تفتيش في مديرية قعطبة بمحافظة الضالع، ما أدى إلى إصابتهما.",
     "2020-05-03",
     {{"Violence against civilians", "Attack", "Houthis (Ansar Allah)", "Civilians (Yemen)", "", 0}}},
    {"a grenade thrown (\"ألقى مجهول قنبلة يدوية في شارع المدارس\") is an act",
     "ألقى مجهول، اليوم الثلاثاء، قنبلة يدوية في شارع المدارس بمدينة طرابلس شمال لبنان، ما أدى إلى أضرار مادية من دون "
     "وقوع إصابات.",
     "2020-04-28",
     {{"Explosions/Remote violence", "Grenade", "Unidentified Armed Group (Lebanon)", "", "طرابلس", 0}}},
    {"a massacre by a non-state side that stormed the place (\"اقتحمت قوات الدعم السريع قرية ... وارتكبت مجزرة\") is an "
     "attack on its people, not an air strike",
     "اقتحمت قوات الدعم السريع قرية ود النورة في ولاية الجزيرة، وارتكبت مجزرة راح ضحيتها أكثر من 100 شخص.",
     "2024-06-06",
     {{"Violence against civilians", "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", "ود النورة", 100}}},
    {"Sudan's marches (\"مواكب مليونية\") are protests; protesters killed at them, excessive force",
     "قتل متظاهران برصاص قوات الأمن خلال مواكب مليونية في مدينة الخرطوم بحري، اليوم الخميس.",
     "2022-06-30",
     {{"Protests", "Excessive force against protesters", "Protesters (Sudan)", "", "الخرطوم بحري", 2}}},
    {"a clash of tribes (\"اشتباكات قبلية بين قبيلتي ...\") is a battle of their armed men, its dead no civilians",
     "اندلعت اشتباكات قبلية بين قبيلتي آل بني علي وآل البادي في سوق مديرية أحور بمحافظة أبين، ما أسفر عن مقتل شخصين.",
     "2020-05-06",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Yemen)", "Unidentified Armed Group (Yemen)", "أحور", 2}}},
    {"an interception announced by its noun (\"أعلنت الدفاعات الجوية اعتراض صاروخ ... باتجاه جازان\") is the day's "
     "incident; failing or trying to intercept is not",
     "أعلنت الدفاعات الجوية السعودية اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه مدينة جازان. وأكد البيان فشل منظومات "
     "الدفاع في اعتراض المسيرتين اللتين سقطتا في نجران.",
     "2020-05-07",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthis (Ansar Allah)",
       "جازان", 0}}},
    {"guns set up or sent (\"ونصبت مدافع هاون\", \"بنصب بطاريات مدفعية\", \"نشر آليات ثقيلة ودبابات ومدفعية\") are no "
     "shelling; the shelling told before them is",
     "أكد مراسل الميادين، فجر السبت، أن قسد استهدفت بقذائف المدفعية بلدة دبلان في ريف دير الزور الشرقي، ونصبت مدافع هاون "
     "في حويجة البصيرة. وقامت القوات الأميركية في ريف الحسكة بنصب بطاريات مدفعية طويلة المدى. وتواصل القوات السورية، "
     "لليوم الثالث، نشر آليات ثقيلة ودبابات ومدفعية في محيط مدينة درعا.",
     "2023-09-02",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "SDF: Syrian Democratic Forces", "", "دبلان", 0}}},
    {"the side behind the government a protest is against (\"ضد حكومة الاحتلال الإسرائيلي\") did not intervene in it",
     "أفادت وسائل إعلام إسرائيلية، اليوم السبت، بانطلاق احتجاجات حاشدة في تل أبيب ضد حكومة الاحتلال الإسرائيلي.",
     "2023-05-27",
     {{"Protests", "Peaceful protest", "Protesters (Israel)", "-", "تل أبيب", 0}}},
    {"an outlet named after a country or town (\"موقع إسرائيل نيوز 24\", \"قناة \\\"القدس اليوم\\\"\") is no side and no place",
     "ذكر موقع إسرائيل نيوز 24 أن المظاهرة الرئيسية نظمت في شارع كابلان في مدينة تل أبيب، اليوم السبت. ونعت قناة "
     "\"القدس اليوم\" الفضائية الزميل المصور الذي استشهد في استهداف إسرائيلي على منزل عائلته في مخيم جباليا، اليوم السبت.",
     "2023-12-30",
     {{"Protests", "Peaceful protest", "Protesters (Israel)", "-", "تل أبيب", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "مخيم جباليا", std::nullopt}}},
    {"an act dated by a month or day with its year, a year or more back (\"في العاشر يوليو 2017\"), is history; a "
     "killing counted back (\"الذي قتل منذ عامين\") does not date the arrest told around it",
     "وأعلنت القوات العراقية في العاشر يوليو 2017 استعادة السيطرة على مدينة الموصل بعد تسعة أشهر من المعارك. وأعلنت "
     "الشرطة التركية أنها ألقت القبض على أرملة أحد قادة تنظيم داعش، الذي قتل منذ عامين، خلال عملية في إسطنبول الشهر الحالي.",
     "2018-08-01",
     {{"Strategic developments", "Arrests", "Police Forces of Turkey", "", "إسطنبول", 0}}},
    {"an arrest information may lead to (\"مكافأة لمن يدلي بمعلومات تؤدي إلى القبض على\") has not been made",
     "وكان التحالف العربي قد رصد مبلغ 20 مليون دولار لمن يدلي بأي معلومات تؤدي إلى القبض على الصماد في صنعاء. وأعلنت "
     "الشرطة أنها رفعت المكافأة لمن يقدم معلومات تقود إلى توقيف المسؤولين عن الانفجارات في مدينة أوستن.",
     "2018-04-19",
     {}},
    {"protesters who clash with a force (\"اشتباكات بين قوات الأمن والمتظاهرين\", \"اشتباكات مع محتجين\") riot: a violent "
     "demonstration, the force second",
     "وأدت الاشتباكات المتجددة بين قوات الأمن والمتظاهرين في البصرة إلى إصابة نحو 50 شخصا، اليوم الجمعة. وأعلنت الشرطة "
     "الإيرانية، الجمعة، مقتل 3 من ضباط الشرطة في اشتباكات مع محتجين في العاصمة طهران.",
     "2018-09-07",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "", "البصرة", 0},
      {"Riots", "Violent demonstration", "Rioters (Iran)", "Police Forces of Iran", "طهران", 3}}},
    {"a targeting told with its doer as a pronoun (\"أعلنت ... استهدافها جنود الاحتلال بقذائف المدفعية\", \"دكّها\") is the "
     "announcing side's act",
     "وأعلنت المقاومة الإسلامية في لبنان، اليوم الثلاثاء، استهدافها جنود الاحتلال في محيط ثكنة زرعيت بقذائف المدفعية. "
     "وأعلنت كتائب شهداء الأقصى، اليوم الثلاثاء، دكّها حشود الاحتلال المتموضعة في خان يونس بقذائف الهاون.",
     "2024-05-28",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel", "زرعيت",
       0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Al Aqsa Martyrs Brigades",
       "Military Forces of Israel", "خان يونس", 0}}},
    {"guns a newspaper (\"صحيفة ديلي تليغراف\") and a duty (\"صواريخ ترامب يجب أن تستهدف\") name are no place and no "
     "firing",
     "قالت صحيفة ديلي تليغراف، الخميس، إن رئيسة الوزراء البريطانية أمرت غواصات بالتحرك بحيث تكون على مسافة تتيح لها إطلاق "
     "صواريخ على سوريا. وقالت موسكو إن صواريخ ترامب يجب أن تستهدف الإرهابيين وليس الحكومة الشرعية في دمشق.",
     "2018-04-05",
     {}},
    {"the side behind the pronoun of \"استهدافها تحشدات الاحتلال\" is the one told acting just before; the side after the "
     "noun was hit",
     "وأعلنت كتائب شهداء الأقصى، اليوم الخميس، قصف مستوطنات غلاف غزة برشقة صاروخية. ونشرت مشاهد توثق استهدافها تحشدات "
     "الاحتلال في تل السلطان غربي مدينة رفح، بصاروخ تاندوم.",
     "2024-07-25",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Al Aqsa Martyrs Brigades", "", "مستوطنات غلاف غزة",
       0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Al Aqsa Martyrs Brigades",
       "Military Forces of Israel", "تل السلطان", 0}}},
    {"the act whose start opens a period (\"ومنذ بدء الهجوم التركي\", \"منذ بدء الاشتباكات\") is not reported, and the "
     "total since then sums up the period",
     "ومنذ بدء الهجوم التركي، وثق المرصد السوري مقتل أكثر من 200 مدني في منطقة عفرين. وقتل منذ بدء الاشتباكات في 25 "
     "شباط/فبراير 60 عنصرا من قوات النظام في بلدة الشيفونية.",
     "2018-03-10",
     {}},
    {"a day's act measured against the total since a war began (\"ما يرفع عدد الشهداء الصحافيين إلى 23 منذ بداية "
     "العدوان\") is still reported",
     "وأشار مراسلنا إلى استشهاد الصحافي جمال الفقعاوي بقصف الاحتلال على منزله في خان يونس، اليوم السبت، ما يرفع عدد "
     "الشهداء الصحافيين إلى 23 منذ بداية العدوان.",
     "2023-10-28",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "", "خان يونس", std::nullopt}}},
    {"a rape told with no armed side as its author (a trial, a crime the police investigate) is not coded; one by a "
     "named armed side is",
     "وأدين الممثل الأمريكي الأسبوع الماضي بارتكاب اعتداء جنسي في مدينة لوس أنجلوس. وقبضت الشرطة الهندية على سيدة يشتبه "
     "في علاقتها بجريمة اغتصاب فتاة في ولاية أوتار براديش. واغتصب عناصر من قوات الدعم السريع، اليوم الثلاثاء، نساء في "
     "مدينة الجنينة.",
     "2024-04-23",
     {{"Violence against civilians", "Sexual violence", "RSF: Rapid Support Forces", "", "الجنينة", 0}}},
    {"the death penalty as a sentence (\"تصدر حكماً بإعدام 4 أشخاص\") is no attack",
     "بعد 11 عاماً على اغتيال السياسي اليساري شكري بلعيد، محكمة تونسية تصدر حكماً بإعدام 4 أشخاص وسجن شخصين آخرين "
     "مؤبداً، بعد إدانتهم بتهمة اغتياله.\nأصدرت محكمة تونسية، اليوم الأربعاء، حكماً بإعدام 4 أشخاص وسجن شخصين آخرين "
     "مؤبداً بتهمة المشاركة في اغتيال السياسي شكري بلعيد قبل 11 عاماً، والذي كان أول اغتيال سياسي تشهده تونس منذ عقود.",
     "2024-03-27",
     {}},
    {"an accidental explosion (\"انفجار عرضي\", \"تسرب غاز\") is no attack",
     "قتل فلسطينيان وأصيب ستة آخرون بجروح في مدينة غزة، اليوم السبت، في انفجار عرضي وقع في مصنع للألعاب النارية.",
     "2018-06-30",
     {}},
    {"the force that tells of a protest (\"وقالت الشرطة إن آلاف المتظاهرين تظاهروا\") is its source, not its intervener; "
     "one that tells it dispersed the crowd is",
     "وقالت الشرطة إن آلاف المتظاهرين تظاهروا في وسط مدينة باريس، اليوم السبت، ضد إصلاح نظام التقاعد. وقالت الشرطة إنها "
     "فرقت مئات المحتجين في مدينة ليون، اليوم السبت، بالغاز المسيل للدموع.",
     "2023-03-25",
     {{"Protests", "Peaceful protest", "Protesters (France)", "-", "باريس", 0},
      {"Protests", "Protest with intervention", "Protesters (France)", "Police Forces of France", "ليون", 0}}},
    {"a commission of inquiry into an assassination (\"تشكيل لجنة تحقيق ... بشأن اغتيال\") reports no act",
     "واجتمعت هيئة العمل الفلسطيني المشترك، اليوم الأحد، بحضور وفد من قيادة حركة أمل وممثل عن حزب الله، وأكّدوا في "
     "بيانهم وقفا فوريا لإطلاق النار في مخيّم عين الحلوة.\nكذلك، جرى الاتفاق على تشكيل لجنة تحقيق فلسطينية، بإشراف "
     "الهيئة، تسعى لكشف الحقيقة بشأن اغتيال القيادي في حركة فتح ورفاقه، وتسليم الفاعلين إلى الأجهزة الأمنية اللبنانية.",
     "2023-07-30",
     {}},
    {"a summit named after its town (\"قمة طهران\") is no scene of the strikes told with it",
     "وقصفت الطائرات الروسية اليوم بلدات في ريف إدلب، بعد يوم من فشل \"قمة طهران\".",
     "2018-09-08",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "-", "إدلب", 0}}},
    {"a magazine named like a town after a proclitic (\"فورين بوليسي\": ف + Warin, Nigeria) places nothing",
     "وقالت مجلة \"فورين بوليسي\" إن الجيش السوداني اشتبك اليوم مع قوات الدعم السريع في السودان.",
     "2023-05-14",
     {}},
    {"air and missile attacks named as such (\"الهجمات الجوية\", \"هجوماً جوياً\", \"هجوم صاروخي\") are strikes",
     "قتل 5 مدنيين إثر الهجمات الجوية على بلدة سراقب في ريف إدلب اليوم.\n"
     "وشنت المقاومة الإسلامية اليوم هجوماً جوياً بمسيّرات انقضاضية على ثكنة زرعيت.\n"
     "وقتل جنديان إسرائيليان في هجوم صاروخي على مستوطنة المطلة اليوم.",
     "2024-03-10",
     {{"Explosions/Remote violence", "Air/drone strike", "", "Civilians (Syria)", "سراقب", 5},
      {"Explosions/Remote violence", "Air/drone strike", "Hezbollah", "Military Forces of Israel", "زرعيت", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "", "Military Forces of Israel", "المطلة", 2}}},
    {"a common word whose form with ال is stop-listed is one without it too (\"عمارة\", a building, is no Amarah)",
     "وقتل مسلحون اليوم ثلاثة مدنيين في هجوم قرب عمارة سكنية في حي الشجاعية.",
     "2024-05-22",
     {{"Violence against civilians", "Attack", "", "Civilians (Palestine)", "حي الشجاعية", 3}}},
    {"a rifle (\"بندقية\") is no Venice",
     "عثرت الشرطة الألمانية اليوم على بندقية كلاشينكوف في شقة منفذ حادثة الدهس التي أسفرت عن مقتل شخصين.",
     "2018-04-07",
     {}},
    {"an air strike nobody is named for is Israel's over south Lebanon and Gaza (conventions.tsv air_strike_by)",
     "كما استهدفت غارات حربية بلدتي مروحين والخيام جنوبي لبنان اليوم.\n"
     "واستهدفت غارة جوية اليوم منزلا في مخيم النصيرات ما أدى إلى استشهاد 3 مواطنين.",
     "2024-02-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "مروحين", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "الخيام", 0},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم النصيرات", 3}}},
    {"an air strike nobody is named for where no convention says whose it is is an unidentified group's",
     "واستهدفت غارة جوية اليوم منزلا في مدينة إدلب ما أدى إلى مقتل 3 مدنيين.",
     "2024-02-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "إدلب", 3}}},
    {"the side right after a verb that opens its clause is its subject, also when the act is told by a later noun "
     "or weapon (\"استهدف الطيران التركي منزلاً ... بغارتين\", \"استهدفت كتائب القسّام دبابةً إسرائيليةً بقذيفة\")",
     "واستهدف الطيران التركي منزلاً في قرية تل رفعت بغارتين.",
     "2018-07-17",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", "-", "تل رفعت", 0}}},
    {"... and the nationality right after the noun of what was hit names the side hit",
     "واستهدفت كتائب القسّام دبابةً إسرائيليةً بقذيفة \"الياسين 105\" في مخيم البريج.",
     "2023-12-28",
     {{"Battles", "Armed clash", "Hamas", "Military Forces of Israel", "مخيم البريج", 0}}},
    {"... and so is the side after the verb when the act's noun comes between (\"استهدف طيران التحالف بعدة غارات\")",
     "من جهة أخرى، استهدف طيران التحالف العربي بعدة غارات تحركات لقيادات حوثية في مديرية الظاهر.",
     "2018-07-17",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "الظاهر", 0}}},
    {"the seat of the body that tells of the act (\"ومقره لندن\", \"الذي يتخذ من لندن مقرا له\") is no scene",
     "وقال المرصد السوري لحقوق الإنسان ومقره لندن إن الغارات الجوية قتلت اليوم 40 شخصا في مدينة دوما.",
     "2018-04-06",
     {{"Explosions/Remote violence", "Air/drone strike", "", "", "دوما", 40}}},
    {"... nor is the seat told by \"يتخذ من ... مقرا\"",
     "وقتل تسعة مسلحين اليوم في الاشتباكات التي دارت في ريف السويداء، بحسب المرصد الذي يتخذ من لندن مقرا له.",
     "2018-04-06",
     {{"Battles", "Armed clash", "", "", "السويداء", 9}}},
    {"a partner in the act (\"بالاشتراك مع كتائب القسام\") is no side it was against, nor its doer when the side "
     "that tells of it is named first",
     "وأعلنت سرايا القدس أنها قصفت، بالاشتراك مع كتائب القسام، تجمعا لجنود الاحتلال بقذائف الهاون في محيط مدينة رفح "
     "اليوم.",
     "2024-06-23",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad",
       "Military Forces of Israel", "رفح", 0}}},
    {"... and the doer when it is the only side named (\"وبالاشتراك مع سرايا القدس، تم قصف\")",
     "وبالاشتراك مع سرايا القدس، تم اليوم قصف مستوطنة بئيري برشقة صاروخية.",
     "2024-06-23",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad", "-", "بئيري", 0}}},
    {"a nationality in the dual (\"لدبابتين إسرائيليتين\") names the side hit as the singular does",
     "وبثت سرايا القدس مشاهد توثق استهدافها اليوم لدبابتين إسرائيليتين بقذائف الـRPG جنوبي حي تل السلطان غربي مدينة رفح.",
     "2024-08-15",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad",
       "Military Forces of Israel", "تل السلطان", 0}}},
    {"a declaration or a deal opens a period as the start of an act does (\"منذ إعلان الهدنة\", \"منذ توقيع\"): "
     "acts counted since then sum it up",
     "ونفذ طيران التحالف 45 غارة على مواقع الحوثيين في محافظة صعدة منذ إعلان الهدنة. "
     "وشنت الطائرات الإسرائيلية 30 غارة على قطاع غزة منذ توقيع اتفاق التهدئة.",
     "2018-03-17",
     {}},
    {"a superlative measured against a period (\"الهجوم الأعنف منذ إعلان النصر\") sums nothing up",
     "وكان الهجوم الأعنف منذ إعلان النصر على تنظيم داعش قد أسفر أمس عن مقتل 27 عنصرا من الحشد الشعبي في كمين قرب "
     "الحويجة.",
     "2018-03-17",
     {{"Battles", "Armed clash", "", "", "الحويجة", 27}}},
    {"a day's act the sentence adds to a total since a period began is reported (\"ليرتفع عدد الشهداء منذ بدء العام\")",
     "واستشهد شاب فلسطيني اليوم برصاص الجيش الإسرائيلي في مدينة جنين، ليرتفع عدد الشهداء منذ بدء العام إلى 39 شهيدا.",
     "2018-03-17",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "جنين",
       std::nullopt}}},
    {"two air forces named in the dual (\"سلاحا الجو السوري الروسي\") are the strikes' side, not the groups struck",
     "ونفّذ سلاحا الجو السوري الروسي المشتركان، صباح اليوم السبت، سلسلة غارات استهدفت أهدافاً عسكرية لـ\"هيئة تحرير "
     "الشام\" في ريف إدلب.",
     "2023-06-24",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "HTS: Hayat Tahrir al-Sham", "إدلب",
       0}}},
    {"a rebel group named with an air strike that tells of no drones is what it struck (or held the area), not its "
     "author",
     "لقي 26 مدنيا مصرعهم اليوم في قصف جوي عنيف استهدف ريف درعا الجنوبي الغربي الخاضع لسيطرة فصائل المعارضة.",
     "2018-07-06",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "درعا",
       26}}},
    {"... but one named after the act when the sentence tells of drones (\"طائرات مسيرة تابعة لهيئة تحرير الشام\") is its "
     "author",
     "واستهدفت طائرات مسيرة تابعة لهيئة تحرير الشام اليوم مواقع لقوات النظام في ريف اللاذقية.",
     "2018-07-06",
     {{"Explosions/Remote violence", "Air/drone strike", "HTS: Hayat Tahrir al-Sham", "Military Forces of Syria",
       "اللاذقية", 0}}},
    {"... and so is one named before the act as its doer (\"أعلنت هيئة تحرير الشام أنها استهدفت بطائرات مسيرة\")",
     "وأعلنت هيئة تحرير الشام اليوم أنها استهدفت بطائرات مسيرة مواقع لقوات النظام في ريف اللاذقية.",
     "2018-07-06",
     {{"Explosions/Remote violence", "Air/drone strike", "HTS: Hayat Tahrir al-Sham", "Military Forces of Syria",
       "اللاذقية", 0}}},
    {"an air strike nobody is named for in Yemen is the Saudi-led coalition's (conventions.tsv air_strike_by)",
     "وفي محافظة البيضاء، استهدفت المقاتلات اليوم تعزيزات ومواقع لميليشيات الحوثي في منطقة فضحة بمديرية الملاجم.",
     "2018-04-01",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "الملاجم", 0}}},
    {"an announcer whose own men it counts dead in the fight it tells of (\"إن 6 من مقاتليها قتلوا في اشتباكات\") fought it",
     "قالت حكومة الوفاق إن ستة من مقاتليها قتلوا في اشتباكات مع قوات حفتر جنوب طرابلس يوم الخميس.",
     "2019-04-12",
     {{"Battles", "Armed clash", "GNA: Government of National Accord", "LNA: Libyan National Army", "طرابلس", 6}}},
    {"... also speaking through a spokesman (\"المتحدث باسم قوات الوفاق\")",
     "وقال المتحدث باسم قوات الوفاق إن ستة من عناصرها قتلوا في اشتباكات مع قوات حفتر جنوب طرابلس يوم الخميس.",
     "2019-04-12",
     {{"Battles", "Armed clash", "GNA: Government of National Accord", "LNA: Libyan National Army", "طرابلس", 6}}},
    {"... or through its officials (\"قال مسؤولون في قوات سوريا الديمقراطية\")",
     "وقال مسؤولون في قوات سوريا الديمقراطية إن ثلاثة من مقاتليها قتلوا في اشتباكات مع داعش في الباغوز أمس.",
     "2019-03-12",
     {{"Battles", "Armed clash", "SDF: Syrian Democratic Forces", "Islamic State", "الباغوز", 3}}},
    {"a bare \"العاصمة\" is the capital of the country whose people the sentence names (\"آلاف الجزائريين\")",
     "تظاهر آلاف الجزائريين في العاصمة ومدن أخرى بعد صلاة الجمعة رفضا لترشح الرئيس لولاية خامسة.",
     "2019-02-22",
     {{"Protests", "Peaceful protest", "Protesters (Algeria)", "-", "العاصمة", 0}}},
    {"\"إلى الشوارع\" tells of a crowd going out to protest",
     "ونزل المئات في بيروت إلى الشوارع مساء اليوم رافعين الأعلام اللبنانية.",
     "2019-10-18",
     {{"Protests", "Peaceful protest", "Protesters (Lebanon)", "-", "بيروت", 0}}},
    {"a crowd counted by one protest word makes the riot another word tells concrete (\"خرج آلاف ... وقطعوا الطرق "
     "بالإطارات المشتعلة\")",
     "خرج آلاف اللبنانيين إلى الشوارع في بيروت، لليوم الثاني على التوالي، وقطعوا الطرق بالإطارات المشتعلة.",
     "2019-10-18",
     {{"Riots", "Violent demonstration", "Rioters (Lebanon)", "-", "بيروت", 0}}},
    {"a gulf or strait off Yemen is a place of its own (places_extra.tsv), not the town it is named after; a town "
     "in a ship's quoted name (\"مارلين لواندا\") is no place",
     "أعلنت جماعة الحوثي اليوم الجمعة أنها استهدفت سفينة النفط البريطانية \"مارلين لواندا\" في خليج عدن بعدد من "
     "الصواريخ البحرية.",
     "2024-01-26",
     {{"Explosions/Remote violence", "", "Houthis (Ansar Allah)", "", "خليج عدن", 0}}},
    {"a killing by gunfire during a raid (\"خلال اقتحام مخيم جنين\") is the attack, not the raid",
     "استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي خلال اقتحام مخيم جنين صباح اليوم الأربعاء.",
     "2022-05-11",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "مخيم جنين", 1}}},
    {"the martyrs a monument is named after (\"نصب الشهداء\") are no toll",
     "واقتحمت قوات الاحتلال مدينة طولكرم اليوم ودمرت نصب الشهداء في الحي الشرقي.",
     "2024-07-23",
     {{"", "", "Military Forces of Israel", "", "طولكرم", 0}}},
    {"a figure of people named by a country's nisba joined by و to the dead of one side adds to the toll "
     "(\"مقتل 13 جنديا أمريكيا و170 أفغانيا\")",
     "وأسفر التفجير الانتحاري قرب مطار كابل عن مقتل 13 جنديا أمريكيا و170 أفغانيا.",
     "2021-08-26",
     {{"Explosions/Remote violence", "", "", "Military Forces of the United States", "كابل", 183}}},
    {"suicide drones (\"مسيرات انتحارية\") launched by a side (\"أطلقتها قوات الدعم السريع\") strike from the air, "
     "and the side that launched them is the author",
     "استهدفت مسيرات انتحارية أطلقتها قوات الدعم السريع مستودعات للوقود في مدينة بورتسودان فجر اليوم.",
     "2025-05-06",
     {{"Explosions/Remote violence", "Air/drone strike", "RSF: Rapid Support Forces", "-", "بورتسودان", 0}}},
    {"a toll since an act began, told with a verb (\"منذ أن بدأت الاحتجاجات\"), is a running total, not the first "
     "day's",
     "تظاهر آلاف الفلسطينيين يوم 30 مارس/آذار على حدود قطاع غزة. وقد قتل 40 فلسطينيا برصاص القوات الإسرائيلية على "
     "الحدود، منذ أن بدأت الاحتجاجات يوم 30 مارس/ آذار الماضي.",
     "2018-04-27",
     {{"Protests", "", "Protesters (Palestine)", "", "قطاع غزة", 0}}},
    {"an air force's raids with its pronoun (\"شنت طائرات روسية أولى غاراتها\") are strikes",
     "شنت طائرات روسية أولى غاراتها على مواقع في ريف حمص الشمالي اليوم الأربعاء.",
     "2015-09-30",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "", "حمص", 0}}},
    {"the side named after the ground taken and \"من\" (\"تحرير مدينة الموصل من تنظيم الدولة\") lost it",
     "أعلن رئيس الوزراء العراقي حيدر العبادي اليوم الاثنين تحرير مدينة الموصل من تنظيم الدولة.",
     "2017-07-10",
     {{"Battles", "Government regains territory", "Military Forces of Iraq", "Islamic State", "الموصل", 0}}},
    {"the noun of taking ground announced by the side that took it, the ground right after it, reports the capture "
     "(\"أعلن الجيش العراقي تحرير الموصل من داعش\")",
     "أعلن الجيش العراقي تحرير الموصل من تنظيم داعش اليوم الاثنين.",
     "2017-07-10",
     {{"Battles", "Government regains territory", "Military Forces of Iraq", "Islamic State", "الموصل", 0}}},
    {"... but not the name of an operation (\"بدء معركة تحرير الموصل\")",
     "أعلن الجيش العراقي بدء معركة تحرير الموصل اليوم الاثنين.",
     "2016-10-17",
     {}},
    {"a weapon named as the object of a verb of interception, its subject between (\"اعترضت الدفاعات الجوية "
     "السعودية طائرة مسيرة مفخخة\"), was intercepted",
     "اعترضت الدفاعات الجوية السعودية طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة خميس مشيط اليوم.",
     "2020-09-05",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthis (Ansar Allah)",
       "خميس مشيط", 0}}},
    {"a day told as an aside between commas is no word between the dead and the attack they died in",
     "قتل 235 شخصا على الأقل، أمس الجمعة، في هجوم على مسجد في مدينة العريش بشمال سيناء.",
     "2017-11-25",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)", "العريش", 235}}},
    {"\"قتلوا\" with its victims right after it is \"they killed\": its subject is the killers, not the dead",
     "قال شاهدان إن مسلحين مجهولين قتلوا شخصا واحدا وأصابوا اثنين آخرين مساء الأربعاء في هجوم على فندق في بلدة "
     "باندياجارا بوسط مالي.",
     "2018-03-28",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", "باندياجارا", 1}}},
    {"a town's adjective names a country where the gazetteer has no entry of the name: no homonym abroad "
     "(France's Mayenne is \"ماين\" too)",
     "تظاهر آلاف الأميركيين في ولاية ماين الأميركية احتجاجا على الحرب.",
     "2023-10-26",
     {}},
    {"a militia named as the subject of a noun of targeting, its object after it, did it; flying nothing, it shelled",
     "قتل مسعف وأصيب 3 آخرون، الثلاثاء، من جراء استهداف ميليشيات الحوثي سيارة إسعاف في مديرية حيس.",
     "2018-03-20",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "Civilians (Yemen)",
       "حيس", 1}}},
    {"... and so as the subject of a verb of targeting (not the coalition's air strike)",
     "استهدفت ميليشيات الحوثي الأحياء السكنية في مدينة تعز، ما أدى إلى مقتل طفلين.",
     "2018-05-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Ansar Allah)", "Civilians (Yemen)",
       "تعز", 2}}},
    {"... and the occupation as the subject of the noun, a home its object, struck",
     "أصيب عدد من الأشخاص في استهداف الاحتلال منزلا في مدينة دير البلح وسط القطاع.",
     "2024-02-26",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", "دير البلح",
       0}}},
    {"an indefinite side after the noun of targeting is its object (\"استهداف قوة إسرائيلية خاصة\")",
     "وأعلنت كتائب القسام استهداف قوة إسرائيلية خاصة تحصنت في منزل في جباليا بقذيفة مضادة للأفراد.",
     "2023-12-27",
     {{"", "", "Hamas", "Military Forces of Israel", "جباليا", 0}}},
    {"\"اليوم\" after a vague count is \"today\", not a measure of days: \"قتل العشرات اليوم\" is 10 dead",
     "قتل العشرات اليوم الأربعاء عندما فضت قوات الأمن المصرية اعتصاما لأنصار الرئيس المعزول في القاهرة.",
     "2013-08-14",
     {{"Protests", "Excessive force against protesters", "Protesters (Egypt)", "Police Forces of Egypt", "القاهرة", 10}}},
    {"a victim named by a feminine singular noun is one dead (\"استشهدت مواطنة\")",
     "استشهدت مواطنة في غارة إسرائيلية على بلدة مارون الراس جنوبي لبنان.",
     "2023-12-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", "مارون الراس",
       1}}},
    {"\"عمان\" is Oman and Amman: the country's name votes by halves, and the Jordanian adjectives decide",
     "نفذ عشرات المعلمين الأردنيين وقفة احتجاجية أمام مجلس النواب الأردني في عمان للمطالبة بزيادة رواتبهم.",
     "2019-03-14",
     {{"Protests", "Peaceful protest", "Protesters (Jordan)", "-", "عمان", 0}}},
    {"the verb of eliminating, its armed subject and a day between it and \"على\", then people: a clash with "
     "its dead (\"قضت مفرزة للجيش الوطني الشعبي، يوم 4 مارس، على إرهابيين اثنين\")",
     "قضت مفرزة للجيش الوطني الشعبي، يوم 4 مارس، على إرهابيين اثنين بالجلفة.",
     "2018-03-05",
     {{"Battles", "Armed clash", "Military Forces of Algeria", "Unidentified Armed Group (Algeria)", "الجلفة", 2}}},
    {"... but not a court or an army ending a thing (\"قضت المحكمة على المتهمين\", \"قضى الجيش على الإرهاب\")",
     "قضت المحكمة على المتهمين بالسجن في الجلفة. وقضى الجيش على الإرهاب في ولاية الجلفة.",
     "2018-03-05",
     {}},
    {"fighters counted right after \"تحييد\" report a clash; \"إرهابيين من تنظيم X\" are X's; an unknown area "
     "located by a direction in a country (\"منطقة غارا شمالي العراق\") is in that country",
     "أعلنت وزارة الدفاع التركية، الإثنين، تحييد 5 إرهابيين من تنظيم بي كا كا في منطقة غارا شمالي العراق.",
     "2022-06-20",
     {{"Battles", "Armed clash", "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "غارا", 0}}},
    {"... but \"حيدت\" without fighters counted is no report (\"حيدت أجساما مشبوهة\")",
     "وأوضحت الشرطة أنها حيدت أجساما مشبوهة كان المهاجم يحملها في مدينة برن.",
     "2018-03-02",
     {}},
    {"the direction after an area the gazetteer lacks locates it in the country named (Iraq's civilians, not "
     "Turkey's)",
     "قصفت طائرات تركية منطقة غارا شمالي العراق، ما أدى إلى مقتل 3 مدنيين.",
     "2022-06-20",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey", "Civilians (Iraq)", "غارا", 3}}},
    {"ground passed without a fight is the taker's: the side withdrawing is actor2 (\"وسيطرت عليها حركة طالبان\")",
     "انسحبت القوات الحكومية الأفغانية اليوم من مدينة جلال آباد وسيطرت عليها حركة طالبان دون قتال.",
     "2021-08-15",
     {{"Strategic developments", "Non-violent transfer of territory", "Taliban", "Military Forces of Afghanistan",
       "جلال آباد", 0}}},
    {"... and so when the verb of taking control comes first (\"سيطرت حركة طالبان ... دون قتال بعد انسحاب\")",
     "سيطرت حركة طالبان اليوم على مدينة جلال آباد دون قتال بعد انسحاب القوات الحكومية منها.",
     "2021-08-15",
     {{"Strategic developments", "Non-violent transfer of territory", "Taliban", "Military Forces of Afghanistan",
       "جلال آباد", 0}}},
    {"\"واحد\" after the one victim counts that one, not \"and one\" more (its first letter is و)",
     "قتل جندي سوري واحد على الأقل في غارة إسرائيلية على موقع عسكري قرب البوكمال، مساء الخميس.",
     "2018-06-21",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria", "البوكمال",
       1}}},
    {"an object that blows up where the war left it (\"انفجار جسم من مخلفات الحرب\") is an explosive, the act",
     "قتل ثلاثة أطفال إثر انفجار جسم من مخلفات الحرب في بلدة التمانعة.",
     "2019-03-14",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)",
       "Civilians (Syria)", "التمانعة", 3}}},
    {"a bomb that blows up where it was planted is an explosive device, not a grenade (\"انفجار قنبلة زرعت\")",
     "قتل 3 أشخاص لدى انفجار قنبلة زرعت في سيارتهم جنوبي مدينة كركوك.",
     "2018-05-12",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "", "Civilians (Iraq)", "كركوك", 3}}},
    {"... but a hand grenade is one (\"انفجار قنبلة يدوية\")",
     "قتل 10 أشخاص على الأقل إثر انفجار قنبلة يدوية في ملهى ليلي ببلدة ياميبو غربي جنوب السودان.",
     "2018-10-01",
     {{"Explosions/Remote violence", "Grenade", "", "Civilians (South Sudan)", "ياميبو", 10}}},
    {"ground taken with how much of it between \"على\" and the town (\"على معظم أحياء مدينة حلب\") is a capture",
     "سيطرت هيئة تحرير الشام على معظم أحياء مدينة حلب بعد انسحاب قوات النظام منها.",
     "2024-11-30",
     {{"Battles", "Non-state actor overtakes territory", "HTS: Hayat Tahrir al-Sham", "Military Forces of Syria", "حلب",
       0}}},
    {"the phrase of taking control announced by the side that took it, \"على\" and the town's type word after it",
     "أعلنت قوات الدعم السريع السيطرة على مدينة النهود في ولاية غرب كردفان بعد معارك مع الجيش السوداني.",
     "2025-05-10",
     {{"Battles", "Non-state actor overtakes territory", "RSF: Rapid Support Forces", "Military Forces of Sudan", "النهود",
       0}}},
    {"a crowd gone out \"في مليونية\" (the march of millions named by its adjective) protests; a funeral's "
     "\"حشود مليونية\" do not",
     "خرج مئات الآلاف من السودانيين في مليونية الثلاثين من يونيو في الخرطوم للمطالبة بتسليم السلطة للمدنيين. "
     "وشاركت حشود مليونية في تشييع الرئيس في مدينة مشهد.",
     "2019-06-30",
     {{"Protests", "Peaceful protest", "Protesters (Sudan)", "-", "الخرطوم", 0}}},
    {"a rebel group or militia entering a town (\"دخلت قوات الدعم السريع مدينة ود مدني\") took it",
     "دخلت قوات الدعم السريع مدينة ود مدني عاصمة ولاية الجزيرة اليوم بعد انسحاب الجيش السوداني منها.",
     "2023-12-19",
     {{"Battles", "Non-state actor overtakes territory", "RSF: Rapid Support Forces", "Military Forces of Sudan",
       "ود مدني", 0}}},
    {"... but not aid trucks, a truce or a state's forces raiding a town (guard)",
     "دخلت شاحنات المساعدات مدينة رفح اليوم. ودخلت الهدنة حيز التنفيذ في غزة اليوم. ودخل الاحتلال اليوم بلدة نعلين "
     "غربي رام الله.",
     "2023-11-06",
     {}},
    {"a massacre a verb of committing gives to a militia (\"ارتكبتها ميليشيات الحوثي\") is its attack on the "
     "ground, not the coalition's air strike",
     "مجزرة جديدة ارتكبتها ميليشيات الحوثي، راح ضحيتها 8 أشخاص من عائلة واحدة، في إحدى قرى محافظة الضالع مساء "
     "أمس.",
     "2018-06-18",
     {{"Violence against civilians", "Attack", "Houthis (Ansar Allah)", "Civilians (Yemen)", "الضالع", 8}}},
    {"... also when the militia is joined to the state's forces that are named first (\"قوات النظام والشبيحة\")",
     "قتل 108 أشخاص بينهم 49 طفلا اليوم في مجزرة ارتكبتها قوات النظام والشبيحة في بلدة الحولة بريف حمص.",
     "2012-05-25",
     {{"Violence against civilians", "Attack", "Military Forces of Syria", "Civilians (Syria)", "الحولة", 108}}},
    {"... but a massacre by a state's forces alone stays the air strike it usually is (guard)",
     "ارتكب الاحتلال الإسرائيلي مجزرة جديدة في مخيم النصيرات وسط قطاع غزة اليوم راح ضحيتها 20 شهيدا.",
     "2023-11-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)",
       "مخيم النصيرات", 20}}},
    {"two aircraft or warships of a nationality (\"مقاتلتان إسرائيليتان\", \"مدمرتان أمريكيتان\") are its forces, "
     "the subject of the verb right before them",
     "أغارت مقاتلتان إسرائيليتان فجر اليوم على موقع عسكري قرب مطار الشعيرات في ريف حمص. وأطلقت مدمرتان "
     "أمريكيتان أمس 59 صاروخ توماهوك على مطار التيفور العسكري في ريف حمص.",
     "2017-04-08",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria",
       "مطار الشعيرات", 0},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of the United States",
       "Military Forces of Syria", "مطار التيفور", 0}}},
    {"an aircraft that \"استهدفت\" something struck it (the verb alone is too weak a word of violence)",
     "استهدفت طائرة إسرائيلية مسيرة فجر اليوم سيارة في بلدة الناقورة جنوبي لبنان.",
     "2024-01-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "-", "الناقورة", 0}}},
    {"... but not aircraft flying over (guard)",
     "حلقت مقاتلات التحالف اليوم فوق مطار الحديدة.",
     "2018-06-19",
     {}},
    {"an attack with poison gas (\"هجوم بالغاز السام\") is a chemical weapon's (\"الغاز السام\" alone is also tear "
     "gas)",
     "قتل أكثر من 70 شخصا بينهم أطفال اليوم الثلاثاء في هجوم بالغاز السام على بلدة خان شيخون بريف إدلب الجنوبي.",
     "2017-04-04",
     {{"Explosions/Remote violence", "Chemical weapon", "Unidentified Armed Group (Syria)", "Civilians (Syria)",
       "خان شيخون", 70}}},
    {"settlers or protesters counted before their name (\"هاجم عشرات المستوطنين\") still attack as settlers or "
     "riot as protesters: no clash with the village",
     "هاجم عشرات المستوطنين قرية عوريف جنوب نابلس اليوم.",
     "2019-03-20",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)", "عوريف", 0}}},
    {"... (protesters)",
     "هاجم مئات المحتجين مقر الحكومة المحلية في مدينة الناصرية أمس.",
     "2019-03-20",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "-", "الناصرية", 0}}},
    {"the town that locates \"the village\" (\"القرية الواقعة غرب رام الله\") locates the village named before: that "
     "village is the place",
     "وتتكرر اعتداءات المستوطنين بحق الأهالي في قرية أم صفا، حيث هاجم مستوطنون، السبت، القرية الواقعة غرب رام "
     "الله، وأطلقوا الرصاص.",
     "2023-06-24",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)", "أم صفا", 0}}},
    {"a front across the border (\"في جبهة نجران\" in a Houthi report) is where the sides fought, not a homonym "
     "abroad to drop",
     "لقي عدد من مرتزقة العدوان مصرعهم وأصيب آخرون بنيران الجيش واللجان الشعبية في جبهة نجران اليوم.",
     "2019-08-10",
     {{"Battles", "Armed clash", "Houthis (Ansar Allah)", "Military Forces of Yemen", "نجران", 3}}},
    {"neighbourhoods of Aleppo and Damascus from the project's supplement (\"حي الشيخ مقصود\" was a Yemeni hamlet "
     "\"الشيخ\"; \"حي القدم\" a place in the desert)",
     "قتل 5 مدنيين اليوم في قصف لفصائل المعارضة على حي الشيخ مقصود.",
     "2016-04-10",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Opposition Rebels (Syria)",
       "Civilians (Syria)", "حي الشيخ مقصود", 5}}},
    {"... (Damascus)",
     "قتل 3 عناصر من قوات النظام اليوم في هجوم لتنظيم الدولة على حي القدم جنوب دمشق.",
     "2018-03-13",
     {{"Battles", "Armed clash", "Islamic State", "Military Forces of Syria", "حي القدم", 3}}},
    {"a side taking control with its name between the verb and \"سيطرته على\" (\"أحكم تنظيم الدولة سيطرته على\") "
     "took the town; \"بسطت\" is no ب + \"سطت\" (looting)",
     "أحكم تنظيم الدولة سيطرته على مدينة الرمادي اليوم.",
     "2015-05-17",
     {{"Battles", "Non-state actor overtakes territory", "Islamic State", "-", "الرمادي", 0}}},
    {"... (Sudan)",
     "بسطت قوات الدعم السريع سيطرتها على مدينة الجنينة اليوم.",
     "2023-11-05",
     {{"Battles", "Non-state actor overtakes territory", "RSF: Rapid Support Forces", "-", "الجنينة", 0}}},
    {"a side joined by و to the subject right after the verb acted with it (\"قصفت سرايا القدس وقوات الشهيد عمر "
     "القاسم مستوطنة\"): it is not the side hit; after a verb of fighting each other both are sides",
     "قصفت القوات الروسية وقوات النظام اليوم مدينة معرة النعمان. واشتبكت القوات العراقية ومسلحو داعش أمس في قضاء "
     "الحويجة.",
     "2019-10-09",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Russia", "-",
       "معرة النعمان", 0},
      {"Battles", "Armed clash", "Military Forces of Iraq", "Islamic State", "الحويجة", 0}}},
    {"an explosive drone intercepted (\"اعترضت الدفاعات ... طائرة مسيرة مفخخة أطلقها الحوثيون\") is the "
     "interception, as a drone is; the troops a struck base hosts (\"يضم قوات للتحالف\") were hit",
     "اعترضت الدفاعات الجوية السعودية صباح اليوم طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة خميس مشيط.",
     "2021-03-10",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthis (Ansar Allah)",
       "خميس مشيط", 0}}},
    {"... (the host)",
     "استهدف هجوم بطائرة مسيرة مطار أربيل الدولي الذي يضم قوات للتحالف الدولي مساء اليوم.",
     "2021-03-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Iraq)",
       "Coalition: US-led coalition", "مطار أربيل الدولي", 0}}},
    {"mourners who burn or attack (\"وأحرق المشيعون مقر حزب\") riot",
     "تحول تشييع الشاب إلى تظاهرة غاضبة في مدينة السليمانية اليوم، وأحرق المشيعون مقر حزب سياسي.",
     "2021-03-10",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "-", "السليمانية", 0}}},
    {"a blast that \"استهدف\" something (\"إثر انفجار استهدف تجمعا دينيا\") is the blast's act, no air strike; the "
     "police announcing its dead did not do it",
     "أعلنت الشرطة الباكستانية، اليوم الجمعة، مقتل 52 شخصاً على الأقل وإصابة أكثر من 50، إثر انفجار استهدف "
     "تجمعاً دينياً في منطقة مستونغ في إقليم بلوشستان.",
     "2023-09-29",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
       "Civilians (Pakistan)", "مستونغ", 52}}},
    {"\"مع\" before the act's noun (\"ويتزامن ذلك مع قصف\") names no two sides of it: two nationalities after it "
     "flew the aircraft",
     "ويتزامن ذلك مع قصف جوي تشنه مقاتلات حربية روسية وسورية على الأحياء السكنية في منطقة الحجر الأسود جنوبي دمشق، "
     "ما أدى إلى مقتل 5 مدنيين.",
     "2018-05-09",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", "Civilians (Syria)",
       "الحجر الأسود", 5}}},
    {"the side whose dead are counted is hit, not the side the agent's act is \"مع\"",
     "وأسفرت غارات لمقاتلات التحالف العربي والمواجهات مع قوات المقاومة عن مقتل 96 من ميليشيات الحوثي في جبهة "
     "الحديدة.",
     "2018-06-14",
     {{"Explosions/Remote violence", "Air/drone strike", "Saudi-led coalition", "Houthis (Ansar Allah)", "الحديدة",
       96}}},
    {"dead fighters \"في مواجهات مع\" a side fought that side, not the coalition named after it as its backer",
     "أفادت مصادر عسكرية يمنية، الأحد، بمقتل 14 من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية المدعومة من "
     "القوات الإماراتية المشاركة ضمن التحالف العربي في جبهة الساحل الغربي.",
     "2018-02-25",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الساحل الغربي", 14}}},
    {"a contact or an ally \"مع\" a side (\"بتهمة التخابر مع حزب العمال الكردستاني\") is no side of the act",
     "اعتقلت قوات الأمن التركية 20 شخصا بتهمة التخابر مع حزب العمال الكردستاني في إسطنبول.",
     "2019-03-10",
     {{"Strategic developments", "Arrests", "Police Forces of Turkey", "Civilians (Turkey)", "إسطنبول", 0}}},
    {"a joint act (\"غارات مشتركة مع الطيران الروسي\") is done with its partner, not against it",
     "شنت الطائرات السورية غارات مشتركة مع الطيران الروسي على بلدة خان شيخون، ما أدى إلى مقتل 7 مدنيين.",
     "2019-03-10",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", "خان شيخون",
       7}}},
    {"WAFA's word for settlers, \"مستعمرون\", in the settlers' phrases (\"أحرق مستعمرون\")",
     "أحرق مستعمرون، مساء اليوم الأحد، عشرات المنازل والمركبات في بلدة حوارة جنوب نابلس.",
     "2023-02-26",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "Civilians (Palestine)", "حوارة", 0}}},
    {"a protest whose crowd the sentence tells burning (\"وأحرق المحتجون مقر الحزب\") is a violent demonstration",
     "خرجت مظاهرات حاشدة في مدينة عطبرة احتجاجا على ارتفاع أسعار الخبز، وأحرق المحتجون مقر حزب المؤتمر الوطني "
     "الحاكم.",
     "2018-12-20",
     {{"Riots", "Violent demonstration", "Rioters (Sudan)", "-", "عطبرة", 0}}},
    {"foiling a vote (\"أفشلت الولايات المتحدة وحلفاؤها مشروعي قرارين\") is no fight",
     "أفشلت الولايات المتحدة وحلفاؤها، الثلاثاء، في نيويورك مشروعي قرارين بديلين طرحتهما روسيا في مجلس الأمن.",
     "2018-04-11",
     {}},
    {"(foiling an attack named after the subject is: \"أفشلت قوات الجيش اليمني، الجمعة، هجوما بحريا\")",
     "أفشلت قوات الجيش اليمني، الجمعة، هجوما بحريا لميليشيا الحوثي في جبهة الساحل الغربي جنوب محافظة الحديدة.",
     "2018-03-16",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الساحل الغربي", 0}}},
    {"a nationality is not a proclitic and a place (\"مدن فرنسية\" is not ف + the Syrian village \"رنسية\")",
     "تظاهر عشرات الآلاف اليوم في مدن فرنسية عدة ضد عنف الشرطة.",
     "2023-09-23",
     {}},
    {"what a Lebanese side strikes at an Israeli army post (\"استهدفت المقاومة الإسلامية موقع المطلة\") is the "
     "Israeli army",
     "استهدفت المقاومة الإسلامية في لبنان اليوم موقع المطلة بالصواريخ وحققت إصابات مباشرة.",
     "2023-10-24",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "المطلة", 0}}},
    {"a statement joined by \"، وأكد\" with its side named again tells an act of its own (\"وأكد حزب الله أنه أسقط "
     "طائرة مسيرة\"), not the act of the clause before",
     "قال حزب الله إنه استهدف اليوم موقع المالكية بالصواريخ، وأكد حزب الله أنه أسقط اليوم طائرة مسيرة إسرائيلية فوق "
     "بلدة عيترون.",
     "2023-11-04",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "المالكية", 0},
      {"Strategic developments", "Disrupted weapons use", "Hezbollah", "Military Forces of Israel", "عيترون", 0}}},
    {"a crowd counted or named as a leader's supporters between \"اقتحم\" and it breaks in (\"اقتحم آلاف من أنصار "
     "التيار الصدري مبنى البرلمان\")",
     "اقتحم آلاف من أنصار التيار الصدري اليوم مبنى البرلمان العراقي في بغداد احتجاجا على ترشيح السوداني.",
     "2022-07-30",
     {{"Riots", "Violent demonstration", "Rioters (Iraq)", "-", "بغداد", 0}}},
    {"a capital after \"في\" is where the act was (\"مبنى الكابيتول في واشنطن\"), not the government it stands for",
     "اقتحم أنصار الرئيس السابق دونالد ترامب مبنى الكابيتول في واشنطن اليوم.",
     "2021-01-06",
     {{"Riots", "Violent demonstration", "Rioters (United States)", "-", "واشنطن", 0}}},
    {"arrests told without who made them are the country's police's, not the foreign side the article names most",
     "الحرس الثوري يتوعد\n"
     "هدد الحرس الثوري الإيراني برد قاس على أي هجوم، وقال قائد في الحرس الثوري إن قواته مستعدة.\n"
     "وفي سياق آخر، اعتقل اليوم شخصان في باريس للاشتباه في تخطيطهما لهجوم على سفارة.",
     "2018-07-03",
     {{"Strategic developments", "Arrests", "Police Forces of France", "Civilians (France)", "باريس", 0}}},
    {"a capital expressing concern (\"وأعربت واشنطن عن قلقها من تجدد المعارك\") speaks for its government: no fight there",
     "وشمل اتفاق الخرطوم لوقف إطلاق النار كلا من ولايات دارفور والنيل الأزرق وجنوب كردفان، وأعربت واشنطن عن قلقها من "
     "تجدد المعارك.",
     "2018-07-12",
     {}},
    {"ground freed \"بالكامل\" from a side (\"تحرير مدينة الموصل بالكامل من تنظيم داعش\") was taken from that side",
     "أعلن رئيس الوزراء العراقي حيدر العبادي اليوم تحرير مدينة الموصل بالكامل من تنظيم داعش.",
     "2017-07-10",
     {{"Battles", "Government regains territory", "Military Forces of Iraq", "Islamic State", "الموصل", 0}}},
    {"(an army post's name in quotes: 'موقع \"معيان باروخ\"' is still a post the Lebanese side struck)",
     "كذلك، استهدفت المقاومة الإسلامية في لبنان اليوم موقع \"معيان باروخ\" بقذائف المدفعية.",
     "2024-08-14",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel",
       "معيان باروخ", 0}}},
    {"unnamed fighters counted dead in an attack on a unit of a state's force (\"هجوم على حاجز للجيش السوري\") "
     "attacked that force",
     "قتل 3 مسلحين في هجوم على حاجز للجيش السوري في بلدة المالكية بريف الحسكة.",
     "2024-01-10",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria", "المالكية", 3}}},
    {"a past year in brackets after what it dates (\"بعد معركة القصير (2013)\") makes the sentence history",
     "قامت قوات حزب الله بتحرير منطقة القلمون بعد معركة القصير (2013)، بدءاً من الزبداني.",
     "2023-08-28",
     {}},
    {"SANA's \"وسائط دفاعنا الجوي تتصدى لعدوان ... وتسقط 8 صواريخ\" is the air defence disrupting the strike",
     "قصف على التيفور\n"
     "وقال التلفزيون السوري نقلا عن مصدر عسكري، إن وسائط دفاعنا الجوي تتصدى فجر اليوم لعدوان بالصواريخ على مطار "
     "التيفور وتسقط 8 صواريخ.",
     "2018-04-09",
     {{"Strategic developments", "Disrupted weapons use", "Military Forces of Syria", "-", "مطار التيفور", 0}}},
    {"ground taken \"من قبضة\" a side (\"انتزعت قوات الجيش ... تبة استراتيجية من قبضة ميليشيا الحوثي\") is a capture "
     "report wherever its place is written",
     "الجيش يتقدم غربي مأرب\n"
     "انتزعت قوات الجيش اليمني، السبت، بإسناد من مقاتلات التحالف، تبة استراتيجية من قبضة ميليشيا الحوثي في مديرية "
     "صرواح غربي مأرب.",
     "2019-03-02",
     {{"Battles", "Government regains territory", "Military Forces of Yemen", "Houthis (Ansar Allah)", "صرواح", 0}}},
    {"a second noun of backing joined to the first (\"بدعم ومشاركة القوات السودانية\") names a backer, no party",
     "هجوم في حيس\n"
     "شنت القوات الحكومية، الأحد، بدعم ومشاركة القوات السودانية، هجوما على مواقع ميليشيا الحوثي في مديرية حيس جنوب "
     "الحديدة.",
     "2018-12-02",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "حيس", 0}}},
    {"one person the subject of a verb of stabbing (\"طعن شاب فلسطيني مستوطنا\") is its author; settlers hit are "
     "Israeli civilians",
     "طعن شاب فلسطيني مستوطنا إسرائيليا عند مفترق تبواح جنوب نابلس صباح اليوم الأحد وأصابه بجروح متوسطة.",
     "2019-09-15",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", "نابلس", 0}}},
    {"... and the soldier he stabbed, the person named before the verb after \"إن\" (\"إن فلسطينيا طعن جنديا\"), is "
     "the side he fought",
     "وقال جيش الاحتلال إن فلسطينيا طعن جنديا قرب مدينة رام الله مساء الخميس.",
     "2019-09-13",
     {{"Battles", "Armed clash", "Unidentified Armed Group (Palestine)", "Military Forces of Israel", "رام الله", 0}}},
    {"soldiers in the accusative (\"جنوداً إسرائيليين\") are soldiers, not Israeli civilians",
     "وقصفت سرايا القدس جنوداً إسرائيليين شرقي مدينة خان يونس بقذائف الهاون اليوم الأحد.",
     "2024-05-26",
     {{"Explosions/Remote violence", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad",
       "Military Forces of Israel", "خان يونس", 0}}},
    {"the police with a nationality (\"الشرطة الأميركية\") stay police, and the people a crowd supports "
     "(\"المحتجين المؤيدين للفلسطينيين\") are no party: protesters arrested",
     "اعتقلت الشرطة الأميركية عشرات المحتجين المؤيدين للفلسطينيين في جامعة ييل بولاية كونيتيكت اليوم الاثنين.",
     "2024-04-23",
     {{"Protests", "Protest with intervention", "Protesters (United States)", "Police Forces of the United States",
       "كونيتيكت", 0}}},
    {"the nationality of the capital and the capital after it (\"العاصمة الأميركية واشنطن\") are the place, no force",
     "خرج الآلاف في شوارع العاصمة الأميركية واشنطن اليوم السبت، في واحدة من أكبر التظاهرات المؤيدة للفلسطينيين في "
     "الولايات المتحدة.",
     "2024-04-23",
     {{"Protests", "Peaceful protest", "Protesters (United States)", "-", "واشنطن", 0}}},
    {"\"المقاومة في العراق\" is the Islamic Resistance in Iraq",
     "وأعلنت المقاومة في العراق، فجر اليوم الخميس، استهداف قاعدة عين الأسد بطائرة مسيرة.",
     "2024-04-23",
     {{"Explosions/Remote violence", "Air/drone strike", "Islamic Resistance in Iraq", "-", "قاعدة عين الأسد", 0}}},
    {"a country's name after a university's (\"جامعة كولومبيا\") is the university's, no scene",
     "اعتقلت الشرطة الأميركية اليوم الخميس 28 طالبا في ولاية جورجيا، بعد أن نصبوا خياما على غرار الحراك في جامعة "
     "كولومبيا.",
     "2024-04-26",
     {{"Strategic developments", "Arrests", "Police Forces of the United States", "", "جورجيا", 0}}},
    {"how long a place has been besieged (\"الغوطة الشرقية المحاصرة منذ عام 2013\") dates the place, not the toll",
     "شنت طائرات النظام اليوم الاثنين غارات على بلدة حمورية في الغوطة الشرقية المحاصرة منذ عام 2013، ما أسفر عن "
     "مقتل 12 مدنيا.",
     "2018-03-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", "حمورية", 12}}},
    {"\"القريبة من\" is a word of nearness: \"الغوطة الشرقية، القريبة من دمشق\" is in the Ghouta",
     "شنت طائرات النظام اليوم الاثنين غارات على الغوطة الشرقية، القريبة من دمشق، ما أسفر عن مقتل 5 مدنيين.",
     "2018-03-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)",
       "الغوطة الشرقية", 5}}},
    {"an act a side failed to carry out (\"فشلت في اعتقال شاب\") did not happen",
     "وذكرت مصادر محلية أن قوات الاحتلال فشلت في اعتقال شاب من مخيم جنين فجر اليوم.",
     "2018-05-20",
     {}},
    {"a word for protesters right after people (\"الشبان المحتجين\") says who they are: one crowd",
     "اندلعت مواجهات بين الشبان المحتجين والقوات الإيرانية في مدينة كازرون مساء الأحد.",
     "2018-05-20",
     {{"Riots", "Violent demonstration", "Rioters (Iran)", "Military Forces of Iran", "كازرون", 0}}},
    {"a place named as what an act is likened to (\"كما حدث في مدينة نابلس\") is not its scene",
     "واقتحمت قوات الاحتلال البلدة فجر اليوم، كما حدث في مدينة نابلس أثناء اغتيال ثلاثة شبان العام الماضي.",
     "2018-06-29",
     {}},
    {"two nationalities in a row (\"غارات أميركية بريطانية\") are the act's joint authors, the second no side hit",
     "وقالت وسائل إعلام يمنية إن غارات أميركية بريطانية استهدفت مواقع في مدينة الحديدة فجر اليوم.",
     "2024-02-28",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", "-", "الحديدة", 0}}},
    {"a decision to kill (\"اتخذ قراراً واضحاً بإعدام وقتل الأسير\") is no killing",
     "وقالت جمعية الأسرى إن الاحتلال اتخذ قراراً واضحاً بإعدام وقتل الأسير في سجن الرملة اليوم الأربعاء.",
     "2023-04-26",
     {}},
    {"a bulletin's headlines (\"العناوين:\") are as many stories: a line without a place takes none from another",
     "نشرة المساء\n"
     "العناوين:\n"
     "قصفت قوات الاحتلال اليوم السبت بلدة عيتا الشعب جنوبي لبنان بالمدفعية الثقيلة.\n"
     "حزب الله يستهدف تجمعا لجنود الاحتلال بالصواريخ الموجهة اليوم السبت.\n",
     "2024-02-24",
     {{"Explosions/Remote violence", "", "Military Forces of Israel", "", "عيتا الشعب", 0}}},
    {"a city read by cutting a proclitic off a word (\"وباكرا\", early, as ب + Accra) is no well-known place",
     "قصفت طائرات النظام السوري ليل الأحد وباكرا صباح الاثنين بلدتي حمورية وسقبا في الغوطة الشرقية، ما أسفر عن "
     "مقتل 10 مدنيين.",
     "2018-03-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", "حمورية", 10},
      {"Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria", "Civilians (Syria)", "سقبا", 0}}},
    {"killings \"على يد\" told as background (\"كانا قد قتلا\", \"أدت إلى قتل\", \"قتل الكثير\") are no act",
     "وكان والدا الشابة قد قتلا على يد التنظيم في السويداء. وقتل الكثير من المدنيين على أيدي الطائرات في كمبوديا. "
     "ولم تجب اللقطات عن الأحداث التي أدت إلى قتل رجل على يد الشرطة في فيرجينيا.",
     "2018-10-02",
     {}},
    {"the dead counted, then the attack they died in (\"قتل 28 شخصا على الأقل في هجوم\"), is a report of it",
     "قتل 28 شخصا على الأقل في هجوم استهدف حافلة في مدينة المنيا، اليوم الجمعة.",
     "2017-05-26",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)", "المنيا", 28}}},
    {"... and so with ب on the attack (\"استشهد مواطنان بهجوم\")",
     "استشهد مواطنان بهجوم في بلدة حوارة جنوب نابلس، مساء السبت.",
     "2023-02-26",
     {{"Violence against civilians", "Attack", "", "Civilians (Palestine)", "حوارة", 2}}},
    {"a religious community counted dead (\"قتل 28 قبطيا\") are civilians, not the gunmen of \"هجوم مسلح\"",
     "قتل 28 قبطيا على الأقل وأصيب 25 آخرون في هجوم مسلح استهدف حافلة تقل زوارا لدير الأنبا صموئيل في محافظة المنيا، "
     "اليوم الجمعة.",
     "2017-05-26",
     {{"Violence against civilians", "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)", "المنيا", 28}}},
    {"a word that is a verb as well as a noun (\"تظاهر المئات\") is the crowd acting, reported in a province",
     "تظاهر المئات في محافظة ذي قار جنوبي العراق، اليوم السبت، احتجاجا على تردي الخدمات.",
     "2022-11-05",
     {{"Protests", "Peaceful protest", "Protesters (Iraq)", "-", "ذي قار", 0}}},
    {"one protest told by its dead and by its crowd keeps its gravest sub-type, whichever report is surer",
     "قتل ثلاثة فلسطينيين وأصيب أكثر من 400 آخرين برصاص الجيش الإسرائيلي خلال تظاهرات قرب الشريط الحدودي بين قطاع "
     "غزة وإسرائيل. وتظاهر آلاف الفلسطينيين على طول الحدود بين قطاع غزة وإسرائيل الجمعة.",
     "2018-04-27",
     {{"Protests", "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "", 3}}},
    {"people after the killers of \"قتلت\" (\"قتلت قوات الاحتلال شابا فلسطينيا\") are one victim, not a qualifier",
     "قتلت قوات الاحتلال شابا فلسطينيا في مدينة جنين، أمس الأربعاء.",
     "2023-06-15",
     {{"Violence against civilians", "Attack", "Military Forces of Israel", "Civilians (Palestine)", "جنين", 1}}},
    {"an official killed by a named armed side (\"قتلت قوات الدعم السريع والي ولاية\") is one death",
     "قتلت قوات الدعم السريع والي ولاية غرب دارفور خميس أبكر في مدينة الجنينة، أمس الأربعاء.",
     "2023-06-15",
     {{"", "", "RSF: Rapid Support Forces", "", "الجنينة", 1}}},
    {"a nationality of one word agreeing with the force (\"المستوطنون الإسرائيليون\") still qualifies it",
     "هاجم المستوطنون الإسرائيليون قرية حوارة جنوب نابلس أمس.",
     "2023-02-27",
     {{"Violence against civilians", "Attack", "Settlers (Israel)", "", "حوارة", 0}}},
    {"a side telling of its own dead in a drone attack on a base in a country was hit by an unnamed author",
     "أعلن الجيش الأميركي مقتل ثلاثة من جنوده وإصابة 34 آخرين في هجوم بطائرة مسيرة على قاعدة عسكرية شمال شرقي "
     "الأردن قرب الحدود السورية.",
     "2024-01-28",
     {{"Explosions/Remote violence", "Air/drone strike", "Unidentified Armed Group (Jordan)",
       "Military Forces of the United States", "الأردن", 3}}},
    {"the capital's nationality (\"في العاصمة الصومالية مقديشو\") names a place, not the country's forces",
     "قتل 79 شخصا على الأقل في انفجار شاحنة مفخخة عند نقطة تفتيش مزدحمة في العاصمة الصومالية مقديشو صباح اليوم السبت.",
     "2019-12-28",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)",
       "Civilians (Somalia)", "مقديشو", 79}}},
    {"an attack followed by what it led to (\"الهجوم الذي أسفر عن مقتل 20 مدنيا\") is a report of it",
     "وتبنى تنظيم داعش الهجوم الذي أسفر عن مقتل 20 مدنيا في مدينة السويداء.",
     "2018-07-26",
     {{"Violence against civilians", "Attack", "Islamic State", "Civilians (Syria)", "السويداء", 20}}},
    {"a country named by the direction of a town in it (\"نانت غرب فرنسا\") is no force against the protest",
     "تظاهر الآلاف في مدينة نانت غرب فرنسا يوم السبت لدعم ناشطين بيئيين.",
     "2018-04-15",
     {{"Protests", "Peaceful protest", "Protesters (France)", "-", "نانت", 0}}},
    {"one victim named by title, side and name, then \"و9 آخرين\", counts ten dead",
     "شنت طائرات الاحتلال الإسرائيلي سلسلة غارات على قطاع غزة، اليوم الجمعة، أسفرت عن استشهاد القيادي في سرايا "
     "القدس تيسير الجعبري و9 آخرين بينهم طفلة.",
     "2022-08-05",
     {{"Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", "", "قطاع غزة", 10}}},
    {"one victim and a companion joined by و (\"داود راجحة ونائبه آصف شوكت\") are two dead",
     "قتل وزير الدفاع السوري داود راجحة ونائبه آصف شوكت في تفجير استهدف مبنى الأمن القومي في دمشق، اليوم الأربعاء.",
     "2012-07-18",
     {{"Explosions/Remote violence", "Remote explosive/landmine/IED", "", "", "دمشق", 2}}},
    {"tourists are civilians, and the side after \"وتبنى\" claims the act: it carried it out",
     "قتل 38 سائحا في هجوم على فندق في منتجع سوسة أمس الجمعة، وتبنى تنظيم الدولة الهجوم.",
     "2015-06-27",
     {{"Violence against civilians", "Attack", "Islamic State", "Civilians (Tunisia)", "سوسة", 38}}},
    {"a day set off by commas between the verb and the figure (\"وقتلت قوات الجيش، الثلاثاء، العشرات\") is an aside",
     "وقتلت قوات الجيش اليمني، الثلاثاء، العشرات من مسلحي الحوثي في مديرية الدريهمي جنوب الحديدة.",
     "2018-06-05",
     {{"Battles", "Armed clash", "Military Forces of Yemen", "Houthis (Ansar Allah)", "الدريهمي", 10}}},
};

class EventRulesTest : public ::testing::TestWithParam<Case> {};

TEST_P(EventRulesTest, GivesTheExpectedEvents) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  const Case& c = GetParam();
  Document doc = Extract(c.text, c.published);
  ASSERT_EQ(doc.events.size(), c.events.size()) << c.rule << "\n" << Describe(doc);
  for (size_t i = 0; i < c.events.size(); ++i) {
    EXPECT_TRUE(Matches(doc.events[i], c.events[i])) << c.rule << ": event " << i << "\n" << Describe(doc);
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, EventRulesTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) { return "rule" + std::to_string(param.index); });

// A headline summarizes the body: its event joins the body's report, or goes when it joins none
// (here the province for the body's town), and stands alone only when the body tells no event. The
// titles are the first line of the text, as the .txt and HTML readers write them.
TEST(HeadlineRule, AHeadlineEventThatJoinsNoBodyEventCountsOnlyWhenTheBodyTellsNone) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  ingest::ArticleReader reader({Day::Parse("2024-03-29"), 64u << 20});
  auto extract = [&](const std::string& title, const std::string& body) {
    Result<Document> doc = reader.FromPlainText(title + "\n" + body + "\n", "test", "test");
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    TestPipeline().Process(*doc);
    return std::move(*doc);
  };
  const std::string body =
      "قتل ثمانية مدنيين اليوم في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب الشرقي.";
  Document vaguer = extract("عشرات القتلى في غارات على إدلب", body);
  ASSERT_EQ(vaguer.events.size(), 1u) << Describe(vaguer);
  EXPECT_EQ(vaguer.events[0].location, "سراقب") << Describe(vaguer);

  Document alone = extract("مقتل ثمانية مدنيين في غارة جوية على سراقب", "وأدان ناشطون ما وصفوه بالتصعيد.");
  ASSERT_EQ(alone.events.size(), 1u) << Describe(alone);
  EXPECT_EQ(alone.events[0].location, "سراقب") << Describe(alone);
}

// The headline names the sides in the order of its summary; the body's report of the same act says who
// attacked whom, and the merged event takes the body's sides.
// A plain-text article whose first line is its headline, through the whole pipeline.
std::optional<Document> ExtractTitled(const char* published, const char* text) {
  ingest::ArticleReader reader({Day::Parse(published), 64u << 20});
  Result<Document> doc = reader.FromPlainText(text, "test", "test");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  if (!doc.ok()) return std::nullopt;
  TestPipeline().Process(*doc);
  return std::move(*doc);
}

TEST(HeadlineRule, TheBodysReportGivesTheSidesOfAnEventTheHeadlineAlsoTells) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  std::optional<Document> doc = ExtractTitled(
      "2024-08-07",
      "اشتباكات بين قسد ومقاتلي العشائر في ريف دير الزور\n"
      "هاجم مقاتلو العشائر العربية اليوم مواقع قوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور الشرقي، "
      "واندلعت اشتباكات عنيفة بين الطرفين.\n");
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->events.size(), 1u) << Describe(*doc);
  EXPECT_EQ(doc->events[0].actor1, "Arab Tribes and Clans Army") << Describe(*doc);
  EXPECT_EQ(doc->events[0].actor2, "SDF: Syrian Democratic Forces") << Describe(*doc);
  EXPECT_EQ(doc->events[0].location, "ذيبان") << Describe(*doc);
}

// The headline's region ("في الضفة") and the body's settlement near a town are both precision 2; the
// merged event takes the body's finer place, and a headline toll read as a convention ("مقتل فلسطني", a
// misspelt victim: an unnumbered plural, 3) does not outweigh the body's written one ("مقتل فلسطينيا").
TEST(HeadlineRule, TheBodysFinerPlaceAndWrittenTollWin) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  std::optional<Document> doc = ExtractTitled(
      "2018-09-03",
      "مقتل فلسطني برصاص الجيش الإسرائيلي في الضفة\n"
      "أعلن الجيش الإسرائيلي، الاثنين، مقتل فلسطينيا برصاص جنوده عند نقطة تفتيش بالضفة الغربية.\n"
      "ووقعت الحادثة قرب مستوطنة كريات أربع التي تقع قرب مدينة الخليل.\n");
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->events.size(), 1u) << Describe(*doc);
  EXPECT_EQ(doc->events[0].location, "كريات أربع") << Describe(*doc);
  EXPECT_EQ(doc->events[0].fatalities, 1) << Describe(*doc);
}

// The headline's "قوات الأمن" (read as the army in Syria) and the body's "عناصر الأمن العام" (the police) are
// one country's forces, named loosely in the summary: one ambush, four dead, not two events and eight.
TEST(HeadlineRule, OneCountrysForcesNamedLooselyAreOneSide) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  std::optional<Document> doc = ExtractTitled(
      "2025-03-10",
      "مقتل 4 من قوات الأمن في كمين بريف جبلة\n"
      "قتل 4 من عناصر الأمن العام السوري، اليوم الاثنين، في كمين نصبه مسلحون من فلول النظام السابق على طريق "
      "قرية بيت عانا في ريف جبلة بمحافظة اللاذقية.\n"
      "وقالت مصادر محلية إن اشتباكات اندلعت بين الطرفين استمرت ساعات، قبل أن تصل تعزيزات أمنية إلى المنطقة.\n");
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->events.size(), 1u) << Describe(*doc);
  EXPECT_EQ(doc->events[0].actor2, "Police Forces of Syria") << Describe(*doc);
  EXPECT_EQ(doc->events[0].fatalities, 4) << Describe(*doc);
}

// "لقي جنديان مصرعهما وأصيب ثالث": an ordinal after the dead counts one more person, as "آخر" does.
TEST(CasualtyRule, AnOrdinalAfterTheDeadIsOneMorePerson) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract(
      "لقي جنديان مصرعهما وأصيب ثالث بجروح خطيرة، إثر هجوم شنه مسلحون على حاجز للجيش في مدينة العريش بشمال سيناء.\n",
      "2023-01-31");
  ASSERT_EQ(doc.events.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.events[0].fatalities, 2) << Describe(doc);
  EXPECT_EQ(doc.events[0].injured, std::optional<int64_t>(1)) << Describe(doc);
}

// "قال الخبير العسكري الأمريكي إن الغارات الجوية استهدفت كفرنبل": the nationality after a person's military
// title ("الخبير العسكري") is the person's, no force of that country in the war told.
TEST(ActorRule, TheNationalityOfAMilitaryTitleIsNoSide) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract("قال الخبير العسكري الأمريكي إن الغارات الجوية استهدفت أمس بلدة كفرنبل في ريف إدلب الجنوبي.\n",
                         "2019-05-20");
  ASSERT_EQ(doc.events.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.events[0].location, "كفرنبل") << Describe(doc);
  EXPECT_NE(doc.events[0].actor1, "Military Forces of the United States") << Describe(doc);
  EXPECT_NE(doc.events[0].actor2, "Military Forces of the United States") << Describe(doc);
}

// "أشارت المراسلة إلى استهداف الاحتلال بغارات أطراف بلدة كفرشوبا، فيما قصفت مدفعيته أطراف بلدة عيترون": the arm
// of a side with the side as a pronoun ("مدفعيته") is the arm of the side that acted just before, not of the
// side the article names most (here the Lebanese resistance); "قصفت مدفعيته" is shelling.
TEST(ActorRule, AnArmWithItsSideAsAPronounIsTheSideThatActedJustBefore) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract(
      "المقاومة الإسلامية تستهدف مواقع الاحتلال\n"
      "أعلنت المقاومة الإسلامية في لبنان استهداف موقع جل العلام. وأعلنت المقاومة الإسلامية استهداف موقع بركة ريشا. "
      "وقالت المقاومة الإسلامية إنها أصابت مواقع الاحتلال إصابات مباشرة.\n"
      "وأشارت المراسلة إلى استهداف الاحتلال بغارات أطراف بلدات الماري وكفرشوبا.\n"
      "فيما قصفت مدفعيته أطراف بلدة عيترون.\n",
      "2023-11-04");
  const auto shelling = std::find_if(doc.events.begin(), doc.events.end(), [](const Event& e) {
    return e.sub_event_type == "Shelling/artillery/missile attack" && e.location == "عيترون";
  });
  ASSERT_NE(shelling, doc.events.end()) << Describe(doc);
  EXPECT_EQ(shelling->actor1, "Military Forces of Israel") << Describe(doc);
}

// "هاجمت المقاومة، أمس الخميس، موقع الصدح" / "كذلك، هاجمت موقع مسكاف عام": a sentence that opens by adding to
// the one before ("كذلك", "كما") takes its day, though it is a paragraph of its own.
TEST(DateRule, ASentenceThatAddsToThePreviousOneTakesItsDay) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract(
      "هاجمت المقاومة الإسلامية في لبنان، أمس الخميس، موقع المالكية الإسرائيلي بالصواريخ الموجهة.\n"
      "كذلك، هاجمت موقع مسكاف عام بالصواريخ الموجهة والأسلحة المناسبة.\n",
      "2023-10-28");
  ASSERT_EQ(doc.events.size(), 2u) << Describe(doc);
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.date) << Describe(doc);
    EXPECT_EQ(e.date->ToString(), "2023-10-26") << e.location;  // the Thursday before Saturday's publication
  }
}

// "أعلنت وزارة الدفاع التونسية مقتل عسكري في انفجار لغم بمنطقة جبال المغيلة": the mountains are not in the
// gazetteer and "جبال" alone is no place (it was Sudan's "إقليم الجبال"); with no place and no named side, the
// nationality adjective puts the article in its country, so no actor is "of International".
TEST(CountryRule, AnArticleNamingNoPlaceIsInTheCountryItsAdjectivesName) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract(
      "أعلنت وزارة الدفاع التونسية اليوم مقتل عسكري في انفجار لغم بمنطقة جبال المغيلة غربي البلاد.\n", "2018-10-03");
  ASSERT_EQ(doc.events.size(), 1u) << Describe(doc);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.location, "") << Describe(doc);
  EXPECT_EQ(e.country, "Tunisia") << Describe(doc);
  EXPECT_EQ(e.geo_precision, 3) << Describe(doc);  // the country's, as ACLED codes an event located no closer
  ASSERT_TRUE(e.lat && e.lon) << Describe(doc);
  EXPECT_NEAR(*e.lat, 34, 4) << Describe(doc);  // in Tunisia, not in Darfur (12 N)
  EXPECT_NEAR(*e.lon, 9, 3) << Describe(doc);
  EXPECT_EQ(e.actor1, "Unidentified Armed Group (Tunisia)") << Describe(doc);
  EXPECT_EQ(e.actor2, "Military Forces of Tunisia") << Describe(doc);
}

// "أمام مقر ولاية القصرين", "بمقر الولاية بسيدي بوزيد": the seat of a governorate is its capital town (precision
// 1 at the town), not the governorate at large (precision 3, which also made the protest too vague to code).
// "جنوب مدينة رفح في شمال سيناء": a province named as a town's container picks its homonym there, across a
// border, rather than the larger town of the name in the context's other country (the Gaza Strip's Rafah).
TEST(PlaceRule, AContainerInAnotherCountryPicksItsHomonym) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  for (const char* text : {"أحبطت القوات المسلحة المصرية هجوما إرهابيا على ارتكاز أمني جنوب مدينة رفح في شمال سيناء، "
                           "أمس الخميس، وتم القضاء على 18 تكفيريا.",
                           "قتل 4 جنود في هجوم على ارتكاز أمني في مدينة رفح بشمال سيناء، أمس الخميس."}) {
    Document doc = Extract(text, "2020-07-10");
    ASSERT_EQ(doc.events.size(), 1u) << text << "\n" << Describe(doc);
    const Event& e = doc.events[0];
    EXPECT_EQ(e.location, "رفح") << Describe(doc);
    EXPECT_EQ(e.country, "Egypt") << Describe(doc);
    EXPECT_EQ(e.admin1, "North Sinai") << Describe(doc);
  }
}

TEST(PlaceRule, TheSeatOfAGovernorateIsItsTown) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  struct Row {
    const char* text;
    const char* location;
    double lat, lon;  // the town's (Who's On First)
  };
  const Row rows[] = {
      {"نفذ عدد من العاطلين عن العمل اليوم وقفة احتجاجية أمام مقر ولاية القصرين للمطالبة بالتشغيل.", "القصرين",
       35.1676, 8.8365},
      {"دخل عمال الحضائر اليوم في اعتصام مفتوح بمقر الولاية بسيدي بوزيد.", "سيدي بوزيد", 35.0382, 9.4849},
  };
  for (const Row& r : rows) {
    Document doc = Extract(r.text, "2016-01-20");
    ASSERT_EQ(doc.events.size(), 1u) << r.text << "\n" << Describe(doc);
    const Event& e = doc.events[0];
    EXPECT_EQ(e.sub_event_type, "Peaceful protest") << Describe(doc);
    EXPECT_EQ(e.location, r.location) << Describe(doc);
    EXPECT_EQ(e.geo_precision, 1) << Describe(doc);
    ASSERT_TRUE(e.lat && e.lon) << Describe(doc);
    EXPECT_NEAR(*e.lat, r.lat, 0.01) << r.text;
    EXPECT_NEAR(*e.lon, r.lon, 0.01) << r.text;
  }
}

// "غارات على بلدتي عيتا الشعب ورامية/والخيام": the plural type word types every name of its list (الخيام, "the
// tents", is a common word, emitted only after a type word), and of two villages called رامية the one by Aita
// al-Shaab, named beside it, is meant (Ramiye in Nabatieh, not Ramie in Mount Lebanon).
TEST(PlaceRule, AListAfterAPluralTypeWordIsTypedAndKeptTogether) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document khiam = Extract("شنت الطائرات الحربية الإسرائيلية اليوم غارات على بلدتي عيتا الشعب والخيام في جنوب لبنان.\n",
                           "2025-01-15");
  ASSERT_EQ(khiam.events.size(), 2u) << Describe(khiam);
  EXPECT_EQ(khiam.events[1].location, "الخيام") << Describe(khiam);
  EXPECT_EQ(khiam.events[1].admin1, "Nabatieh") << Describe(khiam);
  Document ramiye = Extract("شنت الطائرات الحربية الإسرائيلية اليوم غارات على بلدتي عيتا الشعب ورامية في جنوب لبنان.\n",
                            "2025-01-15");
  ASSERT_EQ(ramiye.events.size(), 2u) << Describe(ramiye);
  const Event& e = ramiye.events[1];
  EXPECT_EQ(e.location, "رامية") << Describe(ramiye);
  EXPECT_EQ(e.admin1, "Nabatieh") << Describe(ramiye);
  ASSERT_TRUE(e.lat && e.lon) << Describe(ramiye);
  EXPECT_NEAR(*e.lat, 33.11, 0.05);  // by Aita al-Shaab (33.10 N), not Mount Lebanon's Ramie (33.91 N)
}

// A day after publication is one to come: it is not the article's day that undated acts take (a
// scheduled election), and a sentence whose only day is to come tells nothing that has happened. Two
// days of grace (a publication date in another time zone) still date the news.
TEST(DateRule, ADayAfterPublicationDatesNothing) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract(
      "تظاهر مئات الطلاب يوم الأربعاء الموافق 24/7/2024 أمام مبنى الكونغرس في العاصمة الأميركية واشنطن "
      "للمطالبة بوقف الحرب على غزة.\n"
      "واعتقلت الشرطة عددا من المتظاهرين.\n"
      "ويتوقع أن يشارك الطلاب بكثافة في الانتخابات الرئاسية المقررة في 5 نوفمبر 2024.\n",
      "2024-07-29");
  // (One event: the protest and the arrests at it are a protest with intervention; "العاصمة الأميركية
  // واشنطن" names the place, not a second force.)
  ASSERT_EQ(doc.events.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.events[0].sub_event_type, "Protest with intervention") << Describe(doc);
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.date) << Describe(doc);
    EXPECT_EQ(e.date->ToString(), "2024-07-24") << e.sub_event_type;  // not the election's day
  }
  Document scheduled = Extract(
      "ويخوض المرشح المعارض من سجنه في مدينة أدرنة معركة الانتخابات التي تجري في 24 يونيو 2018، "
      "بعد أن اعتقلته الشرطة التركية ونفذت حملة مداهمات واسعة في المدينة.\n",
      "2018-06-13");
  EXPECT_EQ(scheduled.events.size(), 0u) << Describe(scheduled);
  Document grace = Extract("قتل 3 مدنيين في غارة جوية على بلدة سراقب في ريف إدلب يوم 30 مارس 2024.\n", "2024-03-29");
  ASSERT_EQ(grace.events.size(), 1u) << Describe(grace);
  ASSERT_TRUE(grace.events[0].date) << Describe(grace);
  EXPECT_EQ(grace.events[0].date->ToString(), "2024-03-30");
}

// A toll the text writes as a figure (digits, a number word, "جندي", "جنديين") is numbered; the GUIDELINES
// values of an unnumbered plural ("قتلى" 3) and of a vague quantity ("عشرات" 10) are flagged vague, so that
// the store prefers numbered reports of the same event (src/store/merge.h).
TEST(VagueToll, ConventionsAreFlaggedAndFiguresAreNot) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  struct Row {
    const char* text;
    int64_t fatalities;
    bool vague;
  };
  const Row rows[] = {
      {"قتل 12 مدنيا اليوم في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب.", 12, false},
      {"قتل ثلاثة مدنيين اليوم في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب.", 3, false},
      {"قتل عشرات المدنيين اليوم في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب.", 10, true},
      {"سقط قتلى مدنيون اليوم في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب.", 3, true},
      {"قتل جندي اليوم في غارة جوية شنتها طائرات حربية على بلدة سراقب في ريف إدلب.", 1, false},
      {"شنت طائرات حربية اليوم غارة جوية على بلدة سراقب في ريف إدلب.", 0, false},
  };
  for (const Row& r : rows) {
    Document doc = Extract(r.text, "2024-03-29");
    ASSERT_EQ(doc.events.size(), 1u) << r.text << "\n" << Describe(doc);
    EXPECT_EQ(doc.events[0].fatalities, r.fatalities) << r.text;
    EXPECT_EQ(doc.events[0].fatalities_vague, r.vague) << r.text;
  }
}

// A town's adjective of a country ("مدينة رفح المصرية", "مدينة ليون الفرنسية") picks its entry in that
// country, kept though the article's other cues point elsewhere; a base's adjective names its owner.
TEST(CountryAdjective, PicksTheTownsCountry) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  struct Row {
    const char* text;
    const char* country;
  };
  const Row rows[] = {
      {"قتل جندي اليوم في هجوم مسلح على كمين أمني في مدينة رفح المصرية.", "Egypt"},
      {"قتل جندي اليوم في هجوم مسلح على كمين أمني في مدينة رفح.", "Palestine"},
      {"تظاهر مئات الطلاب اليوم في مدينة ليون الفرنسية.", "France"},
      {"استهدف هجوم بطائرة مسيرة اليوم قاعدة التنف الأمريكية في ريف حمص.", "Syria"},
  };
  for (const Row& r : rows) {
    Document doc = Extract(r.text, "2024-05-29");
    ASSERT_EQ(doc.events.size(), 1u) << r.text << "\n" << Describe(doc);
    EXPECT_EQ(doc.events[0].country, r.country) << r.text << "\n" << Describe(doc);
  }
}

// "الخيام بجنوب لبنان": a country's south is a region wider than the unit the gazetteer gives the phrase
// (South Lebanon governorate), and a town of the country near it is not re-placed at that unit (Khiam is
// in Nabatieh).
TEST(CountryQuarter, KeepsTheTownNamedInIt) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract("قتل 4 أشخاص اليوم في غارة بطائرة مسيرة استهدفت سيارة في منطقة الخيام بجنوب لبنان.", "2025-05-12");
  ASSERT_EQ(doc.events.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.events[0].location, "الخيام");
  EXPECT_EQ(doc.events[0].geo_precision, 1) << doc.events[0].admin1;
  EXPECT_EQ(doc.events[0].admin1, "Nabatieh");
}

// A settlement named alone is placed on the front the article reports from: Metulla on the Lebanese border
// (33.28 N), not al-Mutilla in the West Bank.
TEST(SettlementAlone, IsOnTheFrontOfTheArticle) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  Document doc = Extract("أعلن حزب الله استهداف تجمع لجنود الاحتلال في مستوطنة المطلة بصلية صاروخية.", "2024-10-05");
  ASSERT_EQ(doc.events.size(), 1u) << Describe(doc);
  EXPECT_EQ(doc.events[0].country, "Israel") << Describe(doc);
  EXPECT_GT(doc.events[0].lat.value_or(0), 33.0) << Describe(doc);
}

// Wounded named by a singular or a dual noun, with no figure ("أصيب جنديان", "إصابة مستوطن"), are counted
// and are the side the act hit: a landmine that wounds two soldiers was set by someone else; the settler
// wounded by gunfire was not the shooter.
TEST(WoundedByNoun, AreCountedAndAreTheSideHit) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  struct Row {
    const char* text;
    const char* published;
    int64_t injured;
    const char* actor1;
    const char* actor2;
  };
  const Row rows[] = {
      {"أصيب جنديان بجروح إثر انفجار لغم أرضي بمدينة القصرين صباح اليوم.", "2015-07-10", 2,
       "Unidentified Armed Group (Tunisia)", "Military Forces of Tunisia"},
      {"أصيب عسكريان إثر انفجار لغم أرضي بمدينة القصرين صباح اليوم.", "2015-07-10", 2,
       "Unidentified Armed Group (Tunisia)", "Military Forces of Tunisia"},
      {"انفجر لغم أرضي بمدينة القصرين صباح اليوم مما أسفر عن إصابة جنديين بجروح.", "2015-07-10", 2,
       "Unidentified Armed Group (Tunisia)", "Military Forces of Tunisia"},
      {"أصيب مستوطن إسرائيلي صباح اليوم بعملية إطلاق نار شمالي رام الله.", "2023-04-25", 1,
       "Unidentified Armed Group (Palestine)", "Civilians (Israel)"},
      // (In a clash, the raiding force stays first: "the soldier was wounded" does not make it the side hit.)
      {"اعترف الاحتلال الإسرائيلي بإصابة جندي في مخيم بلاطة شرقي نابلس اليوم خلال مواجهات مع المقاومين.",
       "2024-04-22", 1, "Military Forces of Israel", "Unidentified Armed Group (Palestine)"},
      // (The wounded joined to the one named count too, as the dead do.)
      {"ألقى مجهولون قنبلة يدوية على منزل في حي الأمين ببغداد، ما أسفر عن إصابة امرأة وطفلين.", "2019-07-12", 3,
       "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"},
  };
  for (const Row& r : rows) {
    Document doc = Extract(r.text, r.published);
    ASSERT_EQ(doc.events.size(), 1u) << r.text << "\n" << Describe(doc);
    const Event& e = doc.events[0];
    EXPECT_EQ(e.injured, r.injured) << r.text << "\n" << Describe(doc);
    EXPECT_EQ(e.actor1, r.actor1) << r.text;
    EXPECT_EQ(e.actor2, r.actor2) << r.text;
  }
}
// Every field of every event, spans and coordinates included.
std::string DescribeFully(const Document& doc) {
  std::ostringstream out;
  auto span = [&](const ByteSpan& s) { out << s.begin << "-" << s.end << " "; };
  for (const Event& e : doc.events) {
    out << e.event_type << "|" << e.sub_event_type << "|" << (e.date ? e.date->ToString() : "-") << "/"
        << e.date_precision << "|" << e.actor1 << "|" << e.actor2 << "|" << e.location << "|" << e.country << "|"
        << e.admin1 << "|" << e.lat.value_or(-999) << "," << e.lon.value_or(-999) << "/" << e.geo_precision << "|"
        << e.fatalities << (e.fatalities_vague ? "~" : "") << "|" << e.injured.value_or(-1) << "|" << e.evidence
        << "|" << e.confidence << "|";
    for (const ByteSpan* s : {&e.spans.actor1, &e.spans.actor2, &e.spans.location, &e.spans.date,
                              &e.spans.fatalities, &e.spans.injured, &e.spans.trigger, &e.spans.evidence}) {
      span(*s);
    }
    out << "\n";
  }
  return out.str();
}

// The assembler keeps its containers from one document to the next in each thread: documents assembled
// one after another, longer and shorter ones in both orders, give the events each gives in a thread
// where it is the first.
TEST(AssemblerReuse, ADocumentAfterOthersGivesTheEventsItGivesAlone) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  std::vector<std::string> alone;
  size_t with_events = 0;
  for (const Case& c : kCases) {
    std::thread([&] { alone.push_back(DescribeFully(Extract(c.text, c.published))); }).join();
    with_events += alone.back().empty() ? 0 : 1;
  }
  ASSERT_GE(with_events, std::size(kCases) / 2);
  std::vector<std::string> forward(std::size(kCases)), backward(std::size(kCases));
  std::thread([&] {
    for (size_t i = 0; i < std::size(kCases); ++i) {
      forward[i] = DescribeFully(Extract(kCases[i].text, kCases[i].published));
    }
    for (size_t i = std::size(kCases); i-- > 0;) {
      backward[i] = DescribeFully(Extract(kCases[i].text, kCases[i].published));
    }
  }).join();
  for (size_t i = 0; i < std::size(kCases); ++i) {
    EXPECT_EQ(forward[i], alone[i]) << kCases[i].rule;
    EXPECT_EQ(backward[i], alone[i]) << kCases[i].rule;
  }
}

// A cue with the pronoun of whom the act hit ("ما أسفر عن مقتله وإصابة عدد من أفراد عائلته", "ما أدى إلى
// إصابته") counts that one person, and leaves the figure after it to the other cue; what an accident
// told in the clause led to ("نتيجة حادث سير ... ما أدى إلى إصابته") is no toll of the act.
TEST(PronounToll, CountsTheOnePersonTheActHitInItsClauseOfResult) {
  if (!HaveSharedData()) GTEST_SKIP() << "no " << RASD_TEST_SHARED_DATA << ": gazetteer absent";
  struct Row {
    const char* text;
    int64_t fatalities;
    std::optional<int64_t> injured;
  };
  const Row rows[] = {
      {"هاجم مسلحون مجهولون منزل منتسب في شرطة الحدود في ناحية يثرب، ما أسفر عن مقتله وإصابة عدد من أفراد عائلته.", 1, 3},
      // (The plural counts the figure the clause gave them, else it is an unnumbered plural.)
      {"قصفت طائرة مسيرة سيارة تقل 4 مسلحين في ناحية يثرب، ما أدى إلى مقتلهم.", 4, std::nullopt},
      {"قصفت طائرة مسيرة سيارة تقل مسلحين في ناحية يثرب، ما أدى إلى مقتلهم.", 3, std::nullopt},
      {"أطلق جنود الاحتلال النار على شاب في مخيم بلاطة شرقي نابلس، ما أدى إلى إصابته بجروح.", 0, 1},
      {"هاجم مسلحون حاجزا للجيش في مدينة درعا، وانقلبت سيارة الضابط نتيجة حادث سير أثناء فراره، ما أدى إلى إصابته.", 0,
       std::nullopt},
  };
  for (const Row& r : rows) {
    Document doc = Extract(r.text, "2020-05-04");
    ASSERT_EQ(doc.events.size(), 1u) << r.text << "\n" << Describe(doc);
    EXPECT_EQ(doc.events[0].fatalities, r.fatalities) << r.text << "\n" << Describe(doc);
    EXPECT_EQ(doc.events[0].injured, r.injured) << r.text << "\n" << Describe(doc);
  }
}

}  // namespace
}  // namespace rasd
