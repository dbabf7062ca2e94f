package org.casualtyclaims.solr;

import java.math.BigDecimal;

/**
 * The distance condition of a claim filter: the claim's place ({@code claim_location}) lies within
 * {@code km} kilometres of a point. Solr's own {@code geofilt} on the LatLonPointSpatialField
 * computes it (great-circle distance on a sphere), so it is exact in every shard.
 */
record ClaimNear(double lat, double lon, double km) {

  /**
   * The largest radius: half the earth's circumference, as Solr's spatial module measures it
   * (mean radius 6371.0087714 km). Any larger radius covers the whole earth.
   */
  static final double MAX_KM = 20_016;

  /**
   * The point and radius of {@code nearName} ("LAT,LON") and {@code kmName}; null if neither. Each
   * value is checked before the pair, so that a malformed one is named even when the other is
   * missing.
   */
  static ClaimNear parse(ParamReader reader, String nearName, String kmName) {
    String point = reader.text(nearName);
    double[] latLon = point == null ? null : latLon(reader, nearName, point);
    Double km = reader.number(kmName);
    if (km != null && (km <= 0 || km > MAX_KM)) {
      throw reader.badValue(kmName, "must be above 0 and at most " + (int) MAX_KM + ", got " + km);
    }
    if (latLon == null && km == null) {
      return null;
    }
    if (latLon == null) {
      throw reader.badValue(nearName, "is needed with " + kmName + ": the point as LAT,LON");
    }
    if (km == null) {
      throw reader.badValue(kmName, "is needed with " + nearName + ": the radius in kilometres");
    }
    return new ClaimNear(latLon[0], latLon[1], km);
  }

  private static double[] latLon(ParamReader reader, String name, String point) {
    String[] parts = point.split(",", -1);
    if (parts.length != 2) {
      throw reader.badValue(name, "expected LAT,LON such as 51.73,36.19, got '" + point + "'");
    }
    double lat = reader.parseNumber(name, parts[0]);
    double lon = reader.parseNumber(name, parts[1]);
    if (lat < -90 || lat > 90) {
      throw reader.badValue(name, "latitude must be within [-90, 90], got " + lat);
    }
    if (lon < -180 || lon > 180) {
      throw reader.badValue(name, "longitude must be within [-180, 180], got " + lon);
    }
    return new double[] {lat, lon};
  }

  /** The condition as a Solr filter query. */
  String filterQuery() {
    return "{!geofilt sfield=" + ClaimFields.LOCATION + " pt=" + ClaimDocuments.location(lat, lon)
        + " d=" + BigDecimal.valueOf(km).stripTrailingZeros().toPlainString() + "}";
  }
}
