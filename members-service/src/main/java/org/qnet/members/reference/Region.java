package org.qnet.members.reference;

import java.util.Arrays;
import java.util.Optional;

/** The regions of the UK the community is organised in. */
public enum Region {
    NORTH_EAST_AND_NORTH_CUMBRIA("North East and North Cumbria"),
    NORTH_WEST("North West"),
    YORKSHIRE_AND_THE_HUMBER("Yorkshire and the Humber"),
    EAST_MIDLANDS("East Midlands"),
    WEST_MIDLANDS("West Midlands"),
    EAST_OF_ENGLAND("East of England"),
    LONDON("London"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West"),
    SCOTLAND("Scotland"),
    WALES("Wales"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String displayName;

    Region(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Region> fromDisplayName(String name) {
        return Arrays.stream(values()).filter(r -> r.displayName.equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Region::displayName).toList().toString();
    }
}
