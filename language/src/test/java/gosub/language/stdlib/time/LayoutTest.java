package gosub.language.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout finds the elements Go's layouts have where Go finds them (a literal "_" before "2006", "Month" as text),
 * and the forms of offsets follow from their text. Formatting and parsing with them are checked against Go by the
 * golden tests std/time_*.
 */
class LayoutTest {
    @Test
    void elementsOfTheReferenceTime() {
        Layout l = Layout.cut("Monday Jan _2 __2 002 3:04:05.000 PM -07:00:00 Z0700 MST 2006 ,999 Month _2006");
        List<String> found = new ArrayList<>();
        for (int k = 0; k < l.kinds.length; k++) {
            found.add(l.literals[k] + "|" + l.kinds[k] + "=" + l.elements[k]);
        }
        found.add(l.literals[l.kinds.length]);
        assertEquals(List.of("|WEEKDAY_NAME=Monday", " |MONTH_ABBR=Jan", " |DAY_SPACE=_2", " |YEAR_DAY_SPACE=__2",
                " |YEAR_DAY3=002", " |HOUR12=3", ":|MINUTE2=04", ":|SECOND2=05", "|FRACTION=.000", " |NOON_UPPER=PM",
                " |OFFSET=-07:00:00", " |OFFSET=Z0700", " |ZONE_NAME=MST", " |YEAR4=2006", " |FRACTION=,999",
                " Month _|YEAR4=2006", ""), found);
    }

    @Test
    void offsetFormsFromTheirText() {
        String[] forms = {"-07", "-0700", "-070000", "-07:00", "-07:00:00"};
        int[] parts = {1, 2, 3, 2, 3};
        for (int i = 0; i < forms.length; i++) {
            assertEquals(parts[i], Layout.offsetParts(forms[i]), forms[i]);
            assertEquals(forms[i].contains(":"), Layout.hasColon(forms[i]), forms[i]);
        }
    }
}
