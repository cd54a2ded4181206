#include "tiny_gazetteer.h"

#include <lzma.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace rasd::fuzz {

namespace {

namespace fs = std::filesystem;

void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

void WriteXz(const fs::path& path, const std::string& text) {
  std::string out(lzma_stream_buffer_bound(text.size()), '\0');
  size_t pos = 0;
  if (lzma_easy_buffer_encode(1, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const uint8_t*>(text.data()),
                              text.size(), reinterpret_cast<uint8_t*>(out.data()), &pos, out.size()) != LZMA_OK) {
    std::fprintf(stderr, "tiny gazetteer: xz encoding failed\n");
    std::abort();
  }
  out.resize(pos);
  WriteFile(path, out);
}

// A Who's On First flat row: the columns the reader uses, the others empty.
std::string Wof(const std::string& id, const std::string& cc, const std::string& type, const std::string& name,
                const std::string& name_ar, const std::string& variants, const std::string& lat,
                const std::string& lon, const std::string& pop, const std::string& admin1) {
  return id + "\t" + cc + "\t" + type + "\t\t\t1\t\t\t" + name + "\t" + name + "\t" + name_ar + "\t" + variants +
         "\t\t\t" + lat + "\t" + lon + "\t" + pop + "\t" + admin1 + "\t\t\t\t\t\t\t\t\t\n";
}

}  // namespace

void WriteTinyGazetteerSources(const std::string& data_dir) {
  const fs::path g = fs::path(data_dir) / "gazetteer";
  std::string wof =
      "wof_id\tcountry\tplacetype\tplacetype_local\tgn_feature_code\tis_current\tdeprecated\tsuperseded_by\t"
      "name\tname_en\tname_ar\tar_variants\tother_arabic_script\tlatin_variants\tlat\tlon\tpopulation\t"
      "admin1_id\tadmin1_name\tadmin1_name_ar\tadmin2_id\tadmin2_name\tadmin2_name_ar\tparent_locality_id\t"
      "parent_locality_name\tgeonames_id\twikidata_id\n";
  wof += Wof("1", "SY", "country", "Syria", "سوريا", "سورية", "35.0", "38.5", "17000000", "");
  wof += Wof("2", "YE", "country", "Yemen", "اليمن", "", "15.5", "47.5", "29000000", "");
  wof += Wof("3", "IQ", "country", "Iraq", "العراق", "", "33.0", "44.0", "40000000", "");
  wof += Wof("10", "SY", "region", "Idlib", "إدلب", "محافظة إدلب", "35.8", "36.6", "1500000", "10");
  wof += Wof("11", "SY", "locality", "Idlib", "إدلب", "ادلب", "35.93", "36.63", "160000", "10");
  wof += Wof("12", "SY", "locality", "Saraqib", "سراقب", "", "35.86", "36.8", "30000", "10");
  wof += Wof("13", "SY", "locality", "Ariha", "أريحا", "", "35.81", "36.61", "40000", "10");
  wof += Wof("14", "SY", "region", "Homs", "حمص", "محافظة حمص", "34.7", "37.5", "1800000", "14");
  wof += Wof("15", "SY", "locality", "Homs", "حمص", "", "34.73", "36.72", "650000", "14");
  wof += Wof("16", "SY", "locality", "Palmyra", "تدمر", "", "34.56", "38.28", "50000", "14");
  wof += Wof("20", "YE", "region", "Taiz", "تعز", "محافظة تعز", "13.5", "44.0", "2000000", "20");
  wof += Wof("21", "YE", "locality", "Taiz", "تعز", "", "13.58", "44.02", "600000", "20");
  wof += Wof("22", "YE", "locality", "Aden", "عدن", "", "12.78", "45.03", "800000", "20");
  wof += Wof("30", "IQ", "region", "Nineveh", "نينوى", "", "36.3", "43.1", "3000000", "30");
  wof += Wof("31", "IQ", "locality", "Mosul", "الموصل", "موصل", "36.34", "43.13", "1500000", "30");
  wof += Wof("32", "IQ", "locality", "Tal Afar", "تلعفر", "تل عفر", "36.37", "42.45", "200000", "30");
  wof += Wof("33", "SY", "locality", "Al Qusayr", "القصير", "", "34.51", "36.58", "30000", "14");
  wof += Wof("34", "YE", "locality", "Al Qusayr", "القصير", "", "13.6", "44.1", "900", "20");
  WriteXz(g / "whosonfirst" / "wof_places_flat.tsv.xz", wof);

  WriteFile(g / "naturalearth" / "countries.tsv",
            "iso_a2\tiso_a3\tname\tname_ar\tlat\tlon\tname_ar_clean\tadm0_a3\tname_long\tadmin\tformal_en\ttype\t"
            "continent\twikidataid\tne_id\tcoord_source\tname_ar_core\n"
            "SY\tSYR\tSyria\tسوريا\t35\t38.3\tسوريا\tSYR\tSyria\t\t\t\t\tQ858\t1\t\tسوريا\n"
            "YE\tYEM\tYemen\tاليمن\t15.3\t47.6\tاليمن\tYEM\tYemen\t\t\t\t\tQ805\t2\t\tاليمن\n"
            "IQ\tIRQ\tIraq\tالعراق\t33\t44\tالعراق\tIRQ\tIraq\t\t\t\t\tQ796\t3\t\tالعراق\n"
            "PS\tPSE\tPalestine\tفلسطين\t31.9\t35.2\tفلسطين\tPSE\tPalestine\t\t\t\t\tQ219060\t4\t\tفلسطين\n");
  WriteFile(g / "naturalearth" / "admin1.tsv",
            "iso_a2\tname\tname_ar\tlat\tlon\tname_ar_clean\tiso_3166_2\tadm0_a3\tadmin\ttype_en\tname_alt\t"
            "name_en\twikidataid\tne_id\tname_ar_core\n"
            "PS\tGaza\tغزة\t31.4\t34.4\tغزة\tPS-GZA\tPSE\tPalestine\t\t\tGaza\tQ1\t10\tغزة\n");
  WriteFile(g / "naturalearth" / "populated_places.tsv",
            "name\tname_ar\tlat\tlon\tiso_a2\tadm0name\tadm1name\tpop_max\tfeaturecla\tname_ar_clean\tnameascii\t"
            "namealt\tadm0_a3\tadm0cap\tscalerank\tmin_zoom\tne_id\twikidataid\tname_ar_core\tname_ar_derived\t"
            "name_ar_from\n"
            "Damascus\tدمشق\t33.5\t36.3\tSY\tSyria\tDamascus\t2466000\tAdmin-0 capital\tدمشق\tDamascus\t\tSYR\t1\t0\t"
            "1\t20\tQ3766\tدمشق\t\t\n"
            "Sanaa\tصنعاء\t15.35\t44.2\tYE\tYemen\tAmanat Al Asimah\t2008000\tAdmin-0 capital\tصنعاء\tSanaa\t\tYEM\t1"
            "\t0\t1\t21\tQ2471\tصنعاء\t\t\n"
            "Baghdad\tبغداد\t33.34\t44.39\tIQ\tIraq\tBaghdad\t5054000\tAdmin-0 capital\tبغداد\tBaghdad\t\tIRQ\t1\t0\t"
            "1\t22\tQ1530\tبغداد\t\t\n");
  const fs::path os = g / "open-syria-data-geography";
  WriteFile(os / "governorates.json",
            R"([{"id": "sy-idlib", "name": {"en": "Idlib", "ar": "إدلب"},
                 "aliases": [{"value": "محافظة إدلب", "language": "ar", "type": "formal"}],
                 "centroid": {"latitude": 35.8, "longitude": 36.6}}])");
  WriteFile(os / "districts.json", "[]");
  WriteFile(os / "subdistricts.json",
            R"([{"id": "sy-sarmin", "governorateId": "sy-idlib", "districtId": "x",
                 "name": {"en": "Sarmin", "ar": "سرمين"}, "aliases": [{"value": "ناحية سرمين", "language": "ar"}],
                 "centroid": {"latitude": 35.9, "longitude": 36.72}, "population": {"value": 30000}}])");
}

const geo::Gazetteer& TinyGazetteer() {
  static const geo::Gazetteer* gaz = [] {
    const fs::path dir = fs::temp_directory_path() / ("rasd_fuzz_gaz_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    WriteTinyGazetteerSources((dir / "data").string());
    WriteFile(dir / "dict" / "places_extra.tsv", "# fuzz supplement\nSY\tsite\t35.9\t36.7\tTest Dam\tسد التجربة\n");
    Result<geo::Gazetteer> g =
        geo::Gazetteer::Open((dir / "data").string(), (dir / "gaz.idx").string(), (dir / "dict").string());
    if (!g.ok()) {
      std::fprintf(stderr, "tiny gazetteer: %s\n", g.status().ToString().c_str());
      std::abort();
    }
    auto* out = new geo::Gazetteer(std::move(*g));
    std::error_code ec;
    fs::remove_all(dir, ec);  // the index stays mapped
    return out;
  }();
  return *gaz;
}

}  // namespace rasd::fuzz
