package org.whistle.city;

import org.locationtech.jts.geom.Geometry;

/** An area with its polygon (x = longitude, y = latitude, WGS 84). */
record AreaShape(Area area, Geometry geometry) {
}
