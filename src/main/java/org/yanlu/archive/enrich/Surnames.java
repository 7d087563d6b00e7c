package org.yanlu.archive.enrich;

import java.util.Set;

/**
 * The common Chinese family names, used to tell a person's name from a word the segmenter took for
 * one ({@code 刚从}, {@code 向全域}).
 */
final class Surnames {
  // Ordered roughly by frequency; rare family names that are also common words (云, 文, 高达…)
  // are left out on purpose: a missed rare name costs less than a word taken for a person.
  private static final String SINGLE =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
          + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
          + "毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
          + "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍"
          + "华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
          + "柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝"
          + "官封谈匡鞠惠荆冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚权"
          + "帅屠豆朴盖练廉禹井祖漆巴丰支卿狄晋容敬扈晁芮阙浦戈伏鹿薄邸"
          + "雍辜羊乌裘亓邰赫杭逯隆茹诸慕亢嵇哈湛宾戎勾茅於呼"
          + "尉冶斯檀昝智衡尧习";
  private static final Set<String> DOUBLE =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙", "夏侯", "端木", "司徒",
          "西门", "南宫", "独孤", "澹台", "万俟");

  private Surnames() {}

  /** Whether {@code name} starts with a common family name and leaves a given name after it. */
  static boolean startsName(String name) {
    if (name.length() >= 3 && DOUBLE.contains(name.substring(0, 2))) {
      return true;
    }
    return name.length() >= 2 && isSurname(name.charAt(0));
  }

  /** A regex character class of the common single-character family names. */
  static String characterClass() {
    return "[" + SINGLE + "]";
  }

  static boolean isDoubleSurname(String word) {
    return DOUBLE.contains(word);
  }

  static boolean isSurname(char c) {
    return SINGLE.indexOf(c) >= 0;
  }
}
