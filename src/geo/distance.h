// Stage `geo`: great-circle distance, the one formula the gazetteer builder, its tools and tests share.
//
//   double km = rasd::geo::DistanceKm(34.46, 40.94, 34.43, 40.99);
#pragma once

#include <algorithm>
#include <cmath>

namespace rasd::geo {

// Haversine distance in kilometres on a sphere of the Earth's mean radius.
inline double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180, kEarthKm = 6371.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return kEarthKm * 2 * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace rasd::geo
