#!/usr/bin/env python3
"""Build ``south_asia_officials.jsonl``: the officials of India and Pakistan that the other package files miss.

* India: the cabinet ministers of the second and third Modi governments (May 2019 on) with their portfolios,
  and the chief ministers and deputy chief ministers of every state and of Delhi, Jammu and Kashmir and
  Puducherry in office between 2019 and 2025;
* Pakistan: the federal ministers of finance, foreign affairs, defence, interior, information, law and planning
  of the Imran Khan (2018-2022), Shehbaz Sharif (2022-2023, 2024-) and caretaker (2023-2024) governments, and
  the chief ministers of Punjab, Sindh, Khyber Pakhtunkhwa and Balochistan from 2018.

A chief minister is an official (``O``) of the country with the title "Chief Minister of <state>", never the
country's head of government; a foreign, defence or home/interior minister holds that role (``F``, ``D``,
``I``), every other minister is an official. Written for politika from public facts (the maintainer's knowledge;
years and months as precise as we are sure of; what we are not sure of is left out). A person another package
file holds keeps that file's id and gains these roles; one it already holds with all these roles is left out
(Narendra Modi, Amit Shah, Rajnath Singh, Subrahmanyam Jaishankar). Aliases are the forms Indian and Pakistani
papers use; never a lone surname (the KB's surname index gives those) or a common word.

    .venv/bin/python scripts/build_kb_south_asia.py
"""

from __future__ import annotations

from pathlib import Path

# scripts/ is on the path of a script run from it
from build_kb_us_officials import write_people
from build_kb_world_lists import add_office, add_office_rows, finish_people, person

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "politika" / "kb" / "data" / "south_asia_officials.jsonl"

# country|role (O official, F foreign, D defence, I interior/home minister)|name|title|start|end[|aliases;...]
INDIA_MINISTERS = """
IND|O|Nitin Gadkari|Minister of Road Transport and Highways of India|2019-05|
IND|O|Nitin Gadkari|Minister of Micro, Small and Medium Enterprises of India|2019-05|2021-07
IND|O|D. V. Sadananda Gowda|Minister of Chemicals and Fertilizers of India|2019-05|2021-07
IND|O|Nirmala Sitharaman|Minister of Finance of India|2019-05|
IND|O|Nirmala Sitharaman|Minister of Corporate Affairs of India|2019-05|
IND|O|Ram Vilas Paswan|Minister of Consumer Affairs, Food and Public Distribution of India|2019-05|2020-10
IND|O|Narendra Singh Tomar|Minister of Agriculture and Farmers' Welfare of India|2019-05|2023-12
IND|O|Narendra Singh Tomar|Minister of Rural Development and Panchayati Raj of India|2019-05|2021-07
IND|O|Ravi Shankar Prasad|Minister of Law and Justice of India|2019-05|2021-07
IND|O|Ravi Shankar Prasad|Minister of Communications and Electronics and Information Technology of India|2019-05|2021-07
IND|O|Harsimrat Kaur Badal|Minister of Food Processing Industries of India|2019-05|2020-09
IND|O|Thawarchand Gehlot|Minister of Social Justice and Empowerment of India|2019-05|2021-07|Thaawarchand Gehlot
IND|O|Ramesh Pokhriyal|Minister of Education of India|2019-05|2021-07|Ramesh Pokhriyal Nishank
IND|O|Arjun Munda|Minister of Tribal Affairs of India|2019-05|2023-12
IND|O|Arjun Munda|Minister of Agriculture and Farmers' Welfare of India|2023-12|2024-06
IND|O|Smriti Irani|Minister of Textiles of India|2019-05|2021-07|Smriti Zubin Irani
IND|O|Smriti Irani|Minister of Women and Child Development of India|2019-05|2024-06
IND|O|Smriti Irani|Minister of Minority Affairs of India|2022-07|2024-06
IND|O|Harsh Vardhan|Minister of Health and Family Welfare of India|2019-05|2021-07
IND|O|Harsh Vardhan|Minister of Science and Technology of India|2019-05|2021-07
IND|O|Prakash Javadekar|Minister of Environment, Forest and Climate Change of India|2019-05|2021-07
IND|O|Prakash Javadekar|Minister of Information and Broadcasting of India|2019-05|2021-07
IND|O|Piyush Goyal|Minister of Railways of India|2019-05|2021-07
IND|O|Piyush Goyal|Minister of Commerce and Industry of India|2019-05|
IND|O|Piyush Goyal|Minister of Consumer Affairs, Food and Public Distribution of India|2020-10|2024-06
IND|O|Piyush Goyal|Minister of Textiles of India|2021-07|2024-06
IND|O|Dharmendra Pradhan|Minister of Petroleum and Natural Gas of India|2019-05|2021-07
IND|O|Dharmendra Pradhan|Minister of Steel of India|2019-05|2021-07
IND|O|Dharmendra Pradhan|Minister of Education of India|2021-07|
IND|O|Dharmendra Pradhan|Minister of Skill Development and Entrepreneurship of India|2021-07|2024-06
IND|O|Mukhtar Abbas Naqvi|Minister of Minority Affairs of India|2019-05|2022-07
IND|O|Pralhad Joshi|Minister of Parliamentary Affairs of India|2019-05|2024-06
IND|O|Pralhad Joshi|Minister of Coal and Mines of India|2019-05|2024-06
IND|O|Pralhad Joshi|Minister of Consumer Affairs, Food and Public Distribution of India|2024-06|
IND|O|Pralhad Joshi|Minister of New and Renewable Energy of India|2024-06|
IND|O|Mahendra Nath Pandey|Minister of Skill Development and Entrepreneurship of India|2019-05|2021-07
IND|O|Mahendra Nath Pandey|Minister of Heavy Industries of India|2021-07|2024-06
IND|O|Arvind Sawant|Minister of Heavy Industries of India|2019-05|2019-11
IND|O|Giriraj Singh|Minister of Animal Husbandry, Dairying and Fisheries of India|2019-05|2021-07
IND|O|Giriraj Singh|Minister of Rural Development and Panchayati Raj of India|2021-07|2024-06
IND|O|Giriraj Singh|Minister of Textiles of India|2024-06|
IND|O|Gajendra Singh Shekhawat|Minister of Jal Shakti of India|2019-05|2024-06
IND|O|Gajendra Singh Shekhawat|Minister of Culture and Tourism of India|2024-06|
IND|O|Jyotiraditya Scindia|Minister of Civil Aviation of India|2021-07|2024-06
IND|O|Jyotiraditya Scindia|Minister of Steel of India|2022-07|2024-06
IND|O|Jyotiraditya Scindia|Minister of Communications and Development of North Eastern Region of India|2024-06|
IND|O|Sarbananda Sonowal|Minister of Ports, Shipping and Waterways of India|2021-07|
IND|O|Sarbananda Sonowal|Minister of AYUSH of India|2021-07|2024-06
IND|O|Virendra Kumar|Minister of Social Justice and Empowerment of India|2021-07||Virendra Kumar Khatik
IND|O|Ramchandra Prasad Singh|Minister of Steel of India|2021-07|2022-07|RCP Singh;R. C. P. Singh
IND|O|Ashwini Vaishnaw|Minister of Railways of India|2021-07|
IND|O|Ashwini Vaishnaw|Minister of Electronics and Information Technology of India|2021-07|
IND|O|Ashwini Vaishnaw|Minister of Communications of India|2021-07|2024-06
IND|O|Ashwini Vaishnaw|Minister of Information and Broadcasting of India|2024-06|
IND|O|Pashupati Kumar Paras|Minister of Food Processing Industries of India|2021-07|2024-03|Pashupati Paras
IND|O|Kiren Rijiju|Minister of Law and Justice of India|2021-07|2023-05
IND|O|Kiren Rijiju|Minister of Earth Sciences of India|2023-05|2024-06
IND|O|Kiren Rijiju|Minister of Parliamentary Affairs and Minority Affairs of India|2024-06|
IND|O|Arjun Ram Meghwal|Minister of Law and Justice of India|2023-05|
IND|O|Hardeep Singh Puri|Minister of Petroleum and Natural Gas of India|2021-07||Hardeep Puri
IND|O|Hardeep Singh Puri|Minister of Housing and Urban Affairs of India|2021-07|2024-06
IND|O|Mansukh Mandaviya|Minister of Health and Family Welfare of India|2021-07|2024-06
IND|O|Mansukh Mandaviya|Minister of Chemicals and Fertilizers of India|2021-07|2024-06
IND|O|Mansukh Mandaviya|Minister of Labour and Employment and Youth Affairs and Sports of India|2024-06|
IND|O|Bhupender Yadav|Minister of Environment, Forest and Climate Change of India|2021-07||Bhupendra Yadav
IND|O|Bhupender Yadav|Minister of Labour and Employment of India|2021-07|2024-06
IND|O|Parshottam Rupala|Minister of Fisheries, Animal Husbandry and Dairying of India|2021-07|2024-06|Purushottam Rupala
IND|O|G. Kishan Reddy|Minister of Culture, Tourism and Development of North Eastern Region of India|2021-07|2024-06
IND|O|G. Kishan Reddy|Minister of Coal and Mines of India|2024-06|
IND|O|Anurag Thakur|Minister of Information and Broadcasting of India|2021-07|2024-06|Anurag Singh Thakur
IND|O|Anurag Thakur|Minister of Youth Affairs and Sports of India|2021-07|2024-06
IND|O|J. P. Nadda|Minister of Health and Family Welfare and Chemicals and Fertilizers of India|2024-06|
IND|O|Shivraj Singh Chouhan|Minister of Agriculture and Farmers' Welfare and Rural Development of India|2024-06|
IND|O|Manohar Lal Khattar|Minister of Housing and Urban Affairs and Power of India|2024-06||ML Khattar
IND|O|H. D. Kumaraswamy|Minister of Heavy Industries and Steel of India|2024-06||HD Kumaraswamy;H D Kumaraswamy
IND|O|Jitan Ram Manjhi|Minister of Micro, Small and Medium Enterprises of India|2024-06|
IND|O|Rajiv Ranjan Singh|Minister of Panchayati Raj and Fisheries, Animal Husbandry and Dairying of India|2024-06|
IND|O|Ram Mohan Naidu Kinjarapu|Minister of Civil Aviation of India|2024-06|
IND|O|Jual Oram|Minister of Tribal Affairs of India|2024-06|
IND|O|Annpurna Devi|Minister of Women and Child Development of India|2024-06||Annapurna Devi
IND|O|Chirag Paswan|Minister of Food Processing Industries of India|2024-06|
IND|O|C. R. Patil|Minister of Jal Shakti of India|2024-06||CR Patil;C R Patil
"""

# Chief ministers (CM) and deputy chief ministers (DCM) of India's states and of Delhi, Jammu and Kashmir and
# Puducherry: state|CM or DCM|name|start|end[|aliases]
INDIA_STATES = """
Andhra Pradesh|CM|N. Chandrababu Naidu|2014-06|2019-05|Chandrababu Naidu;N Chandrababu Naidu;Nara Chandrababu Naidu
Andhra Pradesh|CM|Y. S. Jagan Mohan Reddy|2019-05|2024-06
Andhra Pradesh|CM|N. Chandrababu Naidu|2024-06|
Andhra Pradesh|DCM|Pawan Kalyan|2024-06|
Arunachal Pradesh|CM|Pema Khandu|2016-07|
Arunachal Pradesh|DCM|Chowna Mein|2019-05|
Assam|CM|Sarbananda Sonowal|2016-05|2021-05
Assam|CM|Himanta Biswa Sarma|2021-05||Himanta Sarma
Bihar|CM|Nitish Kumar|2015-02|
Bihar|DCM|Sushil Kumar Modi|2017-07|2020-11|Sushil Modi
Bihar|DCM|Tarkishore Prasad|2020-11|2022-08
Bihar|DCM|Renu Devi|2020-11|2022-08
Bihar|DCM|Tejashwi Yadav|2022-08|2024-01|Tejashwi Prasad Yadav
Bihar|DCM|Samrat Choudhary|2024-01|
Bihar|DCM|Vijay Kumar Sinha|2024-01|
Chhattisgarh|CM|Bhupesh Baghel|2018-12|2023-12
Chhattisgarh|CM|Vishnu Deo Sai|2023-12|
Chhattisgarh|DCM|T. S. Singh Deo|2023-06|2023-12|TS Singh Deo;T S Singh Deo
Chhattisgarh|DCM|Arun Sao|2023-12|
Chhattisgarh|DCM|Vijay Sharma|2023-12|
Goa|CM|Manohar Parrikar|2017-03|2019-03
Goa|CM|Pramod Sawant|2019-03|
Gujarat|CM|Vijay Rupani|2016-08|2021-09
Gujarat|CM|Bhupendra Patel|2021-09|
Gujarat|DCM|Nitin Patel|2016-08|2021-09
Haryana|CM|Manohar Lal Khattar|2014-10|2024-03
Haryana|CM|Nayab Singh Saini|2024-03||Nayab Saini
Haryana|DCM|Dushyant Chautala|2019-10|2024-03
Himachal Pradesh|CM|Jai Ram Thakur|2017-12|2022-12
Himachal Pradesh|CM|Sukhvinder Singh Sukhu|2022-12||Sukhvinder Sukhu
Himachal Pradesh|DCM|Mukesh Agnihotri|2022-12|
Jharkhand|CM|Raghubar Das|2014-12|2019-12
Jharkhand|CM|Hemant Soren|2019-12|2024-01
Jharkhand|CM|Champai Soren|2024-02|2024-07
Jharkhand|CM|Hemant Soren|2024-07|
Karnataka|CM|H. D. Kumaraswamy|2018-05|2019-07
Karnataka|CM|B. S. Yediyurappa|2019-07|2021-07|BS Yediyurappa;B S Yediyurappa;B. S. Yeddyurappa
Karnataka|CM|Basavaraj Bommai|2021-07|2023-05
Karnataka|CM|Siddaramaiah|2023-05|
Karnataka|DCM|G. Parameshwara|2018-05|2019-07|G Parameshwara
Karnataka|DCM|Govind Karjol|2019-08|2021-07
Karnataka|DCM|C. N. Ashwath Narayan|2019-08|2021-07|CN Ashwath Narayan;C N Ashwath Narayan;Ashwath Narayan
Karnataka|DCM|Laxman Savadi|2019-08|2021-07
Karnataka|DCM|D. K. Shivakumar|2023-05||DK Shivakumar;D K Shivakumar
Kerala|CM|Pinarayi Vijayan|2016-05|
Madhya Pradesh|CM|Kamal Nath|2018-12|2020-03
Madhya Pradesh|CM|Shivraj Singh Chouhan|2020-03|2023-12
Madhya Pradesh|CM|Mohan Yadav|2023-12|
Madhya Pradesh|DCM|Jagdish Devda|2023-12|
Madhya Pradesh|DCM|Rajendra Shukla|2023-12|
Maharashtra|CM|Devendra Fadnavis|2014-10|2019-11
Maharashtra|CM|Uddhav Thackeray|2019-11|2022-06
Maharashtra|CM|Eknath Shinde|2022-06|2024-12
Maharashtra|CM|Devendra Fadnavis|2024-12|
Maharashtra|DCM|Ajit Pawar|2019-12|2022-06
Maharashtra|DCM|Devendra Fadnavis|2022-06|2024-12
Maharashtra|DCM|Ajit Pawar|2023-07|
Maharashtra|DCM|Eknath Shinde|2024-12|
Manipur|CM|N. Biren Singh|2017-03|2025-02|N Biren Singh;Biren Singh;Nongthombam Biren Singh
Meghalaya|CM|Conrad Sangma|2018-03||Conrad K. Sangma;Conrad K Sangma
Meghalaya|DCM|Prestone Tynsong|2018-03|
Meghalaya|DCM|Sniawbhalang Dhar|2023-03|
Mizoram|CM|Zoramthanga|2018-12|2023-12
Mizoram|CM|Lalduhoma|2023-12|
Mizoram|DCM|Tawnluia|2018-12|2023-12
Nagaland|CM|Neiphiu Rio|2018-03|
Nagaland|DCM|Yanthungo Patton|2018-03||Y. Patton;Y Patton
Nagaland|DCM|T. R. Zeliang|2023-03||TR Zeliang;T R Zeliang
Odisha|CM|Naveen Patnaik|2000-03|2024-06
Odisha|CM|Mohan Charan Majhi|2024-06||Mohan Majhi
Odisha|DCM|Kanak Vardhan Singh Deo|2024-06||K. V. Singh Deo;KV Singh Deo
Odisha|DCM|Pravati Parida|2024-06|
Punjab|CM|Amarinder Singh|2017-03|2021-09|Captain Amarinder Singh;Capt Amarinder Singh
Punjab|CM|Charanjit Singh Channi|2021-09|2022-03
Punjab|CM|Bhagwant Mann|2022-03|
Punjab|DCM|Sukhjinder Singh Randhawa|2021-09|2022-03
Punjab|DCM|Om Prakash Soni|2021-09|2022-03|OP Soni
Rajasthan|CM|Ashok Gehlot|2018-12|2023-12
Rajasthan|CM|Bhajan Lal Sharma|2023-12|
Rajasthan|DCM|Sachin Pilot|2018-12|2020-07
Rajasthan|DCM|Diya Kumari|2023-12|
Rajasthan|DCM|Prem Chand Bairwa|2023-12|
Sikkim|CM|Pawan Kumar Chamling|1994-12|2019-05|Pawan Chamling
Sikkim|CM|Prem Singh Tamang|2019-05||P. S. Golay;PS Golay;P S Tamang
Tamil Nadu|CM|Edappadi K. Palaniswami|2017-02|2021-05|Edappadi Palaniswami;Edappadi K Palaniswami;K. Palaniswami
Tamil Nadu|CM|M. K. Stalin|2021-05||MK Stalin;M K Stalin
Tamil Nadu|DCM|O. Panneerselvam|2017-08|2021-05|O Panneerselvam
Tamil Nadu|DCM|Udhayanidhi Stalin|2024-09|
Telangana|CM|K. Chandrashekar Rao|2014-06|2023-12
Telangana|CM|Revanth Reddy|2023-12||A. Revanth Reddy;Anumula Revanth Reddy
Telangana|DCM|Mallu Bhatti Vikramarka|2023-12||Bhatti Vikramarka
Tripura|CM|Biplab Kumar Deb|2018-03|2022-05|Biplab Deb
Tripura|CM|Manik Saha|2022-05|
Tripura|DCM|Jishnu Dev Varma|2018-03|2023-03
Uttar Pradesh|CM|Yogi Adityanath|2017-03|
Uttar Pradesh|DCM|Keshav Prasad Maurya|2017-03|
Uttar Pradesh|DCM|Dinesh Sharma|2017-03|2022-03
Uttar Pradesh|DCM|Brajesh Pathak|2022-03|
Uttarakhand|CM|Trivendra Singh Rawat|2017-03|2021-03
Uttarakhand|CM|Tirath Singh Rawat|2021-03|2021-07
Uttarakhand|CM|Pushkar Singh Dhami|2021-07||Pushkar Dhami
West Bengal|CM|Mamata Banerjee|2011-05|
Delhi|CM|Arvind Kejriwal|2015-02|2024-09
Delhi|CM|Atishi|2024-09|2025-02|Atishi Marlena
Delhi|CM|Rekha Gupta|2025-02|
Delhi|DCM|Manish Sisodia|2015-02|2023-02
Jammu and Kashmir|CM|Omar Abdullah|2024-10|
Jammu and Kashmir|DCM|Surinder Kumar Choudhary|2024-10||Surinder Choudhary
Puducherry|CM|V. Narayanasamy|2016-06|2021-02|V Narayanasamy
Puducherry|CM|N. Rangasamy|2021-05||N Rangasamy
"""

PAKISTAN_MINISTERS = """
PAK|O|Asad Umar|Minister of Finance of Pakistan|2018-08|2019-04
PAK|O|Abdul Hafeez Shaikh|Minister of Finance of Pakistan|2019-04|2021-03|Hafeez Shaikh;Abdul Hafeez Sheikh
PAK|O|Hammad Azhar|Minister of Finance of Pakistan|2021-03|2021-04
PAK|O|Shaukat Tarin|Minister of Finance of Pakistan|2021-04|2022-04
PAK|O|Miftah Ismail|Minister of Finance of Pakistan|2022-04|2022-09
PAK|O|Ishaq Dar|Minister of Finance of Pakistan|2022-09|2023-08
PAK|O|Shamshad Akhtar|Minister of Finance of Pakistan|2023-08|2024-03
PAK|O|Muhammad Aurangzeb|Minister of Finance of Pakistan|2024-03|
PAK|F|Shah Mahmood Qureshi|Minister of Foreign Affairs of Pakistan|2018-08|2022-04
PAK|F|Bilawal Bhutto Zardari|Minister of Foreign Affairs of Pakistan|2022-04|2023-08|Bilawal Bhutto
PAK|F|Jalil Abbas Jilani|Minister of Foreign Affairs of Pakistan|2023-08|2024-03
PAK|D|Pervez Khattak|Minister of Defence of Pakistan|2018-08|2022-04
PAK|D|Khawaja Asif|Minister of Defence of Pakistan|2022-04|2023-08
PAK|D|Anwar Ali Hyder|Minister of Defence of Pakistan|2023-08|2024-03
PAK|I|Ijaz Ahmed Shah|Minister of the Interior of Pakistan|2019-04|2020-12|Ijaz Shah
PAK|I|Sheikh Rashid Ahmed|Minister of the Interior of Pakistan|2020-12|2022-04|Sheikh Rashid
PAK|I|Rana Sanaullah|Minister of the Interior of Pakistan|2022-04|2023-08|Rana Sanaullah Khan
PAK|I|Sarfraz Bugti|Minister of the Interior of Pakistan|2023-08|2023-12|Sarfraz Ahmed Bugti
PAK|O|Fawad Chaudhry|Minister of Information and Broadcasting of Pakistan|2018-08|2019-04
PAK|O|Shibli Faraz|Minister of Information and Broadcasting of Pakistan|2020-04|2021-08
PAK|O|Fawad Chaudhry|Minister of Information and Broadcasting of Pakistan|2021-08|2022-04
PAK|O|Marriyum Aurangzeb|Minister of Information and Broadcasting of Pakistan|2022-04|2023-08|Maryam Aurangzeb
PAK|O|Murtaza Solangi|Minister of Information and Broadcasting of Pakistan|2023-08|2024-03
PAK|O|Attaullah Tarar|Minister of Information and Broadcasting of Pakistan|2024-03||Atta Tarar;Ataullah Tarar
PAK|O|Farogh Naseem|Minister of Law and Justice of Pakistan|2018-08|2022-03|Barrister Farogh Naseem
PAK|O|Azam Nazeer Tarar|Minister of Law and Justice of Pakistan|2022-04|2023-08|Azam Tarar
PAK|O|Ahmed Irfan Aslam|Minister of Law and Justice of Pakistan|2023-08|2024-03
PAK|O|Azam Nazeer Tarar|Minister of Law and Justice of Pakistan|2024-03|
PAK|O|Asad Umar|Minister of Planning, Development and Special Initiatives of Pakistan|2019-11|2022-04
PAK|O|Ahsan Iqbal|Minister of Planning, Development and Special Initiatives of Pakistan|2022-04|2023-08
PAK|O|Sami Saeed|Minister of Planning, Development and Special Initiatives of Pakistan|2023-08|2024-03
PAK|O|Ahsan Iqbal|Minister of Planning, Development and Special Initiatives of Pakistan|2024-03|
"""

PAKISTAN_PROVINCES = """
Punjab|CM|Usman Buzdar|2018-08|2022-04|Sardar Usman Buzdar
Punjab|CM|Hamza Shahbaz|2022-04|2022-07|Hamza Shahbaz Sharif
Punjab|CM|Chaudhry Pervaiz Elahi|2022-07|2023-01|Pervaiz Elahi;Parvez Elahi
Punjab|CM|Mohsin Naqvi|2023-01|2024-02
Punjab|CM|Maryam Nawaz|2024-02||Maryam Nawaz Sharif
Sindh|CM|Murad Ali Shah|2018-08|2023-08|Syed Murad Ali Shah
Sindh|CM|Maqbool Baqar|2023-08|2024-02|Justice Maqbool Baqar
Sindh|CM|Murad Ali Shah|2024-02|
Khyber Pakhtunkhwa|CM|Mahmood Khan|2018-08|2023-01
Khyber Pakhtunkhwa|CM|Muhammad Azam Khan|2023-01|2023-11
Khyber Pakhtunkhwa|CM|Arshad Hussain Shah|2023-11|2024-03
Khyber Pakhtunkhwa|CM|Ali Amin Gandapur|2024-03|2025-10|Ali Amin Khan Gandapur
Khyber Pakhtunkhwa|CM|Sohail Afridi|2025-10|
Balochistan|CM|Jam Kamal Khan|2018-08|2021-10|Jam Kamal
Balochistan|CM|Abdul Quddus Bizenjo|2021-10|2023-08|Quddus Bizenjo;Mir Abdul Quddus Bizenjo
Balochistan|CM|Ali Mardan Domki|2023-08|2024-03
Balochistan|CM|Sarfraz Bugti|2024-03|
"""

# more aliases of people above (their rows would be too long): name|aliases;...
EXTRA_ALIASES = """
D. V. Sadananda Gowda|Sadananda Gowda;D V Sadananda Gowda
G. Kishan Reddy|G Kishan Reddy;Kishan Reddy
J. P. Nadda|JP Nadda;J P Nadda;Jagat Prakash Nadda
Shivraj Singh Chouhan|Shivraj Chouhan
Rajiv Ranjan Singh|Lalan Singh
Ram Mohan Naidu Kinjarapu|Ram Mohan Naidu;K. Rammohan Naidu;K Rammohan Naidu
Y. S. Jagan Mohan Reddy|Jagan Mohan Reddy;YS Jagan Mohan Reddy;Y S Jagan Mohan Reddy;YS Jagan
K. Chandrashekar Rao|KCR;K Chandrashekar Rao;K. Chandrasekhar Rao;Kalvakuntla Chandrashekar Rao
Fawad Chaudhry|Fawad Hussain Chaudhry
"""

SUB_TITLES = {"CM": "Chief Minister", "DCM": "Deputy Chief Minister"}


def build() -> list[dict[str, object]]:
    people: dict[str, dict[str, object]] = {}
    for table in (INDIA_MINISTERS, PAKISTAN_MINISTERS):
        add_office_rows(people, table)
    for country, table in (("IND", INDIA_STATES), ("PAK", PAKISTAN_PROVINCES)):
        for line in table.strip().splitlines():
            state, office, name, start, end, *aliases = line.split("|")
            add_office(people, country, "O", name, f"{SUB_TITLES[office]} of {state}", start, end,
                       aliases[0] if aliases else "")
    for line in EXTRA_ALIASES.strip().splitlines():
        name, aliases = line.split("|")
        entity = people[name]
        person(people, name, str(entity["country"]), "GOV", aliases)
    return finish_people(people)


def main() -> None:
    write_people(OUT, build())


if __name__ == "__main__":
    main()
