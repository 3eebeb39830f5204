// Traditional-only forms of about 650 common characters (everyday words, e-commerce service, this
// course's vocabulary), generated with opencc-js and checked in tests/unit/answer/traditional.test.ts.
// A miss only means a rare Traditional reply goes unconverted; a false alarm only loads the table.
const HINTS = '丟並亂佔來倉個們側備傳債傾僱價償優儲兒內兩別則剛創劃動務勞勢匯區協卻厭參員問啓啟喪喫單嗎嚴囉國圍園圓圖團執堅報場塊塗墊壓壞壺夠夢媽嬰孫學實寧審寫寬寶將專尋對導屆層屬峯島崗師帳帶幟幣幫幹幾庫廠廢廣張強後徑從復悅悶惡愛態慣慮慶憑憶應懲懷戀戰戲戶拋掃掄掛採揚換揮損搶撐撫擇擊擔據擬擲擴擺擾攜攝攤敗數斷於時晉暢暫曉曬書會東條棄楊業極榮構樂樓標樞樣樹橋機橢檔檢櫃欄權歡歲歷歸殺殼氣決沒況淚淨淺減測湊湯準溝溫溼滬滯滾滿漢漬漲漸潔潛潤澤濕濟瀏瀕灣災為無煉煥煩熱燈燒營爛爭爲爺爾牀牆牽狀狹猶獅獎獨獲獵獻現瑣環產畫異當疊療發盡監盤眾睜確碼磚礎礦祕禪禮稅種稱積穩窮竊競筆筍節範築簡籃籠籤糧糾紀約紅紋納紐純紗紙級紛細紹終組結絕絡給統絲綁經綜綠維綱網綿緊緒線緣編緩練縮縱總績織繞繪繳繼續纏罰罵羅羣義習聞聯聰聲職聽肅脅脫腦腳膽臉臘臨臺與興舉舊艦萊蓋薦藝藥蘆蘇處虛號蝕蝦蠻衆術衝裏補裝裡見規視親覺覽觀觸訂計訊討訓記訝訪設許訴診評詞詢試詩話該詳誇認誕誘語誠誤說説誰課誼調談諉請諒論諮諸諾謀謂謙講謝謹證識譜譯議護譽讀變讓豔貓貝負財貢貧貨販貪貫責貴買貸費貼貿資賞賠賣賤質賬賴賺購賽贈贊贏趕趙趨跡踐蹤躍車軌軍軟較載輔輕輛輝輩輪輸轉辦辭辯農這連進運過達違遜遞遠適遲遷選遺遼邁還邊邏郵鄭醬釋針釣鈎鈴鉤銀銅銜銷鋁鋒鋪鋼錄錘錢錦錯鍋鍵鍾鎖鎮鏈鏟鏡鐵鑑鑰鑽長門閃閉開閒間閥閱閲闖關陝陣陰陳陸陽隊階際隨險隱雖雙雜雞離難雲電霧靂靈靜韻響頁頂項順須預頓領頭頻顆題額顏願類顧顯風飄飛飢飪飯飲飽飾餅養餘館饋馬駐駕駛騎騙驅驕驗驚驟體鬥鬧魚魯鮮鳥鳴麗麥麼黃點齊齡龍龜';

let hints: Set<string> | undefined;

/** True when the text has characters that may be Traditional (cheap check, so callers know when to load the converter). */
export function mayBeTraditional(text: string): boolean {
  hints ??= new Set(HINTS);
  for (const ch of text) if (hints.has(ch)) return true;
  return false;
}

/** The Traditional characters the cheap check knows. */
export function traditionalHints(): string {
  return HINTS;
}
