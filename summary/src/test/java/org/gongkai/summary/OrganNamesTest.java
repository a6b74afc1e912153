package org.gongkai.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.gongkai.summary.roster.OrganNames;
import org.junit.jupiter.api.Test;

/** Organ names compared as one: spaces, 人民政府/政府, full-width and square brackets, full-width letters. */
class OrganNamesTest {

	@Test
	void variantsOfOneName() {
		String key = OrganNames.key("甲县（试验区）人民政府");
		assertEquals(key, OrganNames.key(" 甲县 (试验区)政府\u3000"));
		assertEquals(key, OrganNames.key("甲县〔试验区〕人民政府"));
		assertEquals(OrganNames.key("ＡＢＣ开发区管委会"), OrganNames.key("ABC开发区管委会"));
		assertNotEquals(OrganNames.key("甲县教育局"), OrganNames.key("乙县教育局"));
	}

	@Test
	void distance() {
		assertEquals(0, OrganNames.distance("甲县教育局", "甲县教育局"));
		assertEquals(1, OrganNames.distance("甲县自然资源厅", "甲县自然资源局"));
		assertEquals(2, OrganNames.distance("甲县教育局", "甲县局"));
	}
}
