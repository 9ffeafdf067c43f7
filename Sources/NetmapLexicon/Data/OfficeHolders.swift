// Office holders with dated terms: made by Scripts/kb/office-holders.py; edit the sources, not this file.
extension BuiltinTable {
    static let officeHolders = #"""
    # Who held which office when, for titles the text gives without naming the state
    # ("Prime Minister Bob Hawke" in a 1987 story: Australia) and for names of their time.
    # Sources: petrarch2 Phoenix.Countries.actors.txt (MIT, openeventdata/petrarch2, commit
    # 676801cd): dated government terms, office `government`; and, for 2014-2025, rows
    # completed by hand in the same form (Scripts/kb/office-holders-2014-2025.tsv).
    #
    # Columns: person | other names (;) | state or organisation id | office | from | to
    #   office: government (any office in it), head-of-state, head-of-government,
    #     foreign-minister, defence-minister, finance-minister, head (of an organisation).
    #   from, to: YYYY-MM-DD; to is ? while in office.
    A. H. M. Fowzie |  | sri-lanka | government | 2005-12-01 | 2006-08-31
    A. J. Nicholson |  | jamaica | government | 2003-01-01 | 2007-09-30
    A. K. Moorthy |  | india | government | 2003-05-01 | 2004-01-31
    A. M. M. Shawkat Ali |  | bangladesh | government | 2008-03-01 | 2009-01-31
    A. Peter Burleigh |  | united-states | government | 1998-09-11 | 1999-08-25
    A. R. Antulay |  | india | government | 2006-11-01 | 2009-07-31
    A.f.m. Ahsanuddin Chowdhury |  | bangladesh | government | 1982-03-27 | 1983-12-11
    A.p.j. Abdul Kalam |  | india | government | 2002-07-25 | 2007-07-25
    A.q.m. Badruddoza Chowdhury |  | bangladesh | government | 2001-11-14 | 2002-06-21
    Ababar Mallah |  | chad | government | 2004-09-01 | 2005-08-31
    Abakar Mallah |  | chad | government | 2006-10-01 | 2008-04-30
    Abakar Mallah Mourcha |  | chad | government | 2008-05-01 | 2010-03-31
    Abass Bonfoh |  | togo | government | 2005-02-25 | 2005-05-04
    Abay Tsehay |  | ethiopia | government | 2003-01-01 | 2005-10-31
    Abbas Djoussouf |  | comoros | government | 1998-11-22 | 1999-04-30
    Abbas Sarfaz Khan |  | pakistan | government | 2003-01-01 | 2003-06-30
    Abbas el Fassi | Abbas Fassi | morocco | government | 2003-03-01 | 2003-08-31
    Abbas el Fassi | Abbas Fassi | morocco | government | 2003-10-01 | 2005-02-28
    Abd al Aziz Abdallah al Shaykh |  | saudi-arabia | government | 2003-01-01 | 2005-10-31
    Abd al Aziz Muhammad al Fadhil |  | bahrain | government | 2003-01-01 | 2005-02-28
    Abd al Aziz bin Ibrahim al Mani |  | saudi-arabia | government | 2003-01-01 | 2003-06-30
    Abd al Aziz bin Matar al Azizi |  | oman | government | 2003-01-01 | 2004-09-30
    Abd al Aziz bin Muhammad al Ruwas |  | oman | government | 2004-04-01 | 2004-04-30
    Abd al Aziz bin Naal Shamsi |  | united-arab-emirates | government | 2003-01-01 | 2007-08-31
    Abd al Basit Sabdarat |  | sudan | government | 2003-01-01 | 2005-10-31
    Abd al Gadir Mohamed Zein |  | sudan | government | 2003-01-01 | 2003-06-30
    Abd al Halim ibn Said Khaddam |  | syria | government | 2003-01-01 | 2005-06-30
    Abd al Karim Sayyid Yusuf |  | syria | government | 2003-01-01 | 2003-09-30
    Abd al Muhsin bin Abd al Aziz al Akas |  | saudi-arabia | government | 2005-03-01 | 2008-05-31
    Abd al Muhsin bin Abd al Aziz al Akas |  | saudi-arabia | government | 2009-03-01 | 2009-06-30
    Abd al Mushin bin Abd al Aziz al Akas |  | saudi-arabia | government | 2005-03-01 | 2008-05-31
    Abd al Mushin bin Abd al Aziz al Akas |  | saudi-arabia | government | 2009-03-01 | 2009-06-30
    Abd al Naabd al Muti Dawud |  | syria | government | 2003-01-01 | 2003-09-30
    Abd al Nabi al Shuala |  | bahrain | government | 2003-01-01 | 2005-02-28
    Abd al Qadir Ali Hilal |  | yemen | government | 2007-05-01 | 2009-06-30
    Abd al Qadir Ba Jamal |  | yemen | government | 2003-01-01 | 2007-03-31
    Abd al Rahman Abdallah Zayid al Mahmud |  | qatar | government | 2003-01-01 | 2005-03-31
    Abd al Rahman al Akwa |  | yemen | government | 2003-01-01 | 2007-04-30
    Abd al Rahman bin Jabir al Khalifa |  | bahrain | government | 2003-06-01 | 2010-08-31
    Abd al Shakhanbeh |  | jordan | government | 2003-01-01 | 2003-10-31
    Abd al Shakhanbeh |  | jordan | government | 2005-08-01 | 2006-05-31
    Abdala Bucaram Ortiz |  | ecuador | government | 1996-08-10 | 1997-02-06
    Abdallah Adillahi Miguil |  | djibouti | government | 2003-01-01 | 2003-06-30
    Abdallah Ahmad al Ghanim |  | yemen | government | 2003-01-01 | 2003-05-31
    Abdallah Ali al Qutaybi |  | oman | government | 2003-01-01 | 2005-03-31
    Abdallah Bali | Abdallah Baali | algeria | government | 2003-01-01 | 2005-07-31
    Abdallah Bali | Abdallah Baali | algeria | government | 2005-09-01 | 2006-03-31
    Abdallah Bashiri |  | yemen | government | 2003-01-01 | 2005-03-31
    Abdallah Boos Ahmed |  | somalia | government | 2009-05-01 | 2009-09-30
    Abdallah Dero Isaac |  | somalia | government | 2006-04-01 | 2006-11-30
    Abdallah Hasan al Saif |  | bahrain | government | 2003-01-01 | 2005-02-28
    Abdallah Husayn al Dafai | Abdallah Husayn al Dafa | yemen | government | 2003-01-01 | 2009-06-30
    Abdallah M. Wali |  | nigeria | government | 2007-02-01 | 2007-07-31
    Abdallah Maaroufi |  | morocco | government | 2003-03-01 | 2004-12-31
    Abdallah Mohamed |  | comoros | government | 1976-01-07 | 1978-12-22
    Abdallah Mohamed Kamil |  | djibouti | government | 1976-07-29 | 1977-05-18
    Abdallah Mohamed Kamil |  | djibouti | government | 1978-02-05 | 1978-10-02
    Abdallah Salih al Ashtal |  | yemen | government | 2003-01-01 | 2003-05-31
    Abdallah Salim al Badri |  | libya | government | 2003-01-01 | 2004-09-30
    Abdallah al Bashiri |  | yemen | government | 2005-04-01 | 2009-06-30
    Abdallah al Saidi | Abdallah al Saydi | yemen | government | 2003-06-01 | 2006-06-30
    Abdallah bin Abd al Aziz al Saud |  | saudi-arabia | government | 2003-01-01 | 2009-12-31
    Abdallah bin Abd al Aziz al Saud |  | saudi-arabia | government | 2010-02-01 | 2010-04-30
    Abdallah bin Abd al Aziz al Saud |  | saudi-arabia | government | 2010-08-01 | 2010-08-31
    Abdallah bin Ahmad bin Yusif Zaynal |  | saudi-arabia | government | 2003-07-01 | 2005-03-31
    Abdallah bin Ahmad bin Yusif Zaynal |  | saudi-arabia | government | 2005-11-01 | 2009-02-28
    Abdallah bin Hamad al Atiyah |  | qatar | government | 2004-08-01 | 2009-06-30
    Abdallah bin Husayn al Ahmar | Abdallah Husayn al Ahmar | yemen | government | 2003-01-01 | 2005-03-31
    Abdallah bin Khalid al Khalifa |  | bahrain | government | 2003-01-01 | 2006-12-31
    Abdallah bin Muhammad bin Aqil al Dhahab |  | oman | government | 2003-01-01 | 2003-03-31
    Abdallah bin Zainal Ali Reza |  | saudi-arabia | government | 2005-04-01 | 2008-03-31
    Abdalmahmood Abdalhaleem Mohamad |  | sudan | government | 2006-11-01 | 2010-09-30
    Abdel Basit Saleh Sabdarat |  | sudan | government | 2005-11-01 | 2008-04-30
    Abdel Elah al Khatib |  | jordan | government | 2006-05-01 | 2007-11-30
    Abdel Rahim Mohamed Hussein | Abdel Rahim Mohammed Hussein | sudan | government | 2004-09-01 | 2005-10-31
    Abdel Rahman Swar al Dahab |  | sudan | government | 1985-04-06 | 1986-05-06
    Abdelatif Benachenhou |  | algeria | government | 2004-07-01 | 2005-05-31
    Abdelaziz Belkhadem |  | algeria | government | 2003-01-01 | 2006-05-31
    Abdelaziz Belkhadem |  | algeria | government | 2006-05-24 | 2008-06-23
    Abdelaziz Hejazi |  | egypt | government | 1974-09-25 | 1975-04-16
    Abdelaziz Ziari |  | algeria | government | 2004-07-01 | 2007-06-30
    Abdelbaki Hermassi |  | tunisia | government | 2004-12-01 | 2005-10-31
    Abdelhamid Abad |  | algeria | government | 2003-01-01 | 2003-04-30
    Abdelhamid Abad |  | algeria | government | 2003-06-01 | 2003-06-30
    Abdelhamid Abad |  | algeria | government | 2003-08-01 | 2004-06-30
    Abdelhamid Aouad |  | morocco | government | 2003-01-01 | 2003-02-28
    Abdelhamid Brahimi |  | algeria | government | 1984-01-22 | 1988-11-05
    Abdelkader Bensalah |  | algeria | government | 2003-01-01 | 2005-05-31
    Abdelkar Sallat |  | algeria | government | 2003-01-01 | 2004-06-30
    Abdelkebir Mdaghri Alaoui |  | morocco | government | 2003-01-01 | 2003-02-28
    Abdelkebir Zahoud |  | morocco | government | 2003-06-01 | 2003-06-30
    Abdellatif Filali |  | morocco | government | 1994-05-25 | 1998-02-04
    Abdelmadjid Attar |  | algeria | government | 2003-01-01 | 2004-06-30
    Abdelmalek Benhabyles |  | algeria | government | 1992-01-11 | 1992-01-14
    Abdelrahim Mohamed Hussein |  | sudan | government | 2003-01-01 | 2004-08-31
    Abdelwaheb Abdallah |  | tunisia | government | 2005-11-01 | 2010-02-28
    Abderahim Bireme Hamid |  | chad | government | 2003-01-01 | 2004-08-31
    Abderahman Moussa |  | chad | government | 2003-01-01 | 2004-08-31
    Abderaman Djasnabaye |  | chad | government | 2008-05-01 | 2010-03-31
    Abderamane Djasnabaille |  | chad | government | 2005-09-01 | 2005-10-31
    Abderazzak el Mossadeq |  | morocco | government | 2003-03-01 | 2004-06-30
    Abderrahim Zouari |  | tunisia | government | 2003-01-01 | 2004-09-30
    Abderrahmane Youssoufi |  | morocco | government | 1998-02-04 | 2002-10-09
    Abdiaziz Mukhtar Qaridi |  | somalia | government | 2003-01-01 | 2006-03-31
    Abdiqadir Mohammed Abdulle |  | somalia | government | 2003-01-01 | 2003-08-31
    Abdiqadir Mohammed Abdulle |  | somalia | government | 2003-10-01 | 2006-03-31
    Abdiqadir Yussuf Mohammed |  | somalia | government | 2003-01-01 | 2006-03-31
    Abdiqasim Salad Hassan |  | somalia | government | 2000-08-27 | 2004-10-14
    Abdirahman Abdi Shakur Warsame |  | somalia | government | 2009-05-01 | 2010-12-31
    Abdirahman Adan Ibrahim Ibbi | Abdirahman Aden Ibrahim Ibbi | somalia | government | 2009-05-01 | 2010-12-31
    Abdirahman Jama Abdalla |  | somalia | government | 2007-04-01 | 2008-04-30
    Abdirahman Umar Osman Yarisow |  | somalia | government | 2009-10-01 | 2010-12-31
    Abdirizak Osman Hassan Jurile | Abdirizak Osman Jurile | somalia | government | 2006-04-01 | 2006-11-30
    Abdiwahid Eilmi Gonjeeh |  | somalia | government | 2009-05-01 | 2010-12-31
    Abdollah Ramezanzadeh |  | iran | government | 2003-01-01 | 2005-10-31
    Abdou Diouf |  | senegal | government | 1970-02-26 | 1980-12-31
    Abdou Diouf |  | senegal | government | 1981-01-01 | 2000-04-01
    Abdou Meckassoua |  | central-african-republic | government | 2003-04-01 | 2006-07-31
    Abdou Soule el Bak |  | comoros | government | 2003-06-01 | 2007-08-31
    Abdoul Aziz Bah |  | guinea | government | 2009-04-01 | 2009-05-31
    Abdoul Diop |  | senegal | government | 2003-09-01 | 2003-10-31
    Abdoul Diop |  | senegal | government | 2003-12-01 | 2006-12-31
    Abdoulaye Bio Tchane |  | benin | government | 2003-01-01 | 2003-06-30
    Abdoulaye Diop |  | senegal | government | 2003-01-01 | 2003-09-30
    Abdoulaye Jina |  | niger | government | 2005-02-01 | 2007-06-30
    Abdoulaye Sekou Sow |  | mali | government | 1993-04-12 | 1994-02-04
    Abdoulaye Yerodia Ndombasi |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Abdourahim Agne |  | senegal | government | 2007-01-01 | 2009-05-31
    Abduh Ali al Qubati | Abduh Ali Qubati | yemen | government | 2003-01-01 | 2006-02-28
    Abdul Ali |  | afghanistan | government | 2003-01-01 | 2004-09-30
    Abdul Ati al Obeidi |  | libya | government | 1977-03-01 | 1979-03-01
    Abdul Ati al Obeidi |  | libya | government | 1979-03-01 | 1981-01-07
    Abdul Aziz Abdul Ghani |  | yemen | government | 1983-11-13 | 1990-05-22
    Abdul Aziz Abdul Ghani |  | yemen | government | 1994-10-06 | 1997-05-14
    Abdul Fatah Salah |  | jordan | government | 2006-06-01 | 2009-12-31
    Abdul Hafeez Shaikh | Abdul Hafezez Shaikh | pakistan | government | 2003-07-01 | 2004-10-31
    Abdul Hamid bin Zainal Abidin |  | malaysia | government | 2003-01-01 | 2004-10-31
    Abdul Karim Barawi |  | afghanistan | government | 2005-01-01 | 2006-05-31
    Abdul Karim al Iryani |  | yemen | government | 1998-04-29 | 2001-04-07
    Abdul Karim al Kabariti |  | jordan | government | 1996-02-04 | 1997-03-19
    Abdul Majid al Qa'ud |  | libya | government | 1994-01-29 | 1997-12-29
    Abdul Matin Chowdhury |  | bangladesh | government | 2003-01-01 | 2007-02-28
    Abdul Mejid Hussein |  | ethiopia | government | 2003-01-01 | 2004-08-31
    Abdul Qader Bajamal |  | yemen | government | 2001-04-07 | 2007-04-07
    Abdul Qadir |  | afghanistan | government | 1978-04-27 | 1978-04-30
    Abdul Rahim Ghafoorzai |  | afghanistan | government | 1997-08-11 | 1997-08-21
    Abdul Rahim Hatef |  | afghanistan | government | 1992-04-16 | 1992-04-28
    Abdul Rahim Mohideen Abdul Cader |  | sri-lanka | government | 2003-01-01 | 2004-05-31
    Abdul Rahim Murad |  | lebanon | government | 2003-05-01 | 2004-10-31
    Abdul Rahim al Okour |  | jordan | government | 2007-12-01 | 2009-02-28
    Abdul Rahman Saleh |  | indonesia | government | 2004-11-01 | 2007-05-31
    Abdul Rauf al Rawabdeh |  | jordan | government | 1999-03-04 | 2000-06-19
    Abdul Razzaq As Sawsa |  | libya | government | 1990-10-07 | 1992-11-18
    Abdul Risath Bathiyutheen |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Abdul Sabur Farid Kuhestani |  | afghanistan | government | 1992-07-06 | 1992-08-15
    Abdul Salam Jalloud |  | libya | government | 1972-07-16 | 1977-03-01
    Abdul Salam al Abadi | Abdul Salam Abbadi | jordan | government | 2005-05-01 | 2006-05-31
    Abdul Salam al Majali |  | jordan | government | 1993-05-29 | 1995-01-07
    Abdul Salam al Majali |  | jordan | government | 1997-03-19 | 1998-08-20
    Abdul Zahir |  | afghanistan | government | 1971-06-09 | 1972-12-12
    Abdulkadir Aksu |  | turkey | government | 2003-01-01 | 2007-05-31
    Abdulkadir Muhammad Aden |  | somalia | government | 1997-01-03 | 2002-01-01
    Abdulkarim Malahmeh |  | jordan | government | 2005-08-01 | 2006-05-31
    Abdulla Hameed |  | maldives | government | 2003-01-01 | 2005-07-31
    Abdulla Jameel |  | maldives | government | 2003-01-01 | 2005-05-31
    Abdullah Abdullah |  | afghanistan | government | 2001-10-01 | 2005-04-20
    Abdullah Farhat |  | lebanon | government | 2003-05-01 | 2004-10-31
    Abdullah Jihad |  | maldives | government | 2008-08-01 | 2008-11-30
    Abdullah Kaabi | Abdullah Kabi | tunisia | government | 2004-10-01 | 2004-12-31
    Abdullah Kamal Deen |  | maldives | government | 2007-08-01 | 2008-11-30
    Abdullah Maaroufi |  | morocco | government | 2003-01-01 | 2003-02-28
    Abdullah Mat Zin |  | malaysia | government | 2004-11-01 | 2008-03-31
    Abdullah Mohamed Zain |  | malaysia | government | 2004-11-01 | 2008-03-31
    Abdullah Shahid |  | maldives | government | 2005-08-01 | 2008-11-30
    Abdullah Wardak |  | afghanistan | government | 2003-01-01 | 2004-12-31
    Abdullah al Noman |  | bangladesh | government | 2003-01-01 | 2004-05-31
    Abdullah bin Ahmad Badawi |  | malaysia | government | 2003-01-01 | 2009-04-30
    Abdullahi Ahmed Abdulle Azhari |  | somalia | government | 2009-05-01 | 2010-12-31
    Abdullatif Sener |  | turkey | government | 2003-01-01 | 2007-08-31
    Abdulrahman Adamu |  | nigeria | government | 2009-02-01 | 2010-04-30
    Abdulrahman Hassan Gimba |  | nigeria | government | 2007-08-01 | 2009-01-31
    Abdulsalami Abubakar |  | nigeria | government | 1998-06-09 | 1999-05-29
    Abdur Rahman Biswas |  | bangladesh | government | 1991-10-10 | 1996-10-09
    Abdurrahman Wahid |  | indonesia | government | 1999-10-20 | 2001-07-23
    Abdus Sattar |  | bangladesh | government | 1981-05-30 | 1982-03-24
    Abel Chambeshi |  | zambia | government | 2003-01-01 | 2005-04-30
    Abel Goumba |  | central-african-republic | government | 2003-03-23 | 2003-12-12
    Abel Goumba |  | central-african-republic | government | 2003-04-01 | 2006-08-31
    Abel Mamani Marca |  | bolivia | government | 2006-02-01 | 2008-04-30
    Abel Pacheco de la Espriella |  | costa-rica | government | 2002-05-08 | 2006-05-08
    Abelardo Moreno Fernandez |  | cuba | government | 2009-04-01 | 2009-09-30
    Abid al Shakhanbih |  | jordan | government | 2005-05-01 | 2005-07-31
    Abolhassan Bani Sadr |  | iran | government | 1980-02-04 | 1981-06-22
    Aboudou Soefou |  | comoros | government | 2005-08-01 | 2006-06-30
    Abraham Gotobulu |  | central-african-republic | government | 2003-04-01 | 2006-08-31
    Abraham Osei Aidooh |  | ghana | government | 2007-09-01 | 2009-03-31
    Absalom Dlamini |  | eswatini | government | 2003-12-01 | 2003-12-31
    Absalom Muntu Dlamini |  | eswatini | government | 2004-01-01 | 2009-07-31
    Absalom Themba Dlamini |  | eswatini | government | 2004-01-01 | 2009-07-31
    Abu Sadat Mohammad Sayem |  | bangladesh | government | 1975-11-06 | 1977-04-21
    Abu Sayeed Chowdhury |  | bangladesh | government | 1972-01-12 | 1973-12-24
    Abubacar Jalloh |  | sierra-leone | government | 2007-11-01 | 2009-03-31
    Abubakar Saddique Boniface |  | ghana | government | 2007-09-01 | 2009-03-31
    Abubakar Tanko |  | nigeria | government | 2003-08-01 | 2003-10-31
    Abubakar Tanko |  | nigeria | government | 2003-12-01 | 2007-07-31
    Abubakar Traore |  | mali | government | 2004-08-01 | 2007-10-31
    Abudacar Demba Dahaba |  | guinea | government | 2007-08-01 | 2008-08-31
    Aburizal Bakrie |  | indonesia | government | 2004-11-01 | 2005-12-31
    Abuzed Dorda |  | libya | government | 2003-01-01 | 2003-06-30
    Abuzed Omar Dorda |  | libya | government | 1990-10-07 | 1994-01-29
    Adam Balouh |  | sudan | government | 2003-01-01 | 2003-06-30
    Adam Daniel Rotfeld |  | poland | government | 2005-03-01 | 2005-11-30
    Adam Ficsor |  | hungary | government | 2009-05-01 | 2010-06-30
    Adama Fofana |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Adama Sall |  | senegal | government | 2007-01-01 | 2007-07-31
    Adamandios Vasilakis |  | greece | government | 2003-01-01 | 2007-06-30
    Adamantios Androutsopoulos |  | greece | government | 1973-11-25 | 1974-07-23
    Adan Chavez Frias |  | venezuela | government | 2003-09-01 | 2004-07-31
    Adan Chavez Frias |  | venezuela | government | 2006-09-01 | 2007-01-31
    Adanan bin Begawan |  | brunei | government | 2005-08-01 | 2010-05-31
    Adanan bin Mohd Yusof |  | brunei | government | 2010-06-01 | 2010-06-30
    Addisu Legesse |  | ethiopia | government | 2003-01-01 | 2010-10-31
    Adel Qudah |  | jordan | government | 2005-08-01 | 2006-05-31
    Adela Camacho Sinibaldi de Torrebiarte |  | guatemala | government | 2007-04-01 | 2008-02-28
    Aden Mohammed Nour |  | somalia | government | 2009-02-01 | 2009-02-28
    Aderemi Bablola |  | nigeria | government | 2007-08-01 | 2010-04-30
    Aderemi Esan |  | nigeria | government | 2003-02-01 | 2003-07-31
    Adeseye Ogunlewe |  | nigeria | government | 2003-08-01 | 2006-03-31
    Adetohunbo Kayode |  | nigeria | government | 2010-03-01 | 2010-04-30
    Adhyaksa Dault |  | indonesia | government | 2004-11-01 | 2009-10-31
    Adiato Nandigna | Adiato Diallo Nandigna | guinea | government | 2009-04-01 | 2009-10-31
    Adil Carcani |  | albania | government | 1981-12-18 | 1991-02-22
    Adil Douiri |  | morocco | government | 2004-08-01 | 2004-08-31
    Adina Bastidas |  | venezuela | government | 2000-12-28 | 2002-01-13
    Adji Abdoulaye Haman |  | cameroon | government | 2003-01-01 | 2003-08-31
    Adji Abdoulaye Haman |  | cameroon | government | 2003-10-01 | 2005-01-31
    Adlai E. Stevenson |  | united-states | government | 1961-01-21 | 1965-07-14
    Adly Mansour | Adly Mahmoud Mansour | egypt | government | 2013-07-04 | 2014-06-08
    Adnan Badran |  | jordan | government | 2005-04-07 | 2005-11-27
    Adnan Badran |  | jordan | government | 2005-05-01 | 2005-12-31
    Adnan Umar Muhammad al Jafri |  | yemen | government | 2006-03-01 | 2007-04-30
    Adnan Umar al Jifri |  | yemen | government | 2007-05-01 | 2008-05-31
    Adolf Ogi |  | switzerland | government | 2000-01-01 | 2000-12-31
    Adolfo Aguilar Zinser |  | mexico | government | 2003-02-01 | 2004-01-31
    Adolfo Arnoldo Majano Ramos |  | el-salvador | government | 1979-10-15 | 1980-12-07
    Adolfo Diaz Suarez |  | cuba | government | 2003-01-01 | 2003-12-31
    Adolfo Rodriguez Saa |  | argentina | government | 2001-12-23 | 2002-01-01
    Adolfo Suarez Gonzalez |  | spain | government | 1976-07-05 | 1981-02-25
    Adolphe Lumanu |  | democratic-republic-of-the-congo | government | 2007-12-01 | 2010-02-28
    Adoum Gargoum |  | cameroon | government | 2003-01-01 | 2003-01-31
    Adoum Gargoum |  | cameroon | government | 2003-03-01 | 2003-05-31
    Adoum Gargoum |  | cameroon | government | 2003-07-01 | 2003-07-31
    Adoum Gargoum |  | cameroon | government | 2003-09-01 | 2007-11-30
    Adrian Nastase |  | romania | government | 2000-12-28 | 2004-12-21
    Adrian Neritani |  | albania | government | 2006-06-01 | 2009-08-31
    Adrian P. Winkel |  | micronesia | government | 1977-07-09 | 1981-01-01
    Adrien Djomagoue |  | cameroon | government | 2003-01-01 | 2003-06-30
    Adrien Djomagoue |  | cameroon | government | 2003-08-01 | 2005-01-31
    Adrien Houngbedji |  | benin | government | 1996-04-09 | 1998-05-14
    Adrien Sibomana |  | burundi | government | 1988-10-19 | 1993-07-10
    Adrienne Clarkson |  | canada | government | 1999-10-07 | 2005-09-27
    Adrienne Clarkson |  | canada | government | 2003-01-01 | 2005-09-30
    Aftab Ahmad Khan Sherpao | Aftab Ahmed Khan Sherpao | pakistan | government | 2003-01-01 | 2007-12-31
    Afualo Matoto |  | tonga | government | 2009-09-01 | 2011-01-31
    Agard Didi |  | uganda | government | 2003-01-01 | 2006-06-30
    Agathe Uwilingiyimana |  | rwanda | government | 1993-07-18 | 1994-04-07
    Agbeyome Kodjo |  | togo | government | 2000-08-31 | 2002-06-29
    Agha Mohammad Yahya Khan |  | pakistan | government | 1969-03-25 | 1971-12-20
    Agim Nesho |  | albania | government | 2003-01-01 | 2006-02-28
    Agnelo Queiroz |  | brazil | government | 2003-01-01 | 2006-05-31
    Agnes Alafi Maimouna |  | chad | government | 2003-01-01 | 2003-07-31
    Agostinho Neto |  | angola | government | 1975-11-11 | 1979-09-10
    Agouta Ouyenga |  | togo | government | 2003-08-01 | 2009-02-28
    Agum Gumelar |  | indonesia | government | 2003-11-01 | 2003-11-30
    Agustin Carstens Carstens |  | mexico | government | 2006-12-01 | 2010-01-31
    Agusto Santos Silva |  | portugal | government | 2005-04-01 | 2009-07-31
    Ahmad Abdallah al Mahmud |  | qatar | government | 2003-01-01 | 2004-04-30
    Ahmad Abdallah al Marri |  | qatar | government | 2003-01-01 | 2004-07-31
    Ahmad Abdisalam |  | somalia | government | 2008-05-01 | 2009-04-30
    Ahmad Allam Mi |  | chad | government | 2005-09-01 | 2008-04-30
    Ahmad Fatfat |  | lebanon | government | 2005-08-01 | 2008-07-31
    Ahmad Fuad Mohieddin |  | egypt | government | 1982-01-02 | 1984-06-05
    Ahmad Ghurab al Marri |  | qatar | government | 2008-08-01 | 2010-06-30
    Ahmad Hulayil | Ahmad Hilayel | jordan | government | 2003-01-01 | 2005-04-30
    Ahmad Jeewah |  | mauritius | government | 2003-01-01 | 2005-08-31
    Ahmad Masaadeh |  | jordan | government | 2005-02-01 | 2005-04-30
    Ahmad Mohamed Ibrahim |  | libya | government | 2003-01-01 | 2008-03-31
    Ahmad Mohammed Danulle |  | somalia | government | 2003-01-01 | 2006-03-31
    Ahmad Moqbel Zarar |  | afghanistan | government | 2005-11-01 | 2006-05-31
    Ahmad Moqbel Zarar |  | afghanistan | government | 2007-04-01 | 2008-10-31
    Ahmad Muhammad Abdallah al Sufan |  | yemen | government | 2003-06-01 | 2007-02-28
    Ahmad Muhammad Harun |  | sudan | government | 2003-06-01 | 2003-06-30
    Ahmad Muhammad Yahya Hasan al Kahlani |  | yemen | government | 2003-06-01 | 2006-02-28
    Ahmad Musavi |  | iran | government | 2005-11-01 | 2008-02-28
    Ahmad Shah Ahmadzai |  | afghanistan | government | 1995-01-01 | 1996-06-26
    Ahmad Tabbarah |  | lebanon | government | 2004-12-01 | 2005-07-31
    Ahmad Tariq Karim |  | bangladesh | government | 2003-01-01 | 2003-06-30
    Ahmad Tejan Kabbah |  | sierra-leone | government | 1996-03-29 | 1997-05-25
    Ahmad Tejan Kabbah |  | sierra-leone | government | 1998-03-10 | 2007-09-17
    Ahmad Tejan Kabbah |  | sierra-leone | government | 2003-01-01 | 2007-09-30
    Ahmad Zahid Hamidi |  | malaysia | government | 2008-04-01 | 2009-04-30
    Ahmad Zia Masood |  | afghanistan | government | 2005-02-01 | 2009-12-31
    Ahmad al Mirghani |  | sudan | government | 1986-05-06 | 1989-06-30
    Ahmad bin Abd al Nabi al Maki |  | oman | government | 2003-01-01 | 2003-12-31
    Ahmad bin Attiyah al Khalifa |  | bahrain | government | 2005-11-01 | 2006-07-31
    Ahmad bin Muhammad bin Hamad bin Abdallah al Khalifa |  | bahrain | government | 2005-03-01 | 2005-08-31
    Ahmad bin Sayf al Thani |  | qatar | government | 2003-01-01 | 2005-03-31
    Ahmadou Abdoulaye Diallo |  | mali | government | 2008-06-01 | 2009-04-30
    Ahmadou Oury Bah |  | guinea | government | 2008-08-01 | 2009-03-31
    Ahmat Awad Sakine |  | chad | government | 2004-09-01 | 2005-08-31
    Ahmat Hassaballah Soubiane |  | chad | government | 2003-01-01 | 2008-04-30
    Ahmat Mahamat Bachir |  | chad | government | 2006-10-01 | 2008-04-30
    Ahmat Mahamat Zene |  | chad | government | 2006-10-01 | 2008-04-30
    Ahmed Abd al Hamid Munaysi |  | libya | government | 2006-04-01 | 2007-01-31
    Ahmed Abdallah |  | comoros | government | 1972-12-26 | 1975-07-06
    Ahmed Abdallah |  | comoros | government | 1975-07-06 | 1975-08-03
    Ahmed Abdallah |  | comoros | government | 1978-05-23 | 1978-10-03
    Ahmed Abdallah |  | comoros | government | 1978-10-03 | 1989-11-27
    Ahmed Abdou |  | comoros | government | 1996-12-27 | 1997-09-09
    Ahmed Abdulla |  | maldives | government | 2005-06-01 | 2005-07-31
    Ahmed Ali Aboul Gheit |  | egypt | government | 2004-07-11 | 2011-03-06
    Ahmed Ali Karti |  | sudan | government | 2010-07-01 | 2010-07-31
    Ahmed Aqeel |  | sudan | government | 2003-01-01 | 2003-06-30
    Ahmed Benbitour |  | algeria | government | 1999-12-23 | 2000-08-27
    Ahmed Bennouna |  | morocco | government | 2003-01-01 | 2003-07-31
    Ahmed Dini Ahmed |  | djibouti | government | 1977-07-12 | 1978-02-05
    Ahmed Halimi Alami |  | morocco | government | 2003-01-01 | 2003-02-28
    Ahmed Hassan al Zubeir |  | sudan | government | 2003-01-01 | 2005-10-31
    Ahmed Khaleel |  | maldives | government | 2008-05-01 | 2009-09-30
    Ahmed Lakhrif |  | morocco | government | 2007-11-01 | 2009-07-31
    Ahmed Laraki |  | morocco | government | 1969-10-06 | 1971-08-06
    Ahmed Maher |  | egypt | government | 2003-01-01 | 2004-07-31
    Ahmed Mahrus el Dersh |  | egypt | government | 2003-01-01 | 2004-08-31
    Ahmed Mohamed Ag Hamani |  | mali | government | 2002-06-09 | 2004-04-30
    Ahmed Mohamed Shafik | Ahmed Mohamed Shafik Zaki; Ahmed Shafik | egypt | government | 2011-01-31 | 2011-03-03
    Ahmed Mohamed al Aas |  | sudan | government | 2003-01-01 | 2003-05-31
    Ahmed Moussaoui |  | morocco | government | 2003-01-01 | 2003-02-28
    Ahmed Nazif | Ahmed Mahmoud Mohamed Nazif; Ahmed Mohamed Nazif | egypt | government | 2004-07-14 | 2011-01-29
    Ahmed Osman |  | morocco | government | 1972-11-02 | 1979-03-22
    Ahmed Ould Bouceif |  | mauritius | government | 1979-04-06 | 1979-05-27
    Ahmed Ouyahia |  | algeria | government | 1995-12-31 | 1998-12-15
    Ahmed Ouyahia |  | algeria | government | 2003-01-01 | 2006-05-31
    Ahmed Ouyahia |  | algeria | government | 2003-05-05 | 2006-05-24
    Ahmed Own |  | libya | government | 2006-04-01 | 2006-08-31
    Ahmed Qureia |  | palestine | government | 2003-10-07 | 2005-12-15
    Ahmed Qureia |  | palestine | government | 2004-10-29 | 2004-11-11
    Ahmed Qureia |  | palestine | government | 2005-12-24 | 2006-03-29
    Ahmed Shaheed |  | maldives | government | 2005-08-01 | 2007-08-31
    Ahmed Shaheed |  | maldives | government | 2008-12-01 | 2011-01-31
    Ahmed Shathir |  | maldives | government | 2003-01-01 | 2005-05-31
    Ahmed Thasmeen Ali |  | maldives | government | 2005-08-01 | 2007-07-31
    Ahmed Tidiane Souare |  | guinea | government | 2008-07-01 | 2009-03-31
    Ahmed Zaki |  | maldives | government | 1972-08-01 | 1975-03-06
    Ahmed Zia Massoud |  | afghanistan | government | 2004-12-07 | 2009-11-19
    Ahmed ben Bella |  | algeria | government | 1962-09-27 | 1963-09-20
    Ahmed ben Cheikh Attoumane |  | comoros | government | 1993-06-20 | 1994-01-02
    Ahmed ben Said Jaffar |  | comoros | government | 2006-07-01 | 2010-06-30
    Ahmed bin Atiyatallah al Khalifa |  | bahrain | government | 2006-12-01 | 2006-12-31
    Ahmed el Maghrabi |  | egypt | government | 2006-02-01 | 2011-02-01
    Ahmet Necdet Sezer |  | turkey | government | 2000-05-16 | 2007-08-28
    Ahmeth Diallo |  | senegal | government | 2003-09-01 | 2003-10-31
    Ahmeth Diallo |  | senegal | government | 2003-12-01 | 2004-12-31
    Ahn Byung Young |  | south-korea | government | 2004-10-01 | 2005-02-28
    Ahti Karjalainen |  | finland | government | 1970-07-15 | 1971-10-29
    Aida Mbodj |  | senegal | government | 2005-01-01 | 2007-07-31
    Aileen Carroll |  | canada | government | 2004-01-01 | 2006-02-28
    Aishath Mohamed Didi |  | maldives | government | 2005-08-01 | 2008-11-30
    Akbar Hossain |  | bangladesh | government | 2003-01-01 | 2007-02-28
    Akim A. Gibril |  | sierra-leone | government | 1995-03-31 | 1996-03-29
    Akira Amari |  | japan | government | 2008-10-01 | 2009-09-30
    Akira Nagatsuma |  | japan | government | 2009-10-01 | 2010-09-30
    Akoussoulelou Bodjona |  | togo | government | 2003-01-01 | 2005-06-30
    Akua Sena Dansua |  | ghana | government | 2010-03-01 | 2011-01-31
    Akwasi Osei Adjei | Akwasi Asei Adjei | ghana | government | 2007-09-01 | 2007-12-31
    Al Gore |  | united-states | government | 1993-01-20 | 2001-01-20
    Al Hadi Abdallah Mohammed al Awad |  | sudan | government | 2004-09-01 | 2005-10-31
    Al Hassan Onipogui |  | guinea | government | 2009-04-01 | 2011-01-31
    Al Jazuli Dafalla |  | sudan | government | 1985-04-22 | 1986-05-06
    Al Tahriri al Hadi al Juhaymi |  | libya | government | 2003-07-01 | 2008-03-31
    Al Tigani al Fadil |  | sudan | government | 2003-01-01 | 2003-06-30
    Al Tijani Saleh Hudeib |  | sudan | government | 2005-11-01 | 2010-06-30
    Al Ujayli Abd al Salam al Burayni |  | libya | government | 2003-01-01 | 2004-09-30
    Al Zubayr Ahmad al Hasan |  | sudan | government | 2003-01-01 | 2003-06-30
    Al Zubayr Ahmad al Hasan |  | sudan | government | 2006-06-01 | 2008-04-30
    Al Zubeir Bashir Taha |  | sudan | government | 2003-01-01 | 2004-08-31
    Alaa Batayneh | Alaa al Bataynah | jordan | government | 2009-03-01 | 2009-12-31
    Alain Adihou |  | benin | government | 2003-07-01 | 2005-10-31
    Alain Joyandet |  | france | government | 2008-04-01 | 2009-11-30
    Alain Juppe |  | france | government | 1995-05-18 | 1997-06-03
    Alain Juppe |  | france | government | 2007-06-01 | 2007-06-30
    Alain Lambert |  | france | government | 2003-01-01 | 2004-04-30
    Alain Marleix |  | france | government | 2007-07-01 | 2009-11-30
    Alain Poher |  | france | government | 1974-04-03 | 1974-05-27
    Alain Tapurian | Alain Tabourian | lebanon | government | 2004-12-01 | 2005-07-31
    Alamara Nhasse |  | guinea-bissau | government | 2001-12-09 | 2002-11-17
    Alan Ganoo |  | mauritius | government | 2003-01-01 | 2005-08-31
    Alan Griffin |  | australia | government | 2008-01-01 | 2010-09-30
    Alan Huckle |  | united-kingdom | government | 2001-01-01 | 2004-01-01
    Alan John Kyerematen |  | ghana | government | 2003-01-01 | 2003-03-31
    Alan Johnson | Alan Arthur Johnson | united-kingdom | government | 2004-10-01 | 2005-05-31
    Alan Johnson | Alan Arthur Johnson | united-kingdom | government | 2009-07-01 | 2010-05-31
    Alan Milburn |  | united-kingdom | government | 2004-10-01 | 2005-05-31
    Alawel Broderick Bozimo |  | nigeria | government | 2007-02-01 | 2007-07-31
    Alawi Hasan al Attas |  | yemen | government | 2003-01-01 | 2003-05-31
    Alawi Salah al Salami |  | yemen | government | 2003-01-01 | 2007-02-28
    Alba Maria Cabral Pena Gomez |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Albade Abdoube | Albade Abouba | niger | government | 2004-04-01 | 2005-01-31
    Alben W. Barkley |  | united-states | government | 1949-01-20 | 1953-01-20
    Albert Abongo |  | ghana | government | 2009-04-01 | 2010-02-28
    Albert Agossou |  | benin | government | 2006-05-01 | 2007-06-30
    Albert Gelabert |  | andorra | government | 1991-02-15 | 1992-04-12
    Albert Jonsson |  | iceland | government | 2007-07-01 | 2009-02-28
    Albert Kan Dapaah |  | ghana | government | 2006-06-01 | 2007-08-31
    Albert Kipalan |  | papua-new-guinea | government | 2003-12-01 | 2004-03-31
    Albert Luhongwe |  | democratic-republic-of-the-congo | government | 2003-02-01 | 2003-07-31
    Albert Mansur |  | lebanon | government | 2005-01-01 | 2005-07-31
    Albert Pintat |  | andorra | government | 2005-07-01 | 2009-06-30
    Albert Reynolds |  | ireland | government | 1992-02-11 | 1994-12-15
    Albert Segbegnon Houngbo |  | benin | government | 2007-07-01 | 2008-11-30
    Albert Shabangu |  | eswatini | government | 2004-01-01 | 2009-07-31
    Albert del Rosario |  | philippines | government | 2003-01-01 | 2006-07-31
    Alberto Bustamante Belaunde |  | peru | government | 1999-10-10 | 2000-07-29
    Alberto Carrasquilla |  | colombia | government | 2003-08-01 | 2007-02-28
    Alberto Cecchetti |  | san-marino | government | 2001-10-01 | 2002-04-01
    Alberto Demicheli |  | uruguay | government | 1976-06-12 | 1976-09-01
    Alberto Dent |  | costa-rica | government | 2003-07-01 | 2004-08-31
    Alberto Diaz |  | honduras | government | 2003-01-01 | 2006-02-28
    Alberto Fernandez |  | argentina | government | 2003-05-25 | 2008-07-24
    Alberto Fernandez |  | argentina | government | 2003-06-01 | 2008-08-31
    Alberto Fujimori |  | peru | government | 1990-07-28 | 2000-11-22
    Alberto Gonzales |  | united-states | government | 2005-02-03 | 2007-09-17
    Alberto Joaquim Chipande |  | mozambique | government | 1986-10-19 | 1986-11-06
    Alberto Natusch Busch |  | bolivia | government | 1979-11-01 | 1979-11-16
    Alberto Pandolfi |  | peru | government | 1998-08-21 | 1999-01-03
    Alberto Romulo |  | philippines | government | 2003-01-01 | 2009-01-31
    Alberto Sanabria |  | peru | government | 2003-02-01 | 2003-08-31
    Alberto Selva |  | san-marino | government | 2007-10-01 | 2008-04-01
    Alberto Werner Gasser Vargas |  | bolivia | government | 2003-01-01 | 2003-02-28
    Albin Nyamoya |  | burundi | government | 1972-07-15 | 1973-06-05
    Albina Guarnieri |  | canada | government | 2004-08-01 | 2006-02-28
    Alcides Jimenez |  | paraguay | government | 2003-01-01 | 2003-08-31
    Alcinda Abreu |  | mozambique | government | 2005-03-01 | 2008-03-31
    Alec Erwin |  | south-africa | government | 2004-06-01 | 2008-10-31
    Alejandro Agustin Lanusse |  | argentina | government | 1971-03-22 | 1973-05-25
    Alejandro Artucio Rodriguez |  | uruguay | government | 2005-10-01 | 2007-08-31
    Alejandro Atchugarry |  | uruguay | government | 2003-01-01 | 2003-08-31
    Alejandro D. Wolff |  | united-states | government | 2006-12-09 | 2007-04-23
    Alejandro D. Wolff |  | united-states | government | 2009-01-20 | 2009-01-26
    Alejandro Evuna Owono Asangono |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Alejandro Ferreiro |  | chile | government | 2006-08-01 | 2007-06-30
    Alejandro Foxley |  | chile | government | 2006-05-01 | 2009-03-31
    Alejandro Hamed Franco |  | paraguay | government | 2008-09-01 | 2009-04-30
    Alejandro Rodriguez de Valcarcel Y Nebreda |  | spain | government | 1975-11-20 | 1975-11-22
    Alejandro Toledo | Alejandro Tudela Chopitea | peru | government | 2001-07-28 | 2006-07-28
    Alejo Fernandez Chavez |  | uruguay | government | 2005-01-01 | 2005-02-28
    Aleksander Kwasniewski |  | poland | government | 1995-12-23 | 2005-12-23
    Aleksander Meksi |  | albania | government | 1992-04-13 | 1997-03-11
    Aleksander Sallabanda |  | albania | government | 2006-03-01 | 2006-03-31
    Aleksandr Rutskoy |  | russia | government | 1993-09-22 | 1993-10-04
    Aleksey Gordeyev | Aleksey Vasilyevich Gordeyev | russia | government | 2003-01-01 | 2004-03-31
    Aleksey Kosygin |  | russia | government | 1964-10-15 | 1980-10-23
    Alessandro Mancini |  | san-marino | government | 2007-04-01 | 2007-10-01
    Alessandro Mancini |  | san-marino | government | 2007-04-01 | 2008-03-31
    Alessandro Rossi |  | san-marino | government | 2007-04-01 | 2007-10-01
    Alessandro Rossi |  | san-marino | government | 2007-04-01 | 2008-03-31
    Alex Alie Kargbo |  | sierra-leone | government | 2003-01-01 | 2009-03-31
    Alex Kamugisha |  | uganda | government | 2003-01-01 | 2003-05-31
    Alexander Downer |  | australia | government | 2003-01-01 | 2007-12-31
    Alexander Haig | Alexander M. Haig; Alexander M. Haig Jr | united-states | government | 1973-05-04 | 1974-09-01
    Alexander Haig | Alexander M. Haig; Alexander M. Haig Jr | united-states | government | 1981-01-22 | 1982-07-05
    Alexander Pechtold |  | netherlands | government | 2005-05-01 | 2006-07-31
    Alexander R. Merep |  | palau | government | 2003-01-01 | 2009-03-31
    Alexander Stubb |  | finland | government | 2008-05-01 | 2008-07-31
    Alexandr Vondra |  | czech-republic | government | 2006-10-01 | 2009-06-30
    Alexandre Cece Loua |  | guinea | government | 2009-04-01 | 2010-12-31
    Alexandre Houtondji |  | benin | government | 2007-07-01 | 2009-06-30
    Alexandros Mallias |  | greece | government | 2006-01-01 | 2009-09-30
    Alexandru Athanasiu |  | romania | government | 1999-12-14 | 1999-12-22
    Alexis Gomba |  | central-african-republic | government | 2003-01-01 | 2003-03-31
    Alexis Rivas |  | ecuador | government | 2009-09-01 | 2009-10-31
    Alexis Thambwe |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2006-03-31
    Alfonso Bustamante Y Bustamante |  | peru | government | 1993-08-28 | 1994-02-17
    Alfonso Dulanto |  | chile | government | 2003-01-01 | 2006-04-30
    Alfonso Ferrufino Valderrama |  | bolivia | government | 2003-11-01 | 2004-09-30
    Alfonso Lopez Michelsen |  | colombia | government | 1974-08-07 | 1978-08-07
    Alfonso Nsue Mokuy |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Alfonso Oiterong |  | palau | government | 1985-07-02 | 1985-10-25
    Alfonso Portillo Cabrera |  | guatemala | government | 2000-01-14 | 2004-01-14
    Alfonso T. Yuchengco |  | philippines | government | 2003-01-01 | 2003-07-31
    Alfonso Velasquez |  | peru | government | 2004-03-01 | 2005-03-31
    Alfonso de Los Heros |  | peru | government | 1991-11-06 | 1992-04-06
    Alfred Capelle |  | marshall-islands | government | 2003-01-01 | 2010-01-31
    Alfred Dube |  | botswana | government | 2003-04-01 | 2005-11-30
    Alfred Finz |  | austria | government | 2003-01-01 | 2007-01-31
    Alfred Gusenbauer |  | austria | government | 2007-01-11 | 2008-12-02
    Alfred Gusenbauer |  | austria | government | 2007-02-01 | 2008-12-31
    Alfred Mabika |  | gabon | government | 2003-01-01 | 2007-04-30
    Alfred Mabika |  | gabon | government | 2007-06-01 | 2008-03-31
    Alfred Maseng |  | vanuatu | government | 2004-04-12 | 2004-05-11
    Alfred Moisiu |  | albania | government | 2002-07-24 | 2007-07-24
    Alfred Rolland Carlot |  | vanuatu | government | 2003-01-01 | 2006-08-31
    Alfred Sant |  | malta | government | 1996-10-28 | 1998-09-06
    Alfred Sears |  | bahamas | government | 2003-01-01 | 2006-02-28
    Alfredo Antonio Silva |  | guinea | government | 2007-08-01 | 2008-08-31
    Alfredo Atanasof |  | argentina | government | 2002-05-03 | 2003-05-25
    Alfredo Castillo Bujase |  | ecuador | government | 2006-01-01 | 2006-03-31
    Alfredo Cristiani |  | el-salvador | government | 1989-06-01 | 1994-06-01
    Alfredo Ernesto Poveda Burbano |  | ecuador | government | 1976-01-11 | 1979-08-10
    Alfredo Gomez Urcuyo |  | nicaragua | government | 2006-02-01 | 2007-01-31
    Alfredo Lopes Cabral |  | guinea | government | 2003-10-01 | 2003-12-31
    Alfredo Nestor Atanasof |  | argentina | government | 2003-01-01 | 2003-05-31
    Alfredo Oscar Saint Jean |  | argentina | government | 1982-06-18 | 1982-07-01
    Alfredo Ovando Candia |  | bolivia | government | 1969-09-26 | 1970-10-06
    Alfredo Palacio |  | ecuador | government | 2005-04-20 | 2007-01-15
    Alfredo Rada Velez | Alfredo Octavio Rada Velez | bolivia | government | 2007-02-01 | 2010-02-28
    Alfredo Volio Perez |  | costa-rica | government | 2006-07-01 | 2010-05-31
    Alhaji Collins Dauda |  | ghana | government | 2009-04-01 | 2011-01-31
    Alhaji Mahama Aliu |  | ghana | government | 2003-01-01 | 2005-03-31
    Alhaji Malik Alhassan Yakubu |  | ghana | government | 2003-01-01 | 2003-03-31
    Alhaji Mohamed Swarray Deen |  | sierra-leone | government | 2003-01-01 | 2005-09-30
    Alhaji Mustapha Idris Ali |  | ghana | government | 2003-04-01 | 2005-03-31
    Alhassan Bako Zaku |  | nigeria | government | 2009-02-01 | 2010-04-30
    Ali Abd al Salam al Turayki |  | libya | government | 2003-01-01 | 2003-06-30
    Ali Abd al Salam al Turayki |  | libya | government | 2003-11-01 | 2004-09-30
    Ali Abdi Farah |  | djibouti | government | 2003-01-01 | 2005-07-31
    Ali Abdirahman Hirsi |  | somalia | government | 2003-01-01 | 2006-03-31
    Ali Abdullah Saleh |  | yemen | government | 1978-07-18 | 1990-05-22
    Ali Abdullah Saleh |  | yemen | government | 1990-05-22 | 2012-02-27
    Ali Ahmad Jalali |  | afghanistan | government | 2003-10-01 | 2005-10-31
    Ali Ahmad Jama Jingili | Ali Ahmed Jama Jangali | somalia | government | 2008-05-01 | 2009-04-30
    Ali Ameir Mohammed |  | tanzania | government | 2003-01-01 | 2003-01-31
    Ali Aref Bourhan |  | djibouti | government | 1967-07-07 | 1976-07-29
    Ali Badjo Gamatie |  | niger | government | 2003-01-01 | 2004-03-31
    Ali Benflis |  | algeria | government | 2000-08-27 | 2003-05-05
    Ali Chaouch |  | tunisia | government | 2005-11-01 | 2010-02-28
    Ali Ghezawi |  | jordan | government | 2010-01-01 | 2010-11-30
    Ali Hachana | Ali Hachani | tunisia | government | 2003-08-01 | 2008-08-31
    Ali Hajj Hammud |  | syria | government | 2003-10-01 | 2004-10-31
    Ali Haroun |  | algeria | government | 1992-01-14 | 1994-01-31
    Ali Hashim |  | maldives | government | 2008-12-01 | 2011-01-31
    Ali Hassan Khalil |  | lebanon | government | 2004-12-01 | 2005-07-31
    Ali Hassan Taj Eddin |  | sudan | government | 2003-01-01 | 2005-10-31
    Ali Houri |  | syria | government | 2003-01-01 | 2003-09-30
    Ali Jangeli Ahmad |  | somalia | government | 2009-10-01 | 2010-12-31
    Ali Jazini |  | iran | government | 2003-09-01 | 2007-07-31
    Ali Kafi |  | algeria | government | 1992-01-14 | 1994-01-31
    Ali Khalif Galaid |  | somalia | government | 2000-10-08 | 2001-10-28
    Ali Kordan |  | iran | government | 2008-09-01 | 2008-11-30
    Ali Lutfi |  | egypt | government | 1985-09-04 | 1986-11-10
    Ali Mahaman Lamine Zeine |  | niger | government | 2004-04-01 | 2005-01-31
    Ali Mahdi Muhammad |  | somalia | government | 1991-01-29 | 1997-01-03
    Ali Mohamed Gedi |  | somalia | government | 2006-04-01 | 2008-04-30
    Ali Mohamed Soilihi |  | comoros | government | 2003-06-01 | 2006-06-30
    Ali Mroudjae |  | comoros | government | 1982-02-08 | 1984-12-31
    Ali Muhammad Ghedi |  | somalia | government | 2004-11-03 | 2007-10-29
    Ali Muhammad al Mujur |  | yemen | government | 2007-04-01 | 2007-04-30
    Ali Mursi Shairi |  | libya | government | 2004-10-01 | 2006-03-31
    Ali Naqi Kamal Kharazi |  | iran | government | 2003-01-01 | 2005-02-28
    Ali Osman Mohamed Taha |  | sudan | government | 2003-01-01 | 2005-10-31
    Ali Osoble |  | somalia | government | 2007-05-01 | 2008-04-30
    Ali Qanso |  | lebanon | government | 2008-08-01 | 2009-11-30
    Ali Rodriguez |  | venezuela | government | 2004-12-01 | 2006-08-31
    Ali Rodriguez |  | venezuela | government | 2008-07-01 | 2010-01-31
    Ali Saidlu |  | iran | government | 2007-08-01 | 2009-10-31
    Ali Salim al Baidh |  | yemen | government | 1994-05-21 | 1994-07-07
    Ali Soilih |  | comoros | government | 1976-01-03 | 1978-05-13
    Ali Sufi |  | iran | government | 2003-01-01 | 2005-08-31
    Ali abu Ragheb |  | jordan | government | 2003-01-01 | 2003-10-31
    Ali abu al Ragheb |  | jordan | government | 2000-06-19 | 2003-10-25
    Ali al Din Hillal Dessouki |  | egypt | government | 2003-01-01 | 2004-08-31
    Ali al Haj Muhammad |  | sudan | government | 2003-01-01 | 2005-10-31
    Ali bin Hamud bin Ali al Busaidi |  | oman | government | 2003-01-01 | 2003-06-30
    Ali bin Hamud bin Ali al Busaidi |  | oman | government | 2003-08-01 | 2009-06-30
    Ali bin Ibrahim Namla |  | saudi-arabia | government | 2004-05-01 | 2005-02-28
    Ali bin Majid al Mamari |  | oman | government | 2003-01-01 | 2004-04-30
    Ali bin Majid al Mamari |  | oman | government | 2004-06-01 | 2005-03-31
    Ali bin Said al Kawari |  | qatar | government | 2003-01-01 | 2005-03-31
    Ali bin Salih bin Abdallah al Salih |  | bahrain | government | 2005-03-01 | 2006-12-31
    Ali bin Talal al Jihani |  | saudi-arabia | government | 2003-01-01 | 2003-06-30
    Alicia Kirchner |  | argentina | government | 2003-06-01 | 2005-11-30
    Alicia Munoz Ala |  | bolivia | government | 2006-02-01 | 2007-01-31
    Alick Aluvihara |  | sri-lanka | government | 2003-01-01 | 2004-05-31
    Alieu Ngum |  | gambia | government | 2005-07-01 | 2005-11-30
    Aliioaga Feturi Elisaia |  | samoa | government | 2004-10-01 | 2010-08-31
    Alimarwan Hanan |  | indonesia | government | 2003-01-01 | 2004-10-31
    Aliou Mahamidou |  | niger | government | 1990-03-02 | 1991-10-27
    Aliou Sow |  | senegal | government | 2003-01-01 | 2003-10-31
    Aliou Sow |  | senegal | government | 2003-12-01 | 2007-07-31
    Alistair Darling | Alistair Maclean Darling | united-kingdom | government | 2003-07-01 | 2006-05-31
    Alistair Darling | Alistair Maclean Darling | united-kingdom | government | 2007-07-01 | 2010-05-31
    Aliu Mahama |  | ghana | government | 2005-04-01 | 2009-01-31
    Alix Baptiste |  | haiti | government | 2004-04-01 | 2006-06-30
    Aliyu Modibbo | Aliyu Modibo | nigeria | government | 2003-02-01 | 2009-01-31
    Allan Kemakesa | Allan Kemakeza | solomon-islands | government | 2003-01-01 | 2003-11-30
    Allan Kemakesa | Allan Kemakeza | solomon-islands | government | 2004-01-01 | 2007-05-31
    Allan Kemakesa | Allan Kemakeza | solomon-islands | government | 2008-04-01 | 2010-04-30
    Allan Marat |  | papua-new-guinea | government | 2003-01-01 | 2003-11-30
    Allan Marat |  | papua-new-guinea | government | 2007-10-01 | 2010-05-31
    Allan Rock |  | canada | government | 2004-03-01 | 2006-07-31
    Allan Wagner Tizon |  | peru | government | 2003-01-01 | 2003-12-31
    Allyson Maynard Gibson |  | bahamas | government | 2006-03-01 | 2007-06-30
    Almerino Manhenje |  | mozambique | government | 2003-01-01 | 2004-07-31
    Almerino Manhenje |  | mozambique | government | 2004-09-01 | 2005-02-28
    Alois Ospelt |  | liechtenstein | government | 2003-01-01 | 2005-04-30
    Alounkeo Kittikhoun |  | laos | government | 2003-01-01 | 2007-08-31
    Aloysius Amwano |  | nauru | government | 2003-01-01 | 2003-06-30
    Alpha Ibrahima Sow |  | guinea | government | 2003-07-01 | 2009-05-31
    Alpha Kanu |  | sierra-leone | government | 2007-11-01 | 2009-03-31
    Alpha Oumar Konare |  | mali | government | 1992-06-08 | 2002-06-08
    Alpha Saahid Bakar Kanu |  | sierra-leone | government | 2009-04-01 | 2010-12-31
    Alphonse Bonou |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Alphonse Kadege |  | burundi | government | 2003-06-01 | 2004-11-30
    Alphonse Moroi |  | papua-new-guinea | government | 2003-01-01 | 2003-08-31
    Alrich Nicolas |  | haiti | government | 2008-10-01 | 2009-11-30
    Altaf Hossain Chowdhury | Altaf Hossain Choudhury | bangladesh | government | 2003-01-01 | 2003-05-31
    Altaf Hossain Chowdhury | Altaf Hossain Choudhury | bangladesh | government | 2003-07-01 | 2004-03-31
    Altaf Hossain Chowdhury | Altaf Hossain Choudhury | bangladesh | government | 2006-06-01 | 2007-02-28
    Altayeb Ibrahim Mohamed Kheir |  | sudan | government | 2004-09-01 | 2005-10-31
    Alvaro Alfredo Magana Borja |  | el-salvador | government | 1982-05-02 | 1984-06-01
    Alvaro Arzu Irigoyen |  | guatemala | government | 1996-01-14 | 2000-01-14
    Alvaro Garcia |  | uruguay | government | 2008-10-01 | 2010-03-31
    Alvaro Rios |  | bolivia | government | 2003-11-01 | 2004-05-31
    Amadou Cheiffou |  | niger | government | 1991-10-27 | 1993-04-17
    Amadou Cisse |  | niger | government | 1995-02-08 | 1995-02-21
    Amadou Cisse |  | niger | government | 1996-12-21 | 1997-11-27
    Amadou Lamarana Bah |  | guinea | government | 2008-08-01 | 2009-03-31
    Amadou Poredaka Diallo |  | guinea | government | 2008-08-01 | 2009-03-31
    Amadou Toumani Toure | Amadou Toure | mali | government | 1991-03-26 | 1992-06-08
    Amal Farhan |  | jordan | government | 2003-11-01 | 2005-04-30
    Aman Mikael Andom |  | ethiopia | government | 1974-09-12 | 1974-11-17
    Amanda Vanstone |  | australia | government | 2003-01-01 | 2007-08-31
    Amani Abeid Karume |  | tanzania | government | 2003-01-01 | 2010-12-31
    Amarasiri Dodangoda |  | sri-lanka | government | 2004-06-01 | 2005-11-30
    Ambrose Lee |  | china | government | 2003-01-01 | 2003-04-30
    Ambrose Masalila |  | botswana | government | 2004-12-01 | 2008-04-30
    Ambrose Siu Kwong Lee |  | china | government | 2003-05-01 | 2004-12-31
    Ambulai Johnson |  | liberia | government | 2006-05-01 | 2010-04-30
    Amena Afzali |  | afghanistan | government | 2005-02-01 | 2006-05-31
    Ami Ayalon |  | israel | government | 2007-11-01 | 2009-03-31
    Amichai Ayalon |  | israel | government | 2007-11-01 | 2009-03-31
    Amik Sherchan |  | nepal | government | 2006-07-01 | 2007-04-30
    Amin Gemayel |  | lebanon | government | 1982-09-23 | 1988-09-22
    Amina Afzali |  | afghanistan | government | 2005-02-01 | 2006-05-31
    Amina el Guindi |  | egypt | government | 2003-01-01 | 2004-06-30
    Amina el Guindi |  | egypt | government | 2004-08-01 | 2006-02-28
    Aminata Lo |  | senegal | government | 2007-08-01 | 2007-12-31
    Aminata Tall |  | senegal | government | 2005-01-01 | 2006-12-31
    Amine Kherbi |  | algeria | government | 2005-11-01 | 2008-12-31
    Aminu Bashir Wali |  | nigeria | government | 2004-09-01 | 2007-08-31
    Amir Abbas Hoveida |  | iran | government | 1965-01-21 | 1977-08-07
    Amir Muqam |  | pakistan | government | 2007-02-01 | 2007-12-31
    Amirsham Abdul Aziz |  | malaysia | government | 2008-04-01 | 2009-04-30
    Amor Abed |  | tunisia | government | 2004-03-01 | 2004-03-31
    Amor Abed |  | tunisia | government | 2004-06-01 | 2004-06-30
    Amos Kimunya |  | kenya | government | 2003-01-01 | 2003-05-31
    Amos Kimunya |  | kenya | government | 2003-07-01 | 2009-02-28
    Amos Sawyer |  | liberia | government | 1990-09-09 | 1990-11-22
    Amos Sawyer |  | liberia | government | 1990-11-22 | 1994-03-07
    Ana Dias Lourenco |  | angola | government | 2003-01-01 | 2008-11-30
    Ana Matilde Gomez |  | panama | government | 2005-01-01 | 2010-04-30
    Ana Palacio |  | spain | government | 2003-01-01 | 2004-04-30
    Ana Vilma de Escobar |  | el-salvador | government | 2004-07-01 | 2009-06-30
    Anand Panyarachun |  | thailand | government | 1991-03-07 | 1992-04-07
    Anand Panyarachun |  | thailand | government | 1992-06-10 | 1992-09-23
    Anand Rao Adsul |  | india | government | 2003-01-01 | 2003-04-30
    Anandrao Vithoba Adsul |  | india | government | 2003-05-01 | 2004-01-31
    Anant Geete | Anant Gangaram Geete | india | government | 2003-01-01 | 2004-05-31
    Anare Jale |  | fiji | government | 2003-05-01 | 2004-07-31
    Anas el Fiqqi |  | egypt | government | 2004-09-01 | 2005-02-28
    Anastas Angjeli |  | albania | government | 2004-02-01 | 2005-09-30
    Anastase Gasana |  | rwanda | government | 2003-01-01 | 2003-07-31
    Anastasios Papaligouras |  | greece | government | 2008-10-01 | 2009-10-31
    Anatole Kanyenkiko |  | burundi | government | 1994-02-07 | 1995-02-22
    Anatolio Ndong Mba |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Anders Liden |  | sweden | government | 2004-10-01 | 2005-04-30
    Anders Liden |  | sweden | government | 2005-07-01 | 2010-07-31
    Anders Linden |  | sweden | government | 2005-05-01 | 2005-06-30
    Anderson Adauto |  | brazil | government | 2003-07-01 | 2003-07-31
    Andimba Toivo Ya Toivo |  | namibia | government | 2003-01-01 | 2003-08-31
    Andimba Toivo Ya Toivo |  | namibia | government | 2003-10-01 | 2005-04-30
    Andras Bozoki |  | hungary | government | 2005-03-01 | 2006-06-30
    Andras Simonyi |  | hungary | government | 2003-01-01 | 2007-11-30
    Andre Bumaya |  | rwanda | government | 2003-01-01 | 2003-01-31
    Andre Kolingba |  | central-african-republic | government | 1981-09-01 | 1993-10-22
    Andre Lemercier Georges |  | haiti | government | 2004-04-01 | 2006-06-30
    Andre Mba Obame |  | gabon | government | 2003-01-01 | 2004-07-31
    Andre Mba Obame |  | gabon | government | 2004-09-01 | 2008-03-31
    Andre Milongo |  | republic-of-the-congo | government | 1991-06-08 | 1992-09-02
    Andre Okombi Salissa |  | republic-of-the-congo | government | 2003-08-01 | 2003-08-31
    Andre Phillipe Futa | Andre Philippe Futa | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Andre Phillipe Futa | Andre Philippe Futa | democratic-republic-of-the-congo | government | 2004-08-01 | 2005-11-30
    Andre Phillipe Futa | Andre Philippe Futa | democratic-republic-of-the-congo | government | 2008-11-01 | 2010-02-28
    Andre Rouvoet |  | netherlands | government | 2007-03-01 | 2010-10-31
    Andre Saint Mleux |  | monaco | government | 1972-05-24 | 1981-07-01
    Andre Santini |  | france | government | 2007-07-01 | 2009-06-30
    Andreas Christou |  | cyprus | government | 2003-03-01 | 2007-01-31
    Andreas Fakudze |  | eswatini | government | 1993-10-25 | 1993-11-04
    Andreas Kakouris |  | cyprus | government | 2007-01-01 | 2010-10-31
    Andreas Khol |  | austria | government | 2004-07-06 | 2004-07-08
    Andreas Mavroyiannis |  | cyprus | government | 2003-09-01 | 2008-08-31
    Andreas Panayioutou |  | cyprus | government | 2003-01-01 | 2003-02-28
    Andreas Papandreou |  | greece | government | 1981-10-21 | 1989-07-02
    Andreas Papandreou |  | greece | government | 1993-10-13 | 1996-01-22
    Andreas Schieder |  | austria | government | 2008-08-01 | 2009-07-31
    Andreas van Agt |  | netherlands | government | 1977-12-19 | 1982-11-04
    Andres Bianchi |  | chile | government | 2003-01-01 | 2006-07-31
    Andres Manuel Lopez Obrador |  | mexico | government | 2003-01-01 | 2005-05-31
    Andres Palma |  | chile | government | 2003-03-01 | 2004-10-31
    Andres Pastrana Arango |  | colombia | government | 1998-08-07 | 2002-08-07
    Andres Pastrana Arango |  | colombia | government | 2006-01-01 | 2006-07-31
    Andres Rodriguez |  | paraguay | government | 1989-02-03 | 1993-08-15
    Andres Soliz Rada |  | bolivia | government | 2006-02-01 | 2006-09-30
    Andres Velasco |  | chile | government | 2006-05-01 | 2010-03-31
    Andres Zaldivar |  | chile | government | 2006-05-01 | 2006-07-31
    Andrew Baing |  | papua-new-guinea | government | 2003-12-01 | 2003-12-31
    Andrew Chenge | Andrew John Chenge | tanzania | government | 2006-03-01 | 2007-07-31
    Andrew Kumbakor |  | papua-new-guinea | government | 2007-09-01 | 2007-09-30
    Andrew Mhando Daraja |  | tanzania | government | 2003-01-01 | 2007-05-31
    Andrew Mitchell |  | canada | government | 2003-01-01 | 2003-12-31
    Andrew Mulenga |  | zambia | government | 2005-09-01 | 2006-10-31
    Andrew Smith |  | united-kingdom | government | 2003-01-01 | 2004-09-30
    Andrew Young |  | united-states | government | 1977-01-27 | 1979-09-23
    Andrey Denisov | Andrey Ivanovich Denisov | russia | government | 2004-08-01 | 2006-04-30
    Andrey Gromyko |  | russia | government | 1957-02-14 | 1988-09-30
    Andrey Lukanov |  | bulgaria | government | 1990-02-08 | 1990-12-20
    Andrija Hebrang |  | croatia | government | 2004-02-01 | 2005-02-28
    Andrzej Aumiller |  | poland | government | 2006-12-01 | 2007-08-31
    Andrzej Lepper |  | poland | government | 2006-06-01 | 2007-07-31
    Andrzej Mikosz |  | poland | government | 2005-12-01 | 2006-02-28
    Andrzej Raczko |  | poland | government | 2003-07-01 | 2004-09-30
    Andrzej Towpik |  | poland | government | 2003-01-01 | 2005-02-28
    Andrzej Towpik |  | poland | government | 2006-09-01 | 2010-07-31
    Andy Burnham |  | united-kingdom | government | 2007-07-01 | 2008-02-28
    Aneesa Ahmed |  | maldives | government | 2005-08-01 | 2008-08-31
    Ange Felix Patasse |  | central-african-republic | government | 1976-09-04 | 1978-07-14
    Ange Felix Patasse |  | central-african-republic | government | 1993-10-22 | 2003-03-15
    Angel Acebes |  | spain | government | 2003-01-01 | 2004-04-30
    Angel Edmundo Orellana Mercado |  | honduras | government | 2008-12-01 | 2009-02-28
    Angel Miolan |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Angel Serafin Seriche Dougan |  | equatorial-guinea | government | 1996-04-01 | 2001-03-04
    Angela Aguigah |  | togo | government | 2003-01-01 | 2003-07-31
    Angela Thoko Didiza |  | south-africa | government | 2007-10-01 | 2008-10-31
    Angelo Altamura |  | costa-rica | government | 2005-07-01 | 2006-06-30
    Angelo Reyes |  | philippines | government | 2004-08-01 | 2006-02-28
    Anibal Cavaco Silva |  | portugal | government | 1985-11-06 | 1995-10-30
    Anibal Enrique Quinonez |  | honduras | government | 2003-09-01 | 2003-10-31
    Anibal Fernandez | Anibal Domingo Fernandez | argentina | government | 2003-01-01 | 2007-12-31
    Anicet Georges Dologuele |  | central-african-republic | government | 1999-02-01 | 2001-04-01
    Aniceto Ebiaka Muete | Aniceto Ebiaka Mohote | equatorial-guinea | government | 2004-07-01 | 2006-09-30
    Anil Gayan |  | mauritius | government | 2003-01-01 | 2003-12-31
    Ank Bijleveld Schouten |  | netherlands | government | 2007-03-01 | 2009-12-31
    Anna Fotyga |  | poland | government | 2006-06-01 | 2007-11-30
    Anna Lindh |  | sweden | government | 2003-01-01 | 2003-10-31
    Anne Enger Lahnstein |  | norway | government | 1998-08-30 | 1998-09-23
    Anne Mclellan |  | canada | government | 2004-01-01 | 2006-02-28
    Anne W. Patterson |  | united-states | government | 2005-01-20 | 2005-08-01
    Anneli Jaatteenmaki |  | finland | government | 2003-04-17 | 2003-06-24
    Annemarie Huber Hotz |  | switzerland | government | 2003-01-01 | 2008-02-28
    Annette Lu |  | taiwan | government | 2003-01-01 | 2008-05-31
    Anniken Huitfeldt |  | norway | government | 2008-07-01 | 2009-10-31
    Ano Pala |  | papua-new-guinea | government | 2010-06-01 | 2010-12-31
    Anong Adibime Pascal |  | cameroon | government | 2007-12-01 | 2009-07-31
    Ansumane Mane |  | guinea-bissau | government | 1999-05-07 | 1999-05-14
    Ansuncao Afonso dos Anjos |  | angola | government | 2008-12-01 | 2008-12-31
    Ante Simonic |  | croatia | government | 2003-01-01 | 2004-01-31
    Anthony Abbot |  | australia | government | 2003-01-01 | 2003-11-30
    Anthony Akoto Osei |  | ghana | government | 2007-09-01 | 2009-03-31
    Anthony Bryan Severin |  | saint-lucia | government | 2003-11-01 | 2004-11-30
    Anthony Johnson |  | jamaica | government | 2008-09-01 | 2010-08-31
    Anthony Lake |  | united-states | government | 1993-01-20 | 1997-03-14
    Anthony Rolle |  | bahamas | government | 2003-01-01 | 2003-06-30
    Antione Gizenga |  | democratic-republic-of-the-congo | government | 2006-12-30 | 2008-10-10
    Antoine Butoyi |  | burundi | government | 2004-01-01 | 2005-08-31
    Antoine Duquesne |  | belgium | government | 2003-01-01 | 2003-07-31
    Antoine Ghonda |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2004-07-31
    Antoine Gizenga |  | democratic-republic-of-the-congo | government | 2007-02-01 | 2008-10-31
    Antoine Kolawole Idji |  | benin | government | 2003-01-01 | 2003-06-30
    Antoine Nduwayo |  | burundi | government | 1995-02-22 | 1996-07-31
    Antoine Ntamobwa |  | burundi | government | 2004-07-01 | 2004-07-31
    Antoine Ntamobwa |  | burundi | government | 2005-10-01 | 2006-03-31
    Antoine de Padoue Mboumbou Miyakou |  | gabon | government | 2003-01-01 | 2008-03-31
    Antoinette Batumubwira |  | burundi | government | 2005-09-01 | 2009-02-28
    Antoinette Sayeh |  | liberia | government | 2006-04-01 | 2008-08-31
    Anton Debrum |  | marshall-islands | government | 2008-09-01 | 2009-06-30
    Antonella Mularoni |  | san-marino | government | 2009-07-01 | 2010-08-31
    Antonello Bacciocchi |  | san-marino | government | 2005-10-01 | 2006-04-01
    Antonello Bacciocchi |  | san-marino | government | 2005-12-01 | 2006-04-30
    Antoni Jaszczuk |  | poland | government | 2006-06-01 | 2006-10-31
    Antonio Adam Nill |  | paraguay | government | 2003-01-01 | 2003-01-31
    Antonio Alva Rosa Coutinho |  | angola | government | 1974-07-24 | 1975-01-28
    Antonio Andretta Arizaga |  | ecuador | government | 2006-08-01 | 2007-01-31
    Antonio Bagao Felix |  | portugal | government | 2004-08-01 | 2005-03-31
    Antonio Cafiero |  | argentina | government | 2001-12-31 | 2002-01-03
    Antonio Carattoni |  | san-marino | government | 2006-10-01 | 2007-04-01
    Antonio Carattoni |  | san-marino | government | 2007-01-01 | 2007-03-31
    Antonio Costa |  | portugal | government | 2005-04-01 | 2007-05-31
    Antonio Figueiredo Lopes |  | portugal | government | 2003-01-01 | 2004-07-31
    Antonio Guterres |  | portugal | government | 1995-10-30 | 2002-04-06
    Antonio Guzman Fernandez |  | dominican-republic | government | 1978-08-16 | 1982-07-04
    Antonio Hama Thai |  | mozambique | government | 2003-01-01 | 2005-02-28
    Antonio Henriques da Silva |  | angola | government | 2003-01-01 | 2003-03-31
    Antonio Isaac Monteiro |  | guinea | government | 2006-06-01 | 2007-07-31
    Antonio Lazzaro Volpinari |  | san-marino | government | 2002-04-01 | 2002-10-01
    Antonio Martins da Cruz |  | portugal | government | 2003-01-01 | 2003-10-31
    Antonio Marzano |  | italy | government | 2003-01-01 | 2004-08-31
    Antonio Marzano |  | italy | government | 2004-10-01 | 2005-04-30
    Antonio Mascarenhas Monteiro |  | cape-verde | government | 1991-03-22 | 2001-03-22
    Antonio Monteiro |  | portugal | government | 2004-08-01 | 2005-03-31
    Antonio Namburete |  | mozambique | government | 2003-01-01 | 2007-09-30
    Antonio Palocci |  | brazil | government | 2003-01-01 | 2004-05-31
    Antonio Palocci |  | brazil | government | 2004-07-01 | 2006-05-31
    Antonio Parra Gil |  | ecuador | government | 2005-05-01 | 2005-10-31
    Antonio Pena Guaba |  | dominican-republic | government | 2003-01-01 | 2003-05-31
    Antonio Sedja Man |  | guinea | government | 2003-01-01 | 2003-12-31
    Antonio Silva Cardoso |  | angola | government | 1975-01-28 | 1975-08-02
    Antonio Sumbana |  | mozambique | government | 2009-02-01 | 2010-01-31
    Antonio Torres |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Antonio Vargas |  | ecuador | government | 2000-01-21 | 2000-01-22
    Antonio de Aguiar Patriota |  | brazil | government | 2007-09-01 | 2010-03-31
    Antonio di Pietro |  | italy | government | 2006-06-01 | 2008-05-31
    Antonis Samaras |  | greece | government | 2012-06-20 | 2015-01-26
    Antony Leung |  | china | government | 2003-01-01 | 2003-08-31
    Antti Kalliomaki |  | finland | government | 2003-05-01 | 2005-09-30
    Anura Bandaranaike |  | sri-lanka | government | 2005-09-01 | 2005-11-30
    Anura Bandaranaike |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Anwar As Sadat | Anwar Sadat | egypt | government | 1970-09-28 | 1981-10-06
    Anwar As Sadat | Anwar Sadat | egypt | government | 1973-03-26 | 1974-09-25
    Anwar As Sadat | Anwar Sadat | egypt | government | 1980-05-15 | 1981-10-06
    Anwar Ul Haq Ahady |  | afghanistan | government | 2005-01-01 | 2009-02-28
    Aparicio Mendez |  | uruguay | government | 1976-09-01 | 1981-09-01
    Apisai Ielemia |  | tuvalu | government | 2007-06-01 | 2010-10-31
    Arben Malaj |  | albania | government | 2003-01-01 | 2005-09-30
    Aree Wongareeya |  | thailand | government | 2006-11-01 | 2007-10-31
    Arenca Troshani |  | albania | government | 2005-10-01 | 2007-04-30
    Ariel Rivera |  | guatemala | government | 2003-01-01 | 2004-10-31
    Ariel Sharon |  | israel | government | 2001-03-07 | 2006-04-14
    Ariel Sharon |  | israel | government | 2003-01-01 | 2006-04-30
    Arif Hilmy |  | maldives | government | 2003-01-01 | 2005-05-31
    Aristides Gomes |  | guinea-bissau | government | 2005-11-02 | 2007-04-13
    Aristides Mejia |  | honduras | government | 2009-03-01 | 2010-01-31
    Aristides Ocante da Silva |  | guinea | government | 2006-06-01 | 2007-07-31
    Aristides Pereira |  | cape-verde | government | 1975-07-08 | 1991-03-22
    Aristotelis Pavlidis |  | greece | government | 2004-04-01 | 2007-09-30
    Arjun Bahadur Thapa |  | nepal | government | 2005-08-01 | 2006-07-31
    Arjun Charan Sethi |  | india | government | 2003-01-01 | 2004-05-31
    Arkadiusz Mroz |  | poland | government | 2003-03-01 | 2005-11-30
    Arlette Conzemius |  | luxembourg | government | 2003-01-01 | 2006-02-28
    Arman Zinzindohoue |  | benin | government | 2010-07-01 | 2010-07-31
    Armando Alexandre Panguene |  | mozambique | government | 2009-07-01 | 2010-01-31
    Armando Calderon Sol |  | el-salvador | government | 1994-06-01 | 1999-06-01
    Armando Guebuza |  | mozambique | government | 1986-10-19 | 1986-11-06
    Armando Loayza Mariaca |  | bolivia | government | 2005-07-01 | 2006-01-31
    Armando Rodas Espinel |  | ecuador | government | 2006-08-01 | 2006-10-31
    Armida de Lopez |  | honduras | government | 2003-01-01 | 2006-02-28
    Armindo Aguiar |  | sao-tome-and-principe | government | 2006-05-01 | 2008-07-31
    Arnaldo Andrade |  | cape-verde | government | 2003-01-01 | 2004-07-31
    Arnhim Eustace |  | saint-vincent-and-the-grenadines | government | 2000-10-27 | 2001-03-25
    Arni Magnusson |  | iceland | government | 2003-06-01 | 2006-03-31
    Arni Mathiesen | Arni M. Mathiesen | iceland | government | 2005-11-01 | 2009-02-28
    Arnold Piggott | Arnold Piggot | trinidad-and-tobago | government | 2007-01-01 | 2007-12-31
    Arnold Prasad |  | vanuatu | government | 2005-05-01 | 2010-05-31
    Arnoldo Aleman |  | nicaragua | government | 1997-01-10 | 2002-01-10
    Arnoldo M. Listre |  | argentina | government | 2003-01-01 | 2004-02-28
    Arpad Goncz |  | hungary | government | 1990-05-02 | 2000-08-04
    Arsala Jamal |  | afghanistan | government | 2010-04-01 | 2010-06-30
    Arsala Rahmani |  | afghanistan | government | 1994-11-01 | 1995-01-01
    Arthur Christopher Izuegbunam Mbanefo |  | nigeria | government | 2003-01-01 | 2003-07-31
    Arthur Christopher Watson |  | brunei | government | 1978-01-01 | 1983-01-01
    Arthur Dion Hanna |  | bahamas | government | 2007-03-01 | 2010-07-31
    Arthur Iap |  | taiwan | government | 2004-10-01 | 2008-02-28
    Arthur J. Goldberg |  | united-states | government | 1965-07-26 | 1968-05-14
    Arthur R. V. Khoza |  | eswatini | government | 2003-01-01 | 2003-12-31
    Arthur Robin Adair |  | brunei | government | 1967-01-01 | 1972-01-01
    Arthur Zahidi Ngoma |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Artur Sanha |  | guinea-bissau | government | 2003-09-28 | 2004-05-10
    Arturo Alvarado |  | honduras | government | 2003-01-01 | 2003-06-30
    Arturo Alvarado |  | honduras | government | 2003-08-01 | 2004-09-30
    Arturo Armando Molina |  | el-salvador | government | 1972-07-01 | 1977-07-01
    Arturo Cruz Sequeira |  | nicaragua | government | 2007-03-01 | 2010-03-31
    Arturo Harding |  | nicaragua | government | 2003-01-01 | 2003-06-30
    Arturo Ulises Vallarino |  | panama | government | 2003-01-01 | 2004-09-30
    Arumugam Thondaman |  | sri-lanka | government | 2003-01-01 | 2004-05-31
    Arun Shourie |  | india | government | 2003-01-01 | 2004-05-31
    Asa Torstensson |  | sweden | government | 2006-11-01 | 2009-11-30
    Asad Diab |  | lebanon | government | 2003-01-01 | 2004-10-31
    Asadullah Khalid |  | afghanistan | government | 2009-01-01 | 2010-03-31
    Asfaw Dingamo |  | ethiopia | government | 2005-11-01 | 2010-10-31
    Asha Rose Migiro |  | tanzania | government | 2006-03-01 | 2007-02-28
    Ashok Pradhan |  | india | government | 2003-01-01 | 2003-04-30
    Ashraf Jehangir Qazi |  | pakistan | government | 2003-01-01 | 2004-08-31
    Asif Ali Zardari |  | pakistan | government | 2008-09-09 | 2013-09-08
    Asma Khader |  | jordan | government | 2003-11-01 | 2005-01-31
    Asman Abongotum |  | kenya | government | 2008-03-01 | 2008-04-30
    Asot Michael |  | antigua-and-barbuda | government | 2003-01-01 | 2004-03-31
    Asri Said Ahmad al Dhahiri |  | united-arab-emirates | government | 2003-01-01 | 2006-08-31
    Assad Shoman |  | belize | government | 2003-01-01 | 2003-12-31
    Assane Diagne |  | senegal | government | 2007-01-01 | 2007-07-31
    Assem Qanso |  | lebanon | government | 2003-05-01 | 2004-10-31
    Assoumani Azali | Assoumani Azili | comoros | government | 2003-01-01 | 2006-06-30
    Assuncao Afonso Sousa dos Anjos |  | angola | government | 2009-01-01 | 2010-11-30
    Ata Teaotai |  | kiribati | government | 1994-05-28 | 1994-10-01
    Atal Bihari Vajpayee |  | india | government | 1996-05-16 | 1996-06-01
    Atal Bihari Vajpayee |  | india | government | 1998-03-19 | 2004-05-22
    Ataur Rahman Khan |  | bangladesh | government | 1984-03-30 | 1986-07-09
    Atef Ebeid |  | egypt | government | 1999-10-05 | 2004-07-14
    Atef Sedki |  | egypt | government | 1986-11-10 | 1996-01-04
    Athanase Gahungu |  | burundi | government | 2003-02-01 | 2005-08-31
    Athanase Matenda Kyelu |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2010-02-28
    Athenase Matenda Kyelu |  | democratic-republic-of-the-congo | government | 2004-08-01 | 2006-10-31
    Atiku Abubakar |  | nigeria | government | 2003-01-01 | 2007-05-31
    Atimeng Buhupe |  | papua-new-guinea | government | 2004-07-01 | 2004-07-31
    Atimeng Buhupe |  | papua-new-guinea | government | 2006-03-01 | 2007-08-31
    Attaur Rehman |  | pakistan | government | 2003-01-01 | 2003-05-31
    Attiya Inayatullah |  | pakistan | government | 2003-04-01 | 2003-04-30
    Atwoki Kasirivu |  | uganda | government | 2006-07-01 | 2009-02-28
    Atzo Nicolai |  | netherlands | government | 2003-01-01 | 2007-02-28
    Augustine Nshimye Sebuturo |  | uganda | government | 2003-08-01 | 2006-06-30
    Augustine Philip Mahiga |  | tanzania | government | 2004-10-01 | 2010-10-31
    Augustine Taneko |  | solomon-islands | government | 2004-08-01 | 2005-03-31
    Augustine Zayzay |  | liberia | government | 2003-01-01 | 2003-10-31
    Augusto Barrera |  | ecuador | government | 2003-01-01 | 2004-05-31
    Augusto Formoso Mendes Correia |  | guinea | government | 2003-01-01 | 2003-01-31
    Augusto Pinochet Ugarte |  | chile | government | 1973-09-11 | 1974-06-27
    Augusto Pinochet Ugarte |  | chile | government | 1974-06-27 | 1990-03-11
    Augusto Santos Silva |  | portugal | government | 2009-08-01 | 2009-10-31
    Augusto Tito Santos |  | philippines | government | 2005-08-01 | 2006-06-30
    Augusto Ussumane |  | guinea | government | 2003-01-01 | 2003-12-31
    Aung Phone |  | myanmar | government | 2003-01-01 | 2003-08-31
    Aureliano Chaves |  | brazil | government | 1981-09-23 | 1981-11-12
    Aureliano Chaves |  | brazil | government | 1983-07-14 | 1983-08-26
    Aurelius Marie |  | dominica | government | 1980-02-25 | 1983-12-19
    Ausseil Mireille |  | niger | government | 2003-01-01 | 2004-03-31
    Avelino Bonifacio |  | cape-verde | government | 2003-01-01 | 2004-01-31
    Avelino Bonifacio |  | cape-verde | government | 2004-03-01 | 2004-07-31
    Avigdor Lieberman | Avigdor Ivet Lieberman | israel | government | 2003-05-01 | 2003-05-31
    Avigdor Lieberman | Avigdor Ivet Lieberman | israel | government | 2006-11-01 | 2008-02-28
    Avocksouma Djona |  | chad | government | 2004-09-01 | 2006-09-30
    Avraham Burg |  | israel | government | 2000-07-12 | 2000-08-01
    Avraham Herschson |  | israel | government | 2006-06-01 | 2007-04-30
    Avraham Poraz |  | israel | government | 2003-03-01 | 2003-12-31
    Avraham Poraz |  | israel | government | 2004-02-01 | 2004-12-31
    Awa Fall Diop |  | senegal | government | 2007-01-01 | 2007-03-31
    Awa Gueye Kebe |  | senegal | government | 2003-01-01 | 2003-10-31
    Awa Gueye Kebe |  | senegal | government | 2003-12-01 | 2004-12-31
    Awad Ahmed al Jaz | Awad al Jaz | sudan | government | 2008-05-01 | 2010-06-30
    Awad Khulayfat |  | jordan | government | 2003-01-01 | 2003-10-31
    Awn Shawkat Al-Khasawneh |  | jordan | government | 2011-10-24 | 2012-07-02
    Awni Yerfas | Awni Yarfas | jordan | government | 2005-05-01 | 2006-05-31
    Ayatollah Abdolkarim |  | iran | government | 1981-06-22 | 1981-08-02
    Ayatollah Abdolkarim |  | iran | government | 1981-08-30 | 1981-10-13
    Ayatollah Mohammad Beheshti |  | iran | government | 1981-06-22 | 1981-08-02
    Ayatollah Mohammad Reza |  | iran | government | 1981-08-30 | 1981-10-13
    Ayatollah Mohammad Reza Mahdavi Kani |  | iran | government | 1981-09-02 | 1981-10-31
    Ayatollah Ruhollah Khomeini | Ayatollah Khomeini | iran | government | 1979-02-05 | 1980-02-04
    Ayawovi Tignokpa |  | togo | government | 2003-01-01 | 2005-06-30
    Aydid Abdullahi Ilka Hanaf |  | somalia | government | 2008-05-01 | 2009-04-30
    Ayikoi Otoo |  | ghana | government | 2005-04-01 | 2006-05-31
    Ayman Wanli |  | syria | government | 2003-01-01 | 2003-09-30
    Ayouba Combo |  | comoros | government | 1995-09-29 | 1995-10-02
    Ayub Quadri |  | bangladesh | government | 2007-03-01 | 2008-02-28
    Azali Assoumani |  | comoros | government | 1999-04-30 | 2002-01-21
    Azali Assoumani |  | comoros | government | 2002-05-26 | 2006-05-26
    Azalina Othman |  | malaysia | government | 2004-11-01 | 2008-03-31
    Azarias Ruberwa |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Aziz Fares |  | antigua-and-barbuda | government | 2005-02-01 | 2007-01-31
    Aziz Sedki |  | egypt | government | 1972-01-17 | 1973-03-26
    Azmi Khalid | Azmi bin Khalid | malaysia | government | 2004-11-01 | 2006-02-28
    Azouz Begag |  | france | government | 2005-07-01 | 2007-05-31
    Azzedine Laraki |  | morocco | government | 1986-09-30 | 1992-08-11
    B. C. Khanduri |  | india | government | 2003-05-01 | 2004-01-31
    B.j. Habibie |  | indonesia | government | 1998-05-21 | 1999-10-20
    B.k. Tripath |  | india | government | 2003-01-01 | 2003-04-30
    Ba Fatoumata Nene Sy |  | mali | government | 2007-11-01 | 2008-05-31
    Baatar Choisuren |  | mongolia | government | 2003-08-01 | 2008-07-31
    Babiker al Nur Osman |  | sudan | government | 1971-07-19 | 1971-07-22
    Baboucarr Blaise Jagne |  | gambia | government | 2003-01-01 | 2004-10-31
    Baboucarr Jatta |  | gambia | government | 2006-11-01 | 2006-12-31
    Babrak Karmal |  | afghanistan | government | 1979-12-27 | 1981-06-11
    Babrak Karmal |  | afghanistan | government | 1979-12-27 | 1986-11-24
    Baburam Bhattarai |  | nepal | government | 2008-09-01 | 2009-06-30
    Bacar Dia |  | senegal | government | 2003-09-01 | 2003-10-31
    Bacar Dia |  | senegal | government | 2003-12-01 | 2004-12-31
    Bachi Singh Rawat |  | india | government | 2003-01-01 | 2004-01-31
    Bachtiar Chamsyah |  | indonesia | government | 2003-01-01 | 2009-10-31
    Baciro Dabo |  | guinea | government | 2006-06-01 | 2008-08-31
    Baciro Dabo |  | guinea | government | 2009-04-01 | 2009-10-31
    Baciro Dja |  | guinea | government | 2009-04-01 | 2009-10-31
    Baddeley Devesi |  | solomon-islands | government | 1978-07-07 | 1988-07-07
    Badr Umar al Dafa |  | qatar | government | 2003-01-01 | 2005-10-31
    Badraa Dolgor |  | mongolia | government | 2008-12-01 | 2009-11-30
    Badri Mandal |  | nepal | government | 2006-01-01 | 2006-05-31
    Badri Narayan Basnet |  | nepal | government | 2003-01-01 | 2003-08-31
    Badri Prasad Mandal |  | nepal | government | 2003-01-01 | 2003-08-31
    Badri Prasad Mandal |  | nepal | government | 2004-09-01 | 2005-02-28
    Badri Prasad Shrestha |  | nepal | government | 2003-01-01 | 2003-08-31
    Baguda M. Hirse |  | nigeria | government | 2007-08-01 | 2010-04-30
    Baguma Isoke |  | uganda | government | 2003-01-01 | 2006-06-30
    Bahej Tabbarah |  | lebanon | government | 2003-01-01 | 2003-04-30
    Bailey Olter |  | micronesia | government | 1991-05-11 | 1997-05-08
    Bakhitah Abd al Alim al Shalwi |  | libya | government | 2006-04-01 | 2007-01-31
    Baki Ilkin |  | turkey | government | 2005-01-01 | 2009-08-31
    Bakili Muluzi |  | malawi | government | 1994-05-21 | 2004-05-24
    Bala Garba Jahumpa |  | gambia | government | 2006-11-01 | 2008-04-30
    Balakh Sher Mazari |  | pakistan | government | 1993-04-18 | 1993-05-26
    Balamage Nkolo |  | democratic-republic-of-the-congo | government | 2006-11-01 | 2006-12-31
    Balaram Gharti Magar |  | nepal | government | 2004-08-01 | 2005-02-28
    Balbina Herrera |  | panama | government | 2004-10-01 | 2008-06-30
    Baleka Mbete |  | south-africa | government | 2008-11-01 | 2009-05-31
    Balfour Ngconde |  | south-africa | government | 2004-06-01 | 2005-02-28
    Balkissoon Hookoom |  | mauritius | government | 2009-08-01 | 2010-06-30
    Baltasar Engonga Edjo |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Balthazar Bigirimana |  | burundi | government | 2003-01-01 | 2003-05-31
    Bambang Kesowo |  | indonesia | government | 2003-01-01 | 2004-10-31
    Bamdev Gautam |  | nepal | government | 2008-10-01 | 2009-06-30
    Bandaru Dattatraya | Bandaru Dattatreya | india | government | 2003-05-01 | 2003-09-30
    Banha Sidibe |  | guinea | government | 2006-11-01 | 2007-07-31
    Banharn Silpa Archa |  | thailand | government | 1995-07-13 | 1996-12-01
    Banny de Brum |  | marshall-islands | government | 2003-01-01 | 2010-04-30
    Banri Kaieda |  | japan | government | 2010-10-01 | 2011-01-31
    Barak Sope |  | vanuatu | government | 1988-12-18 | 1988-12-19
    Barak Sope |  | vanuatu | government | 1999-11-25 | 2001-04-13
    Barak Sope Maautamate | Barak Sope Maau Tamate | vanuatu | government | 2004-09-01 | 2005-04-30
    Barbara Hogan |  | south-africa | government | 2009-06-01 | 2010-10-31
    Barbara Masekela |  | south-africa | government | 2005-03-01 | 2007-09-30
    Barbara Pollastrini |  | italy | government | 2006-06-01 | 2008-05-31
    Barbro Holmberg |  | sweden | government | 2003-11-01 | 2006-10-31
    Bare Adan Shire Barre Hirale |  | somalia | government | 2006-04-01 | 2006-11-30
    Barend Biesheuvel |  | netherlands | government | 1971-07-06 | 1973-05-11
    Barkat Gourad Hamadou |  | djibouti | government | 1978-10-02 | 2001-03-07
    Barnabas Sibusiso Dlamini |  | eswatini | government | 1996-07-26 | 2003-09-29
    Barnabe Ndaki |  | gabon | government | 2003-01-01 | 2007-05-31
    Bart Philemon |  | papua-new-guinea | government | 2003-01-01 | 2006-10-31
    Barthelemy Botswali Lengomo |  | democratic-republic-of-the-congo | government | 2008-11-01 | 2010-01-31
    Bartholomew Ulufa'alu |  | solomon-islands | government | 1997-08-27 | 2000-06-30
    Basam Abd al Majid |  | syria | government | 2006-03-01 | 2009-05-31
    Basangouda R. Patil |  | india | government | 2003-05-01 | 2004-01-31
    Basappa Danappa Jatti |  | india | government | 1977-02-11 | 1977-07-25
    Basdeo Panday |  | trinidad-and-tobago | government | 1995-11-09 | 2001-12-24
    Bashkim Fino |  | albania | government | 1997-03-11 | 1997-07-24
    Basil Mramba | Basil Pesambili Mramba | tanzania | government | 2003-01-01 | 2006-02-28
    Bassam Awadallah |  | jordan | government | 2003-01-01 | 2003-10-31
    Bassam Awadallah |  | jordan | government | 2005-02-01 | 2005-07-31
    Bassem Awadallah |  | jordan | government | 2003-11-01 | 2005-01-31
    Bassem al Salem |  | jordan | government | 2009-03-01 | 2009-12-31
    Bassim al Salem | Bassim al Salim | jordan | government | 2009-03-01 | 2009-12-31
    Bates Namuyamba |  | zambia | government | 2005-09-01 | 2006-10-31
    Batilda Salha Burian |  | tanzania | government | 2007-08-01 | 2008-02-28
    Batjargalyn Dolgor |  | mongolia | government | 2008-11-01 | 2008-11-30
    Bayani Fernando |  | philippines | government | 2003-02-01 | 2004-04-30
    Bazuka Mhango |  | malawi | government | 2004-07-01 | 2006-06-30
    Beatriz Corredor |  | spain | government | 2008-05-01 | 2010-10-31
    Beatriz Merino |  | peru | government | 2003-06-28 | 2003-12-15
    Behgjet Pacolli |  | kosovo | government | 2011-02-22 | 2011-04-04
    Belaid Abdessalam |  | algeria | government | 1992-07-08 | 1993-08-21
    Belden Namah |  | papua-new-guinea | government | 2007-10-01 | 2010-08-31
    Belisario Artiga |  | el-salvador | government | 2003-01-01 | 2006-07-31
    Belisario Betancur Cuartas |  | colombia | government | 1982-08-07 | 1986-08-07
    Belisario Velasco |  | chile | government | 2006-08-01 | 2008-02-28
    Bello Alhaji Usman |  | nigeria | government | 2003-01-01 | 2003-07-31
    Bello Bouba Maigari |  | cameroon | government | 1982-11-06 | 1983-08-22
    Ben Blushi |  | albania | government | 2003-01-01 | 2005-09-30
    Ben Jones |  | grenada | government | 1989-12-20 | 1990-03-16
    Ben Skosana |  | south-africa | government | 2003-01-01 | 2004-05-31
    Benazir Bhutto |  | pakistan | government | 1988-12-02 | 1990-08-06
    Benazir Bhutto |  | pakistan | government | 1993-10-19 | 1996-11-05
    Benedikt Grondal |  | iceland | government | 1979-10-15 | 1980-02-08
    Benedita da Silva |  | brazil | government | 2003-01-01 | 2004-02-28
    Beniamina Tiinga |  | kiribati | government | 2003-01-01 | 2003-05-31
    Benigna Mukiibi |  | uganda | government | 2003-01-01 | 2006-06-30
    Benita Ferrero Waldner | Benita Maria Ferrero Waldner | austria | government | 2003-01-01 | 2005-01-31
    Benjamin Amama Amama |  | cameroon | government | 2005-02-01 | 2006-10-31
    Benjamin Colamarco |  | panama | government | 2006-06-01 | 2009-07-31
    Benjamin Henry Sheares |  | singapore | government | 1971-01-02 | 1981-05-12
    Benjamin Kasama |  | democratic-republic-of-the-congo | government | 2006-11-01 | 2007-01-31
    Benjamin Mkapa | Benjamin William Mkapa | tanzania | government | 1995-11-23 | 2005-12-21
    Benjamin Mukulungu |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Benjamin Netanyahu | Benjamin Nentayahu | israel | government | 1996-06-18 | 1999-07-06
    Benjamin R. Civiletti |  | united-states | government | 1979-08-16 | 1981-01-19
    Berit Andnor |  | sweden | government | 2003-01-01 | 2006-10-31
    Bernabe Carrero Cuberos |  | venezuela | government | 2005-05-01 | 2006-02-28
    Bernard Ayandho |  | central-african-republic | government | 1979-09-26 | 1980-08-22
    Bernard Bot |  | netherlands | government | 2004-01-01 | 2007-02-28
    Bernard Chisale |  | malawi | government | 2004-03-01 | 2004-06-30
    Bernard Clerfayt |  | belgium | government | 2009-01-01 | 2009-11-30
    Bernard Dompok | Bernard Giluk Dompok | malaysia | government | 2003-01-01 | 2003-10-31
    Bernard Dompok | Bernard Giluk Dompok | malaysia | government | 2003-12-01 | 2009-04-30
    Bernard Dowiyogo |  | nauru | government | 1976-12-22 | 1978-04-19
    Bernard Dowiyogo |  | nauru | government | 1989-12-12 | 1995-11-22
    Bernard Dowiyogo |  | nauru | government | 1996-11-11 | 1996-11-26
    Bernard Dowiyogo |  | nauru | government | 1998-06-18 | 1999-04-27
    Bernard Dowiyogo |  | nauru | government | 2000-04-20 | 2001-03-30
    Bernard Dowiyogo |  | nauru | government | 2003-01-09 | 2003-01-17
    Bernard Dowiyogo |  | nauru | government | 2003-01-18 | 2003-03-10
    Bernard Goonetilleke |  | sri-lanka | government | 2004-10-01 | 2008-10-31
    Bernard Kolelas |  | republic-of-the-congo | government | 1997-09-08 | 1997-10-15
    Bernard Kouchner |  | france | government | 2007-06-01 | 2010-11-30
    Bernard Laporte |  | france | government | 2007-07-01 | 2009-06-30
    Bernard Sande |  | malawi | government | 2004-04-01 | 2009-07-31
    Bernard St. John |  | barbados | government | 1985-03-11 | 1986-05-29
    Bernardo Alvarez |  | venezuela | government | 2003-05-01 | 2008-09-30
    Bernardo Batiz Vazquez |  | mexico | government | 2003-01-01 | 2005-05-31
    Bert Anciaux |  | belgium | government | 2003-08-01 | 2004-07-31
    Bertie Ahern |  | ireland | government | 1997-06-26 | 2008-05-07
    Besnik Mustafaj |  | albania | government | 2005-10-01 | 2007-05-31
    Bessie Reen Kachere |  | malawi | government | 2009-07-01 | 2011-01-31
    Bethuel Pakalitha Mosisili |  | lesotho | government | 2003-07-01 | 2004-08-31
    Betty Okwir |  | uganda | government | 2003-01-01 | 2003-05-31
    Bhairon Singh Shekhawat |  | india | government | 2003-05-01 | 2007-08-31
    Bharat Mohan Adhikari |  | nepal | government | 2004-08-01 | 2005-02-28
    Bharrat Jagdeo |  | guyana | government | 1999-08-09 | 1999-08-11
    Bhavnaben Devrajbhai Chikalia |  | india | government | 2003-05-01 | 2004-01-31
    Bhekh Bahadur Thapa |  | nepal | government | 2004-04-01 | 2004-06-30
    Bianka Matkovic |  | croatia | government | 2009-08-01 | 2010-03-31
    Bianrifi Tarmidi |  | comoros | government | 1999-12-02 | 2000-11-29
    Bibiana Aido |  | spain | government | 2008-05-01 | 2010-10-31
    Bidoung Mkpatt |  | cameroon | government | 2003-01-01 | 2004-06-30
    Bijoya Chakravarty |  | india | government | 2003-01-01 | 2004-01-31
    Bikenibeu Paeniu |  | tuvalu | government | 1989-10-16 | 1993-12-10
    Bikenibeu Paeniu |  | tuvalu | government | 1996-12-24 | 1999-04-27
    Bikenibeu Paeniu |  | tuvalu | government | 2004-10-01 | 2004-10-31
    Bikoro Munyanganizi |  | rwanda | government | 2003-02-01 | 2004-10-31
    Bill Clinton |  | united-states | government | 1993-01-20 | 2001-01-20
    Bill Graham |  | canada | government | 2003-01-01 | 2003-12-31
    Bill Hayden |  | australia | government | 1989-02-16 | 1996-02-16
    Bill Richardson |  | united-states | government | 1997-02-13 | 1998-09-11
    Bill Skate |  | papua-new-guinea | government | 1997-07-22 | 1999-07-14
    Bill Skate |  | papua-new-guinea | government | 2003-11-21 | 2004-05-28
    Billie Miller |  | barbados | government | 2003-01-01 | 2003-08-31
    Bimbola Ogunkelu |  | nigeria | government | 2003-01-01 | 2003-07-31
    Bin Jasim bin Jabir al Hamad Thani |  | qatar | government | 2004-08-01 | 2005-03-31
    Bineta Ba Samb | Bineta Samb Ba | senegal | government | 2005-01-01 | 2006-12-31
    Binyamin ben Eliezer |  | israel | government | 2005-02-01 | 2005-12-31
    Binyamin ben Eliezer |  | israel | government | 2006-06-01 | 2009-03-31
    Bio Gounou Idrissou Sina |  | benin | government | 2006-05-01 | 2007-06-30
    Birendra Bir Bikram Shah Deva |  | nepal | government | 1972-01-31 | 2001-06-01
    Bishara Merhej |  | lebanon | government | 2003-01-01 | 2003-04-30
    Bishnu Paudel |  | nepal | government | 2008-10-01 | 2009-06-30
    Bjarni Benediktsson |  | iceland | government | 1963-11-14 | 1970-07-10
    Blaise Foromo |  | guinea | government | 2003-01-01 | 2004-10-31
    Blaise Foromo |  | guinea | government | 2004-12-01 | 2006-10-31
    Blaise Foromou | Blaise Ouo Foromou | guinea | government | 2006-11-01 | 2007-07-31
    Blas Ople |  | philippines | government | 2003-01-01 | 2003-12-31
    Blendi Klosi |  | albania | government | 2003-01-01 | 2004-01-31
    Boata Nanbatcha |  | guinea | government | 2008-09-01 | 2009-03-31
    Bob Hawke |  | australia | government | 1983-03-11 | 1991-12-20
    Bob Khamisa |  | malawi | government | 2003-01-01 | 2004-02-28
    Bodehousse Simon Idohou |  | benin | government | 2005-09-01 | 2006-10-31
    Bohuslav Sobotka |  | czech-republic | government | 2003-01-01 | 2006-09-30
    Bokassa I |  | central-african-republic | government | 1976-12-04 | 1979-09-20
    Bonaventure Mutale |  | zambia | government | 2003-01-01 | 2004-11-30
    Boncodin Emilia |  | philippines | government | 2003-01-01 | 2005-01-31
    Boniface Alexandre |  | haiti | government | 2004-02-29 | 2006-05-14
    Boniface Alexandre |  | haiti | government | 2004-04-01 | 2006-06-30
    Boniface Balamage Nkolo |  | democratic-republic-of-the-congo | government | 2007-01-01 | 2007-01-31
    Boniface Guwa Chidyausiku |  | zimbabwe | government | 2003-08-01 | 2010-09-30
    Boon Heng Lim |  | singapore | government | 2003-01-01 | 2004-04-30
    Boon Yang Lee |  | singapore | government | 2003-11-01 | 2003-11-30
    Boris Aleshin | Boris Sergeyevich Aleshin | russia | government | 2003-05-01 | 2004-03-31
    Boris Gryzlov | Boris Vyacheslavovich Gryzlov | russia | government | 2003-01-01 | 2003-12-31
    Boris Yeltsin | Boris N. Yeltsin | russia | government | 1991-07-10 | 1999-12-31
    Borut Pahor |  | slovenia | government | 2008-11-21 | 2012-02-10
    Bosse Ringholm |  | sweden | government | 2003-01-01 | 2006-10-31
    Bouamar Tighouane |  | morocco | government | 2003-01-01 | 2003-02-28
    Bouasone Bouphavanh |  | laos | government | 2005-12-01 | 2010-12-31
    Boubacar Barry |  | guinea | government | 2009-04-01 | 2011-01-31
    Boubacar Sidiki Toure |  | mali | government | 2003-01-01 | 2004-07-31
    Boubekeur Benbouzid |  | algeria | government | 2003-01-01 | 2004-06-30
    Boudewijn van Eenennaam |  | netherlands | government | 2003-01-01 | 2007-02-28
    Bouguerra Soltani |  | algeria | government | 2005-06-01 | 2009-04-30
    Boukary Adji |  | niger | government | 1996-01-30 | 1996-12-21
    Boungnang Volachit |  | laos | government | 2003-01-01 | 2006-05-31
    Boungnang Vorachith |  | laos | government | 2001-03-27 | 2006-06-08
    Bountiem Phitsamay |  | laos | government | 2003-01-01 | 2006-06-30
    Bozidar Pankretic |  | croatia | government | 2009-08-01 | 2011-01-31
    Bradley Roberts |  | bahamas | government | 2006-03-01 | 2007-06-30
    Braima Embalo |  | guinea | government | 2006-06-01 | 2007-07-31
    Braimi Djassi |  | guinea | government | 2003-01-01 | 2003-01-31
    Braj Kishore Tripathi |  | india | government | 2003-05-01 | 2004-05-31
    Brajesh Kumar Gupta |  | nepal | government | 2006-01-01 | 2006-05-31
    Brajesh Mishra |  | india | government | 2003-01-01 | 2004-05-31
    Brenda Heather |  | samoa | government | 2003-01-01 | 2010-04-30
    Brenson S. Wase |  | marshall-islands | government | 2004-02-01 | 2006-02-28
    Brent Scowcroft |  | united-states | government | 1975-11-03 | 1977-01-20
    Brent Scowcroft |  | united-states | government | 1989-01-20 | 1993-01-20
    Brian Chituwo |  | zambia | government | 2006-11-01 | 2008-11-30
    Brian Mikkelsen |  | denmark | government | 2003-01-01 | 2008-09-30
    Brian Mullooly |  | ireland | government | 1997-09-12 | 1997-11-10
    Brian Mulroney |  | canada | government | 1984-09-17 | 1993-06-25
    Bridgette Annisette George |  | trinidad-and-tobago | government | 2008-01-01 | 2009-06-30
    Bridgette Mabandla |  | south-africa | government | 2003-04-01 | 2004-05-31
    Bridgette Mabandla |  | south-africa | government | 2008-11-01 | 2009-05-31
    Brigitte Girardin |  | france | government | 2003-01-01 | 2005-06-30
    Brigitte Mabandla | Brigitte Sylvia Mabandla | south-africa | government | 2003-04-01 | 2004-05-31
    Brigitte Mabandla | Brigitte Sylvia Mabandla | south-africa | government | 2008-11-01 | 2009-05-31
    Bronislaw Komorowski |  | poland | government | 2010-05-01 | 2010-07-31
    Brown Chimphamba | Brown B. Chimphamba | malawi | government | 2004-09-01 | 2007-02-28
    Bruce Billson |  | australia | government | 2006-05-01 | 2007-12-31
    Bruno Kreisky |  | austria | government | 1970-04-21 | 1983-05-24
    Bruno Kreisky |  | austria | government | 1974-04-24 | 1974-07-08
    Bruno Rodriguez Parrilla |  | cuba | government | 2003-01-01 | 2004-02-28
    Bruno Stagno |  | costa-rica | government | 2003-01-01 | 2006-05-31
    Bruno Stagno |  | costa-rica | government | 2006-07-01 | 2010-05-31
    Bruno Tuybens |  | belgium | government | 2005-11-01 | 2007-12-31
    Bruno Zidouemba |  | burkina-faso | government | 2003-01-01 | 2004-06-30
    Bruno le Maire |  | france | government | 2009-02-01 | 2009-06-30
    Buddhi Raj Bajracharya |  | nepal | government | 2006-01-01 | 2006-05-31
    Buddhiman Tamang |  | nepal | government | 2003-09-01 | 2004-06-30
    Bujar Nishani |  | albania | government | 2007-05-01 | 2009-10-31
    Bulent Ecevit |  | turkey | government | 1999-01-11 | 2002-11-18
    Bunmei Ibuki |  | japan | government | 2008-09-01 | 2008-09-30
    Buota Nambatcha |  | guinea | government | 2009-04-01 | 2009-10-31
    Burhanuddin Rabbani |  | afghanistan | government | 1992-06-28 | 1996-09-27
    Burhanuddin Rabbani |  | afghanistan | government | 2001-11-13 | 2001-12-22
    Buthaynah Shabaan | Buthaynah Shaban | syria | government | 2003-10-01 | 2004-09-30
    Buthaynah Shabaan | Buthaynah Shaban | syria | government | 2004-11-01 | 2008-10-31
    Buyelwa Patience Sonjica | Buyelwa Sonjica | south-africa | government | 2004-06-01 | 2007-09-30
    Byambyn Jigjid |  | mongolia | government | 2003-01-01 | 2004-01-31
    Byambyn Jigjid |  | mongolia | government | 2004-03-01 | 2005-06-30
    Byeon Yang Kyoon |  | south-korea | government | 2005-03-01 | 2008-07-31
    Byun Do Yoon |  | south-korea | government | 2008-08-01 | 2010-03-31
    C. B. Ratnayake | C. B. Rathnayake | sri-lanka | government | 2004-06-01 | 2005-11-30
    C.v. Devan Nair |  | singapore | government | 1981-10-24 | 1985-03-27
    Caabi el Yachroutu |  | comoros | government | 1995-10-05 | 1996-01-26
    Caetano N'tchama |  | guinea-bissau | government | 2000-02-19 | 2001-03-19
    Caiser J. Boima |  | sierra-leone | government | 2003-01-01 | 2007-10-31
    Camille D'ornano |  | djibouti | government | 1976-02-09 | 1977-06-27
    Camille Robinson Regis |  | trinidad-and-tobago | government | 2003-01-01 | 2003-11-30
    Camilo Atala |  | honduras | government | 2003-01-01 | 2006-02-28
    Candido Muatetema Rivas |  | equatorial-guinea | government | 2001-03-04 | 2004-06-14
    Cao Gangchuan |  | china | government | 2003-05-01 | 2008-03-31
    Caridad Besari Borilo |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Carina Christensen |  | denmark | government | 2007-01-01 | 2008-03-31
    Carina Christensen |  | denmark | government | 2008-10-01 | 2010-02-28
    Carl Bildt |  | sweden | government | 1991-10-03 | 1994-10-07
    Carles Font |  | andorra | government | 2005-07-01 | 2007-07-31
    Carles Font |  | andorra | government | 2008-04-01 | 2009-06-30
    Carlitos Barai |  | guinea | government | 2006-06-01 | 2007-07-31
    Carlo Amedeo Giovanardi |  | italy | government | 2003-01-01 | 2006-05-31
    Carlo Azeglio Ciampi |  | italy | government | 1993-04-29 | 1994-05-11
    Carlo Azeglio Ciampi |  | italy | government | 1999-05-18 | 2006-05-15
    Carlos A. Jativa |  | ecuador | government | 2003-08-01 | 2004-05-31
    Carlos Alberto Andrade |  | guinea | government | 2004-07-01 | 2006-05-31
    Carlos Alberto Lacoste |  | argentina | government | 1981-12-11 | 1981-12-22
    Carlos Alberto de Icaza |  | mexico | government | 2004-04-01 | 2007-03-31
    Carlos Arias Navarro |  | spain | government | 1974-01-02 | 1976-07-01
    Carlos Bruce |  | peru | government | 2003-01-01 | 2003-12-31
    Carlos Bruce |  | peru | government | 2004-02-01 | 2005-08-31
    Carlos Colacce |  | uruguay | government | 2008-04-01 | 2010-03-31
    Carlos Correia |  | guinea-bissau | government | 1991-12-27 | 1994-10-26
    Carlos Correia |  | guinea-bissau | government | 1997-06-06 | 1998-12-03
    Carlos David de Leon |  | guatemala | government | 2003-01-01 | 2005-05-31
    Carlos Diego Mesa Gisbert |  | bolivia | government | 2003-01-01 | 2005-06-30
    Carlos Eduardo Munoz Rosado |  | ecuador | government | 2005-05-01 | 2005-06-30
    Carlos Fernandez |  | argentina | government | 2008-05-01 | 2009-07-31
    Carlos Ferrero Costa |  | peru | government | 2003-12-15 | 2005-08-16
    Carlos Gomes |  | guinea | government | 2004-07-01 | 2006-05-31
    Carlos Gomes Junior |  | guinea-bissau | government | 2004-05-10 | 2005-11-02
    Carlos Gustavo |  | sao-tome-and-principe | government | 2006-05-01 | 2008-07-31
    Carlos Humberto Romero |  | el-salvador | government | 1977-07-01 | 1979-10-15
    Carlos Lage Davila |  | cuba | government | 2003-01-01 | 2009-03-31
    Carlos Manuel Arana Osorio |  | guatemala | government | 1970-07-01 | 1974-07-01
    Carlos Maria Abascal Carranza |  | mexico | government | 2005-07-01 | 2006-03-31
    Carlos Mendoza |  | ecuador | government | 2000-01-21 | 2000-01-22
    Carlos Mesa |  | bolivia | government | 2003-10-17 | 2005-06-09
    Carlos Morales Landivar |  | bolivia | government | 2003-01-01 | 2003-10-31
    Carlos Mussa Balde | Carlos Mussaw Balde | guinea | government | 2008-09-01 | 2009-03-31
    Carlos Polit |  | ecuador | government | 2004-06-01 | 2005-04-30
    Carlos Quintanilla |  | el-salvador | government | 2003-01-01 | 2004-06-30
    Carlos Roberto Flores Facusse |  | honduras | government | 1998-01-27 | 2002-01-27
    Carlos Roberto Reina |  | honduras | government | 1994-01-27 | 1998-01-27
    Carlos Saavedra Bruno |  | bolivia | government | 2003-01-01 | 2003-10-31
    Carlos Salinas de Gortari |  | mexico | government | 1988-12-01 | 1994-11-30
    Carlos Sanchez Berzain |  | bolivia | government | 2003-01-01 | 2003-02-28
    Carlos Saul Menem |  | argentina | government | 1989-07-08 | 1999-12-10
    Carlos Solorzano |  | ecuador | government | 2000-01-21 | 2000-01-22
    Carlos Tavares |  | portugal | government | 2003-01-01 | 2005-03-31
    Carlos Torres Y Torres Lara |  | peru | government | 1991-02-15 | 1991-11-06
    Carlos Ulvert |  | nicaragua | government | 2003-01-01 | 2003-12-31
    Carlos Vallarino |  | panama | government | 2004-10-01 | 2006-05-31
    Carlos Vallarino |  | panama | government | 2007-04-01 | 2008-11-30
    Carlos Vargas |  | honduras | government | 2003-01-01 | 2006-02-28
    Carlos Veiga |  | cape-verde | government | 1991-04-04 | 2000-10-05
    Carlos Vielman |  | guatemala | government | 2004-08-01 | 2007-03-31
    Carlos Villegas Quiroga |  | bolivia | government | 2006-10-01 | 2008-09-30
    Carlos Westendorp |  | spain | government | 2004-11-01 | 2008-09-30
    Carlos dos Santos |  | mozambique | government | 2003-01-01 | 2003-02-28
    Carme Chacon |  | spain | government | 2007-08-01 | 2008-04-30
    Carmelo Mifsud Bonnici |  | malta | government | 1984-12-22 | 1987-05-12
    Carmelo Modu Acuse |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Carmen Largaespada |  | nicaragua | government | 2004-02-01 | 2007-01-31
    Carol Joseph |  | haiti | government | 2006-10-01 | 2008-09-30
    Carol Skelton |  | canada | government | 2006-03-01 | 2007-08-31
    Carolina Barco |  | colombia | government | 2003-01-01 | 2006-08-31
    Carolina Barco |  | colombia | government | 2006-10-01 | 2010-10-31
    Carolina Portalupi Castro |  | ecuador | government | 2008-03-01 | 2008-10-31
    Carolina Renteria |  | colombia | government | 2006-08-01 | 2009-07-31
    Carolyn Rodrigues |  | guyana | government | 2003-01-01 | 2003-06-30
    Casimir Oye Mba |  | gabon | government | 1990-05-03 | 1994-11-02
    Cassim Chilumpha |  | malawi | government | 2004-07-01 | 2009-06-30
    Catherine Ashton |  | united-kingdom | government | 2007-07-01 | 2008-10-31
    Catherine Colonna |  | france | government | 2005-07-01 | 2007-05-31
    Catherine Nzuzi Wa Mbombo |  | democratic-republic-of-the-congo | government | 2004-08-01 | 2007-01-31
    Catherine Vautrin |  | france | government | 2004-04-01 | 2007-05-31
    Cecelia Abena Dapaah |  | ghana | government | 2007-09-01 | 2009-03-31
    Cecil Holmes |  | zambia | government | 2008-04-01 | 2008-11-30
    Cecil James Cocker |  | tonga | government | 2003-01-01 | 2006-08-31
    Cecila Malmstrom |  | sweden | government | 2006-11-01 | 2010-01-31
    Cecile Bomba Nkolo |  | cameroon | government | 2003-01-01 | 2005-01-31
    Cecilia Perez Diaz |  | chile | government | 2003-01-01 | 2003-02-28
    Ceferino Eburi Matta |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Celestin Gaombalet |  | central-african-republic | government | 2003-12-12 | 2005-06-13
    Celestin Kabanda |  | rwanda | government | 2003-02-01 | 2004-09-30
    Celestin Myunabandi | Celestin Mvunabandi | democratic-republic-of-the-congo | government | 2003-08-01 | 2006-10-31
    Cellou Dalein Diallo |  | guinea | government | 2004-12-09 | 2006-04-05
    Cellou Dalein Diallo |  | guinea | government | 2006-01-01 | 2006-10-31
    Celso Amorim |  | brazil | government | 2003-01-01 | 2009-03-31
    Celso Luiz Nunes Amorim |  | brazil | government | 2009-04-01 | 2010-12-31
    Celso Torrelio Villa |  | bolivia | government | 1981-08-04 | 1981-09-04
    Celso Torrelio Villa |  | bolivia | government | 1981-09-04 | 1982-07-19
    Cesar Barreto Otazu |  | paraguay | government | 2007-08-01 | 2008-05-31
    Cesar Cedeno |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Cesar Fernando Mayoral |  | argentina | government | 2004-03-01 | 2007-06-30
    Cesar Gaviria Trujillo |  | colombia | government | 1990-08-07 | 1994-08-07
    Cesar Mendoza Duran |  | chile | government | 1973-09-11 | 1974-06-27
    Cesar Purisima |  | philippines | government | 2005-04-01 | 2005-07-31
    Cesar Virata |  | philippines | government | 1981-04-08 | 1986-02-25
    Cesare Antonio Gasperoni |  | san-marino | government | 2005-04-01 | 2005-10-01
    Cesare Gasperoni |  | san-marino | government | 2005-05-01 | 2005-11-30
    Chadli Bendjedid |  | algeria | government | 1979-02-09 | 1992-01-11
    Chae Yong Pok |  | south-korea | government | 2003-01-01 | 2003-02-28
    Chaim Herzog |  | israel | government | 1983-05-05 | 1993-05-13
    Chakib ben Moussa | Chakib Benmoussa | morocco | government | 2006-05-01 | 2009-12-31
    Chakufwa Chihana |  | malawi | government | 2003-04-01 | 2004-06-30
    Chalerm Yubamrung | Chalerm Yubumroong | thailand | government | 2008-03-01 | 2008-08-31
    Chalongphob Sussangkan |  | thailand | government | 2007-04-01 | 2008-02-28
    Chaman Lal Gupta |  | india | government | 2003-01-01 | 2004-01-31
    Chan Nyein |  | myanmar | government | 2003-01-01 | 2003-09-30
    Chan Sy |  | cambodia | government | 1981-12-05 | 1984-12-26
    Chandra Shekhar |  | india | government | 1990-11-10 | 1991-06-21
    Chandrika Kumaratunga |  | sri-lanka | government | 1994-08-19 | 1994-11-14
    Chandrika Kumaratunga |  | sri-lanka | government | 1994-11-12 | 2005-11-19
    Chang Byoung Wan |  | south-korea | government | 2006-10-01 | 2008-03-31
    Chang Chin Fu |  | taiwan | government | 2008-06-01 | 2010-04-30
    Chang Chun Hsiung |  | taiwan | government | 2000-10-06 | 2002-02-01
    Chang Chun Hsiung |  | taiwan | government | 2007-05-21 | 2008-05-20
    Chang Chun Hsiung |  | taiwan | government | 2008-03-01 | 2008-05-31
    Chang Dae Whan |  | south-korea | government | 2002-08-09 | 2002-09-10
    Chang Fu Mei |  | taiwan | government | 2005-01-01 | 2008-05-31
    Chang Masa |  | taiwan | government | 2005-01-01 | 2008-05-31
    Chang Po Ya |  | taiwan | government | 2000-05-20 | 2002-02-04
    Chang Sang |  | south-korea | government | 2002-07-11 | 2002-07-31
    Chang Sung U |  | south-korea | government | 2003-01-01 | 2003-02-28
    Chansy Phosikham |  | laos | government | 2003-01-01 | 2007-07-31
    Chao Shou Po |  | taiwan | government | 1998-12-21 | 2000-05-20
    Charan Singh |  | india | government | 1979-07-28 | 1980-01-14
    Charles Bintin | Charles Bintim | ghana | government | 2007-09-01 | 2009-03-31
    Charles Bright |  | liberia | government | 2003-01-01 | 2003-10-31
    Charles Clarke |  | united-kingdom | government | 2005-01-01 | 2006-05-31
    Charles E. Bohlen |  | united-states | government | 1969-01-20 | 1969-01-22
    Charles Haughey |  | ireland | government | 1987-03-10 | 1992-02-11
    Charles Helou |  | lebanon | government | 1964-09-23 | 1970-09-22
    Charles James Antrobus |  | saint-vincent-and-the-grenadines | government | 2003-01-01 | 2003-02-28
    Charles Kint Aguiar |  | benin | government | 2008-12-01 | 2010-06-30
    Charles Mangat |  | haiti | government | 2008-10-01 | 2009-11-30
    Charles Minor |  | liberia | government | 2006-09-01 | 2008-10-31
    Charles Murigande |  | rwanda | government | 2003-02-01 | 2009-07-31
    Charles Peter David |  | grenada | government | 2009-09-01 | 2010-11-30
    Charles Picque |  | belgium | government | 2003-01-01 | 2003-07-31
    Charles Taylor |  | liberia | government | 1990-09-09 | 1990-11-22
    Charles Taylor |  | liberia | government | 1997-08-02 | 2003-08-11
    Charles W. Yost |  | united-states | government | 1969-01-22 | 1971-02-16
    Charles Zacharie Bowao |  | republic-of-the-congo | government | 2007-04-01 | 2009-09-30
    Charlie Mccreevy |  | ireland | government | 2003-01-01 | 2004-10-31
    Charlotte Twamba Anzelani |  | democratic-republic-of-the-congo | government | 2006-11-01 | 2007-01-31
    Chatichai Choonhavan |  | thailand | government | 1988-08-04 | 1991-02-23
    Chaturon Chaisaeng |  | thailand | government | 2003-01-01 | 2005-09-30
    Chaudhry Norez Shakoor Khan |  | pakistan | government | 2004-06-01 | 2004-06-30
    Chaudhry Norez Shakoor Khan |  | pakistan | government | 2004-10-01 | 2004-10-31
    Chaudhry Shujaat Hussain | Chaudhry Shahbaz Hussain | pakistan | government | 2004-06-30 | 2004-08-28
    Chaudhry Shujaat Hussain | Chaudhry Shahbaz Hussain | pakistan | government | 2004-08-01 | 2004-10-31
    Chavalit Yongchaiyudh |  | thailand | government | 1996-12-01 | 1997-11-09
    Chawalit Yongchaiyut |  | thailand | government | 2003-01-01 | 2005-03-31
    Chawalit Yongchaiyut |  | thailand | government | 2008-10-01 | 2008-10-31
    Chea Saophoan |  | cambodia | government | 2003-01-01 | 2004-11-30
    Chea Sim |  | cambodia | government | 1992-04-06 | 1993-06-14
    Cheddi Jagan |  | guyana | government | 1992-10-09 | 1997-03-06
    Chedli Neffati |  | tunisia | government | 2003-01-01 | 2004-12-31
    Cheick Oumar Diarrah |  | mali | government | 2003-01-01 | 2006-08-31
    Cheick Sidi Diarra |  | mali | government | 2003-08-01 | 2008-06-30
    Cheick Soumare |  | senegal | government | 2003-09-01 | 2003-10-31
    Cheick Soumare |  | senegal | government | 2003-12-01 | 2006-12-31
    Cheikh Tidiane Gadio |  | senegal | government | 2003-01-01 | 2003-10-31
    Cheikh Tidiane Gadio |  | senegal | government | 2003-12-01 | 2010-03-31
    Cheikh Tidiane Sy |  | senegal | government | 2009-06-01 | 2010-04-30
    Cheikh el Avia Ould Mohamed Khouna |  | mauritius | government | 1996-01-02 | 1997-12-18
    Cheikh el Avia Ould Mohamed Khouna |  | mauritius | government | 1998-11-16 | 2003-07-06
    Chem Widhya |  | cambodia | government | 2004-12-01 | 2007-09-30
    Chen Chi Mai |  | taiwan | government | 2005-01-01 | 2008-02-28
    Chen Chi Nan |  | taiwan | government | 2005-01-01 | 2008-02-28
    Chen Chien Jen |  | taiwan | government | 2008-03-01 | 2008-05-31
    Chen Chin Jun |  | taiwan | government | 2008-03-01 | 2008-05-31
    Chen Chuan Show |  | taiwan | government | 2005-01-01 | 2008-02-28
    Chen Chung Fan |  | taiwan | government | 2003-01-01 | 2004-09-30
    Chen Ming Tong |  | taiwan | government | 2008-03-01 | 2008-05-31
    Chen Ruey Long |  | taiwan | government | 2008-03-01 | 2008-05-31
    Chen Shui Bian |  | taiwan | government | 2000-05-20 | 2008-05-20
    Chen Ta Ching |  | taiwan | government | 1969-07-05 | 1972-06-06
    Chen Zhili |  | china | government | 2003-05-01 | 2008-03-31
    Chenda Mkandawire |  | malawi | government | 2003-01-01 | 2003-03-31
    Chene Adoum |  | chad | government | 2005-09-01 | 2006-09-30
    Cheng Heng |  | cambodia | government | 1970-03-18 | 1972-03-10
    Cheng Hsien Yu |  | taiwan | government | 2003-01-01 | 2004-09-30
    Cheng Kuang Hsu |  | taiwan | government | 2003-01-01 | 2004-09-30
    Cheng Li Chiun |  | taiwan | government | 2005-01-01 | 2008-05-31
    Cheng Sheng Tu |  | taiwan | government | 2003-01-01 | 2004-09-30
    Cheng Yi Weng |  | taiwan | government | 2003-01-01 | 2004-09-30
    Chennamaneni Vidyasagar Rao |  | india | government | 2003-01-01 | 2003-04-30
    Cheong U |  | china | government | 2003-01-01 | 2010-07-31
    Chernor Jalloh |  | sierra-leone | government | 2005-10-01 | 2007-10-31
    Chetta Tharancharo |  | thailand | government | 2003-12-01 | 2004-03-31
    Chhattrapal Singh |  | india | government | 2003-05-01 | 2004-01-31
    Chhim Siekleng |  | cambodia | government | 2003-01-01 | 2004-11-30
    Chi Haotian |  | china | government | 2003-01-01 | 2003-04-30
    Chi Mai Chen |  | taiwan | government | 2004-10-01 | 2004-12-31
    Chi Un Hui |  | south-korea | government | 2003-03-01 | 2004-02-28
    Chi Un Hui |  | south-korea | government | 2004-04-01 | 2004-09-30
    Chia Wen Yao |  | taiwan | government | 2004-10-01 | 2004-12-31
    Chiang Ching Kuo |  | taiwan | government | 1972-05-29 | 1978-05-30
    Chiang Ching Kuo |  | taiwan | government | 1978-05-20 | 1988-01-13
    Chidchai Vanasatidya |  | thailand | government | 2006-04-05 | 2006-05-23
    Chien Biao Hu |  | taiwan | government | 2003-01-01 | 2004-01-31
    Chien Biao Hu |  | taiwan | government | 2004-03-01 | 2004-09-30
    Chien Jen Chen |  | taiwan | government | 2003-01-01 | 2004-09-30
    Chih Hsiung Hsu |  | taiwan | government | 2004-10-01 | 2004-12-31
    Chih Nan Chen |  | taiwan | government | 2004-10-01 | 2004-12-31
    Chin Iee Chong |  | south-korea | government | 1983-10-15 | 1985-02-19
    Ching Huang Chen |  | taiwan | government | 2003-01-01 | 2004-09-30
    Ching Lung Lee |  | taiwan | government | 2004-10-01 | 2004-12-31
    Ching Yen Tsay |  | taiwan | government | 2003-01-01 | 2004-09-30
    Chiou Ijen |  | taiwan | government | 2008-03-01 | 2008-05-31
    Chipimpha Mughogho |  | malawi | government | 2003-04-01 | 2004-06-30
    Chirau Mwakwere | Chirau Ali Mwakwere | kenya | government | 2004-08-01 | 2006-03-31
    Chitchai Wannasathit | Chitchai Wannasathi | thailand | government | 2005-04-01 | 2006-10-31
    Chithambaranathan Mahendran |  | sri-lanka | government | 2003-08-01 | 2004-09-30
    Chiu Chuang Huan |  | taiwan | government | 1984-06-09 | 1990-06-16
    Cho Chang Hyun |  | south-korea | government | 2004-11-01 | 2006-09-30
    Cho Chang Tok |  | north-korea | government | 2003-01-01 | 2003-09-30
    Cho Jung Pyo |  | south-korea | government | 2008-04-01 | 2010-10-31
    Cho Young Taek |  | south-korea | government | 2005-04-01 | 2008-03-31
    Choe Chong Kon |  | north-korea | government | 2003-01-01 | 2004-11-30
    Choe Jong Gon |  | north-korea | government | 2004-12-01 | 2009-04-30
    Choe Nam Gyun | Choe Nam Kyun | north-korea | government | 2003-01-01 | 2009-10-31
    Choe Yong Su |  | north-korea | government | 2003-10-01 | 2004-11-30
    Choi Kyu Hah |  | south-korea | government | 1975-12-19 | 1979-12-06
    Choi Kyu Hah |  | south-korea | government | 1979-10-26 | 1980-08-16
    Choi Kyung Hwan |  | south-korea | government | 2010-04-01 | 2010-09-30
    Choi Young Jin |  | south-korea | government | 2005-10-01 | 2008-06-30
    Chok Tong Goh |  | singapore | government | 2003-01-01 | 2004-04-30
    Chol Deng |  | sudan | government | 2003-01-01 | 2003-06-30
    Chon Kil Su |  | north-korea | government | 2008-10-01 | 2009-02-28
    Chon Pyong Ho |  | north-korea | government | 2003-01-01 | 2004-11-30
    Chon Sung Hun |  | north-korea | government | 2003-10-01 | 2004-11-30
    Chon Yun Chul | Chon Yun Chol | south-korea | government | 2003-01-01 | 2003-02-28
    Chong Mun San |  | north-korea | government | 2003-01-01 | 2004-11-30
    Chong Se Hyon |  | south-korea | government | 2003-01-01 | 2004-07-31
    Chong Tong Yong |  | south-korea | government | 2004-08-01 | 2004-09-30
    Chowdhury Kamal Ibne Yusuf |  | bangladesh | government | 2003-01-01 | 2007-02-28
    Chris Carter |  | new-zealand | government | 2003-01-01 | 2008-04-30
    Chris Evans |  | australia | government | 2008-01-01 | 2010-03-31
    Chrisoph Matznetter |  | austria | government | 2007-02-01 | 2008-07-31
    Christiaan Mark Johan Kroener |  | netherlands | government | 2007-04-01 | 2008-12-31
    Christiaan Mark Johan Kroner |  | netherlands | government | 2007-03-01 | 2007-03-31
    Christian A. Herter |  | united-states | government | 1959-04-22 | 1961-01-20
    Christian A. Kamara Taylor |  | sierra-leone | government | 1975-07-08 | 1978-06-15
    Christian Blickenstorfer |  | switzerland | government | 2003-01-01 | 2006-05-31
    Christian Dablanc |  | djibouti | government | 1974-08-01 | 1976-02-09
    Christian Dupont |  | belgium | government | 2004-08-01 | 2008-03-31
    Christian Estrosi |  | france | government | 2007-07-01 | 2008-03-31
    Christian Herbert |  | liberia | government | 2003-11-01 | 2006-04-30
    Christian Ileka Atoki |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-06-30
    Christian Jacob |  | france | government | 2003-01-01 | 2004-04-30
    Christian Jacob |  | france | government | 2005-07-01 | 2007-05-31
    Christian Sina Diatta |  | senegal | government | 2003-01-01 | 2003-10-31
    Christian Sina Diatta |  | senegal | government | 2003-12-01 | 2006-12-31
    Christian Wulff | Christian Wullf; Christian Wullff | germany | government | 2003-03-04 | 2010-06-30
    Christian Wulff | Christian Wullf; Christian Wullff | germany | government | 2010-07-02 | 2012-02-17
    Christine Boutin |  | france | government | 2007-06-01 | 2007-06-30
    Christine Boutin |  | france | government | 2008-03-01 | 2009-06-30
    Christine Kangaloo |  | trinidad-and-tobago | government | 2003-12-01 | 2007-12-31
    Christine Sahadeo |  | trinidad-and-tobago | government | 2003-12-01 | 2007-12-31
    Christodoulos Pasiardis | Christodoulos Pashiardis | cyprus | government | 2003-03-01 | 2007-05-31
    Christoph Matznetter |  | austria | government | 2008-08-01 | 2008-12-31
    Christophe Bazivambo |  | rwanda | government | 2003-02-01 | 2004-06-30
    Christophe Bazivambo |  | rwanda | government | 2004-10-01 | 2005-08-31
    Christopher Ellison |  | australia | government | 2007-09-01 | 2007-12-31
    Christopher J. Loeak |  | marshall-islands | government | 2008-08-01 | 2009-09-30
    Christopher Meyer |  | united-kingdom | government | 2003-01-01 | 2003-02-28
    Christopher Okoro Cole |  | sierra-leone | government | 1971-03-31 | 1971-04-19
    Christopher Okoro Cole |  | sierra-leone | government | 1971-04-19 | 1971-04-21
    Christopher Pyne |  | australia | government | 2007-09-01 | 2007-12-31
    Christos Patsalides |  | cyprus | government | 2007-08-01 | 2008-02-28
    Christos Sartzetakis |  | greece | government | 1985-03-30 | 1990-05-04
    Chrystian Colombo |  | argentina | government | 2000-10-05 | 2001-12-21
    Chu Lan Yeh |  | taiwan | government | 2004-10-01 | 2004-12-31
    Chu Li Luan |  | taiwan | government | 2010-05-01 | 2010-06-30
    Chu Yun Peng |  | taiwan | government | 2008-06-01 | 2010-04-30
    Chuan Leekpai |  | thailand | government | 1992-09-23 | 1995-07-13
    Chuan Leekpai |  | thailand | government | 1997-11-09 | 2001-02-09
    Chuan Lin |  | taiwan | government | 2003-01-01 | 2004-12-31
    Chuan Show Chen |  | taiwan | government | 2004-10-01 | 2004-12-31
    Chuchai Kasemsan |  | thailand | government | 2003-01-01 | 2003-10-31
    Chultem Ulaan |  | mongolia | government | 2003-01-01 | 2006-02-28
    Chultem Ulaan |  | mongolia | government | 2008-01-01 | 2008-10-31
    Chun Doo Hwan |  | south-korea | government | 1980-09-01 | 1988-02-25
    Chung Chung Kil |  | south-korea | government | 2008-08-01 | 2010-09-30
    Chung Dong Young |  | south-korea | government | 2004-10-01 | 2006-02-28
    Chung Il Kwon |  | south-korea | government | 1964-05-10 | 1970-12-20
    Chung Soung Jin |  | south-korea | government | 2004-11-01 | 2008-07-31
    Chung Un Chan |  | south-korea | government | 2009-12-01 | 2010-09-30
    Chung Won Shik |  | south-korea | government | 1991-05-24 | 1992-10-08
    Chusak Sirinin |  | thailand | government | 2008-03-01 | 2008-09-30
    Cipriano Cassama |  | guinea | government | 2008-09-01 | 2009-03-31
    Ciro Gomes |  | brazil | government | 2003-01-01 | 2006-03-31
    Claire Hepburn |  | bahamas | government | 2007-07-01 | 2010-07-31
    Clarence Augustus Seignoret |  | dominica | government | 1983-12-19 | 1993-10-25
    Clarisa Hardy |  | chile | government | 2006-05-01 | 2008-02-28
    Claude Antoine Dacosta |  | republic-of-the-congo | government | 1992-12-06 | 1993-06-23
    Claude Morel |  | seychelles | government | 2003-01-01 | 2006-08-31
    Claudette Werleigh |  | haiti | government | 1995-11-07 | 1996-03-06
    Claudia Blum |  | colombia | government | 2007-02-01 | 2010-08-31
    Claudia Blum |  | colombia | government | 2010-11-01 | 2010-11-30
    Claudia Fritsche |  | liechtenstein | government | 2003-01-01 | 2003-06-30
    Claudie Haignere |  | france | government | 2003-01-01 | 2005-06-30
    Claudio Muccioli |  | san-marino | government | 2005-10-01 | 2006-04-01
    Claudio Muccioli |  | san-marino | government | 2005-12-01 | 2006-04-30
    Claudio Scajola |  | italy | government | 2003-09-01 | 2006-05-31
    Clayton Cosgrove |  | new-zealand | government | 2006-12-01 | 2008-12-31
    Clement Rojumana |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    Clement Rojumana |  | solomon-islands | government | 2004-01-01 | 2004-07-31
    Cleopa David Msuya |  | tanzania | government | 1994-12-07 | 1995-11-28
    Cletus Avoka |  | ghana | government | 2009-04-01 | 2010-02-28
    Clifford Sibusiso Mamba |  | eswatini | government | 2003-01-01 | 2005-08-31
    Clotilde Nizigama |  | burundi | government | 2007-08-01 | 2007-11-30
    Clucio Soares |  | guinea | government | 2009-04-01 | 2009-10-31
    Clyde Mascoll |  | barbados | government | 2006-03-01 | 2008-02-28
    Colin Allan |  | seychelles | government | 1973-01-01 | 1976-01-01
    Colin Beck |  | solomon-islands | government | 2003-09-01 | 2003-11-30
    Colin Derrick |  | antigua-and-barbuda | government | 2004-04-01 | 2005-01-31
    Colin Powell | Colin L. Powell | united-states | government | 1987-11-23 | 1989-01-20
    Colin Powell | Colin L. Powell | united-states | government | 2001-01-20 | 2005-01-26
    Come Zoumara |  | central-african-republic | government | 2006-10-01 | 2009-07-31
    Comlangan Dalmeida |  | togo | government | 2005-07-01 | 2009-02-28
    Condoleezza Rice |  | united-states | government | 2001-01-20 | 2005-01-26
    Condoleezza Rice |  | united-states | government | 2005-01-26 | 2009-01-20
    Conmany Wesseh |  | liberia | government | 2008-11-01 | 2009-04-30
    Conrad Enill |  | trinidad-and-tobago | government | 2003-12-01 | 2007-12-31
    Conrado Lopez Andreu |  | el-salvador | government | 2003-01-01 | 2003-08-31
    Conrado Lopez Andreu |  | el-salvador | government | 2003-10-01 | 2004-04-30
    Constantin Dascalescu |  | romania | government | 1982-05-21 | 1989-12-22
    Constantino Teixeira |  | guinea-bissau | government | 1978-07-07 | 1978-09-28
    Corazon Aquino |  | philippines | government | 1986-02-25 | 1992-06-30
    Cordel Hyde |  | belize | government | 2004-01-01 | 2004-01-31
    Cordel Hyde |  | belize | government | 2005-12-01 | 2007-06-30
    Cornelius Adebayo |  | nigeria | government | 2006-09-01 | 2007-01-31
    Cosme Sehlin |  | benin | government | 2005-11-01 | 2006-04-30
    Cpp Tie Banh |  | cambodia | government | 2003-01-01 | 2004-11-30
    Crispin Gregoire |  | dominica | government | 2003-01-01 | 2010-04-30
    Crispin Grey Johnson |  | gambia | government | 2003-04-01 | 2007-08-31
    Crispin Sorhaindo |  | dominica | government | 1993-10-25 | 1998-10-05
    Crispus Kiyonga |  | uganda | government | 2003-01-01 | 2006-06-30
    Cristina Dias |  | sao-tome-and-principe | government | 2006-05-01 | 2008-07-31
    Cristina Husmark Pehrsson |  | sweden | government | 2006-11-01 | 2010-10-31
    Cristino Seriche Bioko |  | equatorial-guinea | government | 1982-08-15 | 1992-03-04
    Cristlano Nabitan |  | guinea | government | 2007-08-01 | 2008-08-31
    Cristobal Montoro |  | spain | government | 2003-01-01 | 2004-04-30
    Csaba Laszlo |  | hungary | government | 2003-01-01 | 2004-02-28
    Csaba Molnar |  | hungary | government | 2009-05-01 | 2010-06-30
    Cynthia Pratt |  | bahamas | government | 2003-01-01 | 2007-06-30
    Cynthia Pratt |  | bahamas | government | 2005-05-04 | 2005-06-22
    Cyprien Ntaryamira |  | burundi | government | 1994-02-05 | 1994-04-06
    Cyril Svoboda |  | czech-republic | government | 2003-01-01 | 2006-09-30
    Cyrille Hicintuka |  | burundi | government | 2003-06-01 | 2003-12-31
    Cyrus Vance | Cyrus R. Vance; Cyrus Roberts Vance | united-states | government | 1977-01-23 | 1980-04-28
    Czeslaw Kiszczak |  | poland | government | 1989-08-02 | 1989-08-24
    Dagfinn Hoybraten |  | norway | government | 2004-08-01 | 2005-02-28
    Daisy Tourne |  | uruguay | government | 2007-04-01 | 2009-06-30
    Dale Marshall |  | barbados | government | 2006-03-01 | 2008-02-28
    Dalia Itzik |  | israel | government | 2007-01-25 | 2007-07-15
    Dalia Itzik |  | israel | government | 2007-03-01 | 2007-06-30
    Damdin Demberel |  | mongolia | government | 2008-11-01 | 2009-12-31
    Damiao Vaz D'almeida |  | sao-tome-and-principe | government | 2004-09-18 | 2005-06-08
    Damiao Vaz de Almeida |  | sao-tome-and-principe | government | 2004-12-01 | 2005-08-31
    Damien Oconnor |  | new-zealand | government | 2003-09-01 | 2005-11-30
    Damien Oconnor |  | new-zealand | government | 2006-12-01 | 2008-04-30
    Damir Polancec |  | croatia | government | 2005-03-01 | 2010-01-31
    Dan Bahadur Shahi |  | nepal | government | 2005-03-01 | 2005-12-31
    Dan Chuke |  | nigeria | government | 2003-01-01 | 2003-07-31
    Dan Meridor |  | israel | government | 2003-01-01 | 2003-02-28
    Dan Quayle |  | united-states | government | 1989-01-20 | 1993-01-20
    Daniel Ayalon |  | israel | government | 2003-01-01 | 2003-02-28
    Daniel Borrelli |  | uruguay | government | 2004-04-01 | 2004-09-30
    Daniel Borrelli |  | uruguay | government | 2004-11-01 | 2004-12-31
    Daniel Cabeza de Vaca Hernandez |  | mexico | government | 2005-06-01 | 2006-11-30
    Daniel Djankouo Lamare |  | cameroon | government | 2006-11-01 | 2007-10-31
    Daniel Dorsainvil |  | haiti | government | 2006-07-01 | 2009-11-30
    Daniel Faafunua |  | solomon-islands | government | 2003-01-01 | 2003-08-31
    Daniel Jean |  | haiti | government | 2006-08-01 | 2008-09-30
    Daniel Kwelagobe |  | botswana | government | 2003-01-01 | 2004-11-30
    Daniel Oudraogo |  | burkina-faso | government | 2005-09-01 | 2007-06-30
    Daniel Ouedraogo |  | burkina-faso | government | 2003-01-01 | 2005-08-31
    Daniel Patrick Moynihan |  | united-states | government | 1975-06-10 | 1976-02-02
    Daniel Sanches |  | portugal | government | 2004-08-01 | 2005-03-31
    Daniel Scioli |  | argentina | government | 2003-06-01 | 2007-12-31
    Daniel Vulchev |  | bulgaria | government | 2005-09-01 | 2009-08-31
    Daniel Williams |  | grenada | government | 2003-01-01 | 2008-11-30
    Danilo Astori |  | uruguay | government | 2005-03-01 | 2008-09-30
    Danilo Astori |  | uruguay | government | 2010-04-01 | 2010-04-30
    Danilo Chaverri Soto |  | costa-rica | government | 2003-01-01 | 2004-10-31
    Danilo Medina Sanchez |  | dominican-republic | government | 2004-09-01 | 2006-12-31
    Danna Vale |  | australia | government | 2003-01-01 | 2004-11-30
    Danny Ayalon |  | israel | government | 2003-03-01 | 2006-12-31
    Danny Gillerman |  | israel | government | 2003-01-01 | 2008-08-31
    Danny Montano |  | trinidad-and-tobago | government | 2003-01-01 | 2005-05-31
    Dante Canlas |  | philippines | government | 2003-01-01 | 2003-01-31
    Dante Cordova Blanco |  | peru | government | 1995-07-28 | 1996-04-03
    Dante Pino | Dante Napoleon Pino Archondo | bolivia | government | 2003-09-01 | 2003-10-31
    Danuta Huebner |  | poland | government | 2003-10-01 | 2004-05-31
    Danzan Lundeejantsan |  | mongolia | government | 2007-07-01 | 2008-10-31
    Daouda Malam Wanke |  | niger | government | 1999-04-11 | 1999-12-22
    Dariusz Jadowski |  | poland | government | 2004-08-01 | 2005-02-28
    Daryl Williams |  | australia | government | 2003-01-01 | 2003-11-30
    Dashiyn Byambasuren |  | mongolia | government | 1990-09-11 | 1992-07-21
    Dato Pengiran Muhammad Yusuf bin Abdul Rahim |  | brunei | government | 1967-01-01 | 1972-01-01
    Datuk Hussein bin Onn |  | malaysia | government | 1976-01-15 | 1981-07-16
    Dauda Kamara |  | sierra-leone | government | 2007-11-01 | 2009-03-31
    Daudi Ngelautwa Mwakawago |  | tanzania | government | 2003-01-01 | 2004-09-30
    David Adeang |  | nauru | government | 2003-07-01 | 2003-08-31
    David Adeang |  | nauru | government | 2004-08-01 | 2008-10-31
    David Blunkett |  | united-kingdom | government | 2003-01-01 | 2004-12-31
    David Blunkett |  | united-kingdom | government | 2005-06-01 | 2005-11-30
    David Bruney |  | dominica | government | 2003-01-01 | 2004-01-31
    David Charles Ganao |  | republic-of-the-congo | government | 1996-08-27 | 1997-09-08
    David Cooney |  | ireland | government | 2005-11-01 | 2008-05-31
    David Cunliffe |  | new-zealand | government | 2003-09-01 | 2008-04-30
    David Dacko |  | central-african-republic | government | 1979-09-20 | 1981-09-01
    David Day Pacha | David Day Pazza | solomon-islands | government | 2008-04-01 | 2009-08-31
    David Day Pacha | David Day Pazza | solomon-islands | government | 2010-05-01 | 2010-09-30
    David Emerson |  | canada | government | 2006-03-01 | 2008-10-31
    David Faiti |  | malawi | government | 2005-03-01 | 2005-04-30
    David Fuentes |  | costa-rica | government | 2005-11-01 | 2006-06-30
    David Gutierrez |  | el-salvador | government | 2004-07-01 | 2007-03-31
    David Jawara |  | gambia | government | 1962-06-12 | 1970-04-24
    David Kilgour |  | canada | government | 2003-01-01 | 2003-12-31
    David Kpomakpor |  | liberia | government | 1994-03-07 | 1995-09-01
    David Lange |  | new-zealand | government | 1984-07-26 | 1989-08-08
    David Laws |  | united-kingdom | government | 2010-06-01 | 2010-06-30
    David Lee |  | taiwan | government | 2004-10-01 | 2008-02-28
    David Lemor |  | peru | government | 2005-04-01 | 2006-08-31
    David Manning |  | united-kingdom | government | 2003-11-01 | 2007-11-30
    David Mendoza Lupiac |  | honduras | government | 2003-01-01 | 2006-02-28
    David Menyongar |  | liberia | government | 2006-05-01 | 2010-12-31
    David Miliband | David Wright Miliband | united-kingdom | government | 2005-06-01 | 2006-05-31
    David Miliband | David Wright Miliband | united-kingdom | government | 2007-07-01 | 2010-05-31
    David Mwiraria |  | kenya | government | 2003-01-01 | 2006-03-31
    David Newsom | David D. Newsom | united-states | government | 1980-05-02 | 1980-05-04
    David Newsom | David D. Newsom | united-states | government | 1981-01-18 | 1981-01-22
    David Nimley |  | liberia | government | 1990-09-09 | 1990-11-22
    David Oddsson |  | iceland | government | 1991-04-30 | 2004-09-15
    David Oddsson |  | iceland | government | 2003-01-01 | 2004-09-30
    David Oliver Abel |  | myanmar | government | 2003-01-01 | 2003-08-31
    David Padilla Arancibia |  | bolivia | government | 1978-11-24 | 1979-08-08
    David Parker |  | new-zealand | government | 2005-12-01 | 2008-12-31
    David Simango |  | mozambique | government | 2005-03-01 | 2009-02-28
    David Teixeira Ferreira |  | mozambique | government | 1974-04-27 | 1974-06-11
    David Thompson |  | barbados | government | 2008-03-01 | 2010-10-31
    David Waisman |  | peru | government | 2003-01-01 | 2006-08-31
    Davis Katsonga |  | malawi | government | 2003-01-01 | 2003-03-31
    Davis Katsonga |  | malawi | government | 2005-05-01 | 2006-06-30
    Davis Katsonga |  | malawi | government | 2007-06-01 | 2008-03-31
    Davud Danesh Jafari |  | iran | government | 2005-09-01 | 2008-04-30
    De Anne Kelly |  | australia | government | 2004-12-01 | 2006-04-30
    Dean Acheson |  | united-states | government | 1949-01-21 | 1953-01-20
    Dean Rusk |  | united-states | government | 1961-01-21 | 1969-01-20
    Debora Adriana Giorgi de Ordonez |  | argentina | government | 2009-10-01 | 2010-07-31
    Debora Giorgi |  | argentina | government | 2008-12-01 | 2009-09-30
    Deepak Gyawali |  | nepal | government | 2003-01-01 | 2003-08-31
    Delcy Rodriguez |  | venezuela | government | 2006-04-01 | 2006-08-31
    Delfim Neves |  | sao-tome-and-principe | government | 2006-05-01 | 2008-07-31
    Delia Domingo Albert |  | philippines | government | 2004-01-01 | 2004-08-31
    Delwa Kassire Koumakoye |  | chad | government | 1993-11-06 | 1995-04-08
    Delwa Kassire Koumakoye |  | chad | government | 2007-02-26 | 2008-04-16
    Demetrio Elo Ndong |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Deng Alor Kuol | Deng Alor Kol | sudan | government | 2005-11-01 | 2010-06-30
    Denis Coderre |  | canada | government | 2003-01-01 | 2004-07-31
    Denis Dangue Rewaka |  | gabon | government | 2003-01-01 | 2010-01-31
    Denis Mcdonough |  | united-states | government | 2010-10-22 | 2013-01-25
    Denis Paradis |  | canada | government | 2003-01-01 | 2003-12-31
    Denise Sinankwa | Denise Sinaghwa | burundi | government | 2006-10-01 | 2007-07-31
    Dennis Bright |  | sierra-leone | government | 2003-01-01 | 2007-10-31
    Dennis Richardson |  | australia | government | 2006-05-01 | 2010-01-31
    Dennis Young |  | papua-new-guinea | government | 1989-12-31 | 1990-02-27
    Dennis Young |  | papua-new-guinea | government | 1991-10-04 | 1991-11-18
    Derliz Palacios |  | ecuador | government | 2005-05-01 | 2005-11-30
    Derliz Palacios |  | ecuador | government | 2007-08-01 | 2008-10-31
    Dermot Ahern |  | ireland | government | 2004-11-01 | 2008-05-31
    Derog Gioura |  | nauru | government | 2003-03-10 | 2003-05-29
    Derog Gioura |  | nauru | government | 2003-09-01 | 2004-07-31
    Des Browne |  | united-kingdom | government | 2005-06-01 | 2006-05-31
    Desi Bouterse |  | suriname | government | 1980-08-13 | 1980-08-15
    Desi Bouterse |  | suriname | government | 1982-02-04 | 1982-02-08
    Desire Nyandwi |  | rwanda | government | 2003-01-01 | 2003-01-31
    Desire Pascal Missongo |  | gabon | government | 2003-01-01 | 2008-03-31
    Desmond Akawor |  | nigeria | government | 2007-02-01 | 2007-07-31
    Devinda R. Subasinghe |  | sri-lanka | government | 2003-01-01 | 2005-05-31
    Dewanand Balesar |  | suriname | government | 2003-01-01 | 2005-05-31
    Dharma Bahadur Thapa |  | nepal | government | 2003-01-01 | 2003-06-30
    Diallo Djenabou Saifou |  | guinea | government | 2009-06-01 | 2011-01-31
    Diane Finley |  | canada | government | 2007-02-01 | 2008-10-31
    Diarra Traore |  | guinea | government | 1984-04-05 | 1984-12-18
    Dickie Bradley |  | belize | government | 2003-01-01 | 2003-12-31
    Didace Kiganahe |  | burundi | government | 2003-01-01 | 2003-12-31
    Didier Donfut |  | belgium | government | 2004-08-01 | 2007-12-31
    Didier Opertti |  | uruguay | government | 2003-01-01 | 2005-02-28
    Didjob Divungi di Ndinge |  | gabon | government | 2003-01-01 | 2007-05-31
    Didjob Divungi di Ndinge |  | gabon | government | 2007-09-01 | 2007-10-31
    Didjob Divungi di Ndinge |  | gabon | government | 2007-12-01 | 2008-01-31
    Didymus Mutasa |  | zimbabwe | government | 2009-03-01 | 2010-09-30
    Diego Borja |  | ecuador | government | 2006-02-01 | 2006-07-31
    Diego Borja |  | ecuador | government | 2009-02-01 | 2010-04-30
    Diego Cordovez |  | ecuador | government | 2005-12-01 | 2007-11-30
    Diego Montenegro Ernst |  | bolivia | government | 2003-11-01 | 2004-05-31
    Diego Palacio Betancourt |  | colombia | government | 2003-03-01 | 2010-08-31
    Dieudonn Ambassa Zang |  | cameroon | government | 2003-01-01 | 2003-11-30
    Dieudonn Ambassa Zang |  | cameroon | government | 2004-01-01 | 2004-05-31
    Dieudonn Ambassa Zang |  | cameroon | government | 2004-07-01 | 2005-01-31
    Dieudonne Ngowembona |  | burundi | government | 2005-09-01 | 2007-01-31
    Digvijay Singh |  | india | government | 2003-01-01 | 2004-01-31
    Dilio Arcia Torres |  | panama | government | 2008-07-01 | 2008-12-31
    Dilipkumar Mansukhlal Gandhi |  | india | government | 2003-05-01 | 2004-01-31
    Dillon Anderson |  | united-states | government | 1955-04-02 | 1956-09-01
    Dilma Rousseff |  | brazil | government | 2005-08-01 | 2010-04-30
    Dimitur Kalchev |  | bulgaria | government | 2003-01-01 | 2005-08-31
    Dimitur Popov |  | bulgaria | government | 1990-12-20 | 1991-11-08
    Dinesh Gunawardene | Dinesh Gunawardena | sri-lanka | government | 2004-06-01 | 2005-11-30
    Dingiri Banda Wijetunge |  | sri-lanka | government | 1989-03-03 | 1993-05-07
    Dingiri Banda Wijetunge |  | sri-lanka | government | 1993-05-01 | 1994-11-12
    Diodorus Kamala |  | tanzania | government | 2008-03-01 | 2010-12-31
    Diogo Freitas Do Amaral |  | portugal | government | 2005-04-01 | 2006-07-31
    Dionisio Borda |  | paraguay | government | 2003-09-01 | 2005-05-31
    Dionisio Borda |  | paraguay | government | 2008-09-01 | 2009-09-30
    Dionisio Cabi |  | guinea | government | 2007-01-01 | 2007-07-31
    Dionisio Cabi |  | guinea | government | 2008-09-01 | 2009-03-31
    Dionisio Garzon Martinez |  | bolivia | government | 2005-07-01 | 2006-01-31
    Diosdado Cabello |  | venezuela | government | 2002-01-13 | 2002-04-12
    Diosdado Cabello |  | venezuela | government | 2002-04-13 | 2002-04-14
    Diosdado Cabello |  | venezuela | government | 2002-04-14 | 2002-05-05
    Diosdado Cabello |  | venezuela | government | 2003-01-01 | 2004-03-31
    Diosdado Cabello |  | venezuela | government | 2009-01-01 | 2010-06-30
    Dipendra Bir Bikram Shah Deva |  | nepal | government | 2001-06-01 | 2001-06-04
    Dirk Jan van den Berg |  | netherlands | government | 2003-01-01 | 2006-08-31
    Dismas Nsengiyaremye |  | rwanda | government | 1992-04-02 | 1993-07-18
    Djamel Ould Abbas |  | algeria | government | 2004-07-01 | 2005-05-31
    Djamel Ould Abbas |  | algeria | government | 2007-07-01 | 2010-06-30
    Djerareou Bakita |  | chad | government | 2006-10-01 | 2008-04-30
    Djibo Leity Ka | Djibo Leyti Ka | senegal | government | 2007-01-01 | 2009-05-31
    Djibril Tangara |  | mali | government | 2003-01-01 | 2003-05-31
    Djibril Tangara |  | mali | government | 2003-07-01 | 2004-07-31
    Djibril Yipene Bassolet |  | burkina-faso | government | 2007-07-01 | 2008-08-31
    Djidda Moussa Outman |  | chad | government | 2006-10-01 | 2010-03-31
    Djidingar Dono Ngardoum |  | chad | government | 1982-05-19 | 1982-06-19
    Djigui Camara |  | guinea | government | 2008-08-01 | 2009-03-31
    Djimasta Koibla |  | chad | government | 1995-04-08 | 1997-05-17
    Djimtibaye Lapia Neldjita |  | chad | government | 2003-01-01 | 2004-08-31
    Djurdja Adlesic |  | croatia | government | 2008-03-01 | 2011-01-31
    Dmitriy Kozak | Dmitriy Nikolayevich Kozak | russia | government | 2004-04-01 | 2004-09-30
    Dmitry Medvedev |  | russia | government | 2005-12-01 | 2007-02-28
    Dmolo Issa Moko |  | benin | government | 2007-07-01 | 2008-11-30
    Do Muoi |  | vietnam | government | 1988-06-22 | 1991-08-08
    Do Muoi |  | vietnam | government | 1991-06-27 | 1997-12-29
    Do Quang Trung |  | vietnam | government | 2003-01-01 | 2007-08-31
    Doan Manh Giao |  | vietnam | government | 2003-01-01 | 2007-08-31
    Dodou Bammy Jagne |  | gambia | government | 2005-01-01 | 2005-06-30
    Dogabe Jeremiah |  | nauru | government | 2003-07-01 | 2003-08-31
    Doje Cering |  | china | government | 2003-01-01 | 2003-04-30
    Dolores Cristina |  | malta | government | 2004-05-01 | 2008-03-31
    Dom Mintoff |  | malta | government | 1971-06-21 | 1984-12-22
    Domenico Siniscalco |  | italy | government | 2004-10-01 | 2005-10-31
    Dominador Bazan Jimenez |  | panama | government | 2003-01-01 | 2004-09-30
    Domingo Marioti |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Domingo Pereira | Domingo Simoes Pereira | guinea | government | 2003-01-01 | 2003-12-31
    Domingos Augustos Ferreira | Domingos Augusto Ferreira | sao-tome-and-principe | government | 2003-01-01 | 2006-06-30
    Domingos Jeronimo |  | portugal | government | 2004-07-01 | 2005-03-31
    Domingos Mascarenhas |  | cape-verde | government | 2004-08-01 | 2008-07-31
    Dominic Fobih |  | ghana | government | 2003-04-01 | 2006-05-31
    Dominic Yin Tat Chan |  | china | government | 2003-01-01 | 2004-12-31
    Dominique Bussereau |  | france | government | 2004-04-01 | 2004-12-31
    Dominique Sohounhloue |  | benin | government | 2003-01-01 | 2003-06-30
    Dominique Struye de Swielande |  | belgium | government | 2007-02-01 | 2009-02-28
    Dominique Versini |  | france | government | 2003-01-01 | 2004-04-30
    Dominique de Villepin |  | france | government | 2003-01-01 | 2004-03-31
    Dominique de Villepin |  | france | government | 2005-05-31 | 2007-05-17
    Dominique de Villepin |  | france | government | 2005-06-01 | 2007-05-31
    Domitien Ndayizeye |  | burundi | government | 2003-01-01 | 2005-08-31
    Domitien Ndayizeye |  | burundi | government | 2003-04-30 | 2005-08-26
    Don Polye | Don Poyle | papua-new-guinea | government | 2007-09-01 | 2007-09-30
    Don Pramudwinai |  | thailand | government | 2007-09-01 | 2009-07-31
    Donald Buchanan |  | jamaica | government | 2003-01-01 | 2006-03-31
    Donald Collin Cumyn Luddington |  | solomon-islands | government | 1973-01-01 | 1976-01-01
    Donald F. Mchenry |  | united-states | government | 1979-09-23 | 1981-01-20
    Donald Kaberuka |  | rwanda | government | 2003-01-01 | 2005-08-31
    Donald Kalpokas |  | vanuatu | government | 1998-03-30 | 1999-11-25
    Donald Mackay | Donald J. M Ackay | new-zealand | government | 2003-01-01 | 2005-08-31
    Donald Regan |  | united-states | government | 1985-02-04 | 1987-02-27
    Donald Rumsfeld | Donald H. Rumsfeld | united-states | government | 1974-09-01 | 1975-11-01
    Dong Biwu |  | china | government | 1968-10-31 | 1972-02-24
    Dong Biwu |  | china | government | 1972-02-24 | 1975-01-17
    Doris Bures |  | austria | government | 2007-02-01 | 2008-07-31
    Doris Solis | Doris Soliz | ecuador | government | 2007-12-01 | 2009-08-31
    Dorodjatun Kuntjoro Jakti |  | indonesia | government | 2003-01-01 | 2003-09-30
    Douglas Alexander | Douglas Garven Alexander | united-kingdom | government | 2006-06-01 | 2007-06-30
    Dover Samuels |  | new-zealand | government | 2004-04-01 | 2008-12-31
    Driss Jettou |  | morocco | government | 2002-10-09 | 2007-09-19
    Driss Jettou |  | morocco | government | 2003-01-01 | 2007-10-31
    Drocella Mugorewera | Drocella Mugorwewera | rwanda | government | 2003-02-01 | 2004-06-30
    Dubem Onyia |  | nigeria | government | 2003-01-01 | 2003-07-31
    Dudley Shelton Senanayake |  | sri-lanka | government | 1965-03-27 | 1970-05-29
    Dumaagiyn Sodnom |  | mongolia | government | 1984-12-12 | 1990-03-21
    Dumisani Shadrack Kumalo |  | south-africa | government | 2003-01-01 | 2009-03-31
    Dumsile Sukati |  | eswatini | government | 2006-07-01 | 2009-07-31
    Dunstan Weston Kamana |  | zambia | government | 2003-01-01 | 2004-11-30
    Dupe Adelaja |  | nigeria | government | 2003-01-01 | 2003-07-31
    Dwight D. Eisenhower | Dwight Eisenhower | united-states | government | 1953-01-20 | 1961-01-20
    Eamon Courtney | Eamon Courtenay | belize | government | 2004-02-01 | 2004-11-30
    Eamon Courtney | Eamon Courtenay | belize | government | 2006-05-01 | 2007-06-30
    Earl Stephen Huntley |  | saint-lucia | government | 2003-01-01 | 2003-10-31
    Eberhard van der Laan |  | netherlands | government | 2009-01-01 | 2010-03-31
    Ed Miliband |  | united-kingdom | government | 2007-07-01 | 2008-10-31
    Eddie Fenech Adami |  | malta | government | 1987-05-12 | 1996-10-28
    Eddie Fenech Adami |  | malta | government | 1998-09-06 | 2004-03-23
    Edem Kodjo |  | togo | government | 1994-04-23 | 1996-08-20
    Edem Kodjo |  | togo | government | 2005-06-09 | 2006-09-20
    Edgar Gutierrez |  | guatemala | government | 2003-01-01 | 2004-01-31
    Edison James |  | dominica | government | 1995-06-14 | 2000-02-03
    Edith Brunela Gomez |  | venezuela | government | 2008-05-01 | 2008-06-30
    Edith Cresson |  | france | government | 1991-05-15 | 1992-04-02
    Edith Grace Ssempala |  | uganda | government | 2003-01-01 | 2006-06-30
    Edmond Leburton |  | belgium | government | 1973-01-26 | 1974-04-25
    Edmund Ho Hau Wah |  | china | government | 2005-01-01 | 2009-12-31
    Edmund S. Muskie | Edmund Muskie | united-states | government | 1980-05-08 | 1981-01-18
    Edmundo Orellana Mercado |  | honduras | government | 2008-03-01 | 2008-11-30
    Edmundo Perez Yoma |  | chile | government | 2008-03-01 | 2010-03-31
    Edouard Balladur |  | france | government | 1993-03-29 | 1995-05-18
    Edouard Frank |  | central-african-republic | government | 1991-03-15 | 1992-12-04
    Edouard Kabukabwa Bitangilay |  | democratic-republic-of-the-congo | government | 2007-12-01 | 2008-10-31
    Edouard Kadigiri |  | burundi | government | 2003-01-01 | 2003-01-31
    Edouard Nzambimana |  | burundi | government | 1976-11-12 | 1978-10-13
    Eduard Kukan |  | slovakia | government | 2003-01-01 | 2006-07-31
    Eduardo Amadeo |  | argentina | government | 2003-01-01 | 2003-07-31
    Eduardo Arantes E Oliveira |  | mozambique | government | 1970-01-01 | 1972-01-01
    Eduardo Bauza |  | argentina | government | 1995-07-08 | 1996-03-28
    Eduardo Bitran |  | chile | government | 2006-05-01 | 2008-02-28
    Eduardo Camano |  | argentina | government | 2001-12-31 | 2002-01-02
    Eduardo Campos |  | brazil | government | 2004-03-01 | 2006-05-31
    Eduardo Dockendorff Vallejos |  | chile | government | 2004-07-01 | 2006-04-30
    Eduardo Duhalde |  | argentina | government | 2002-01-02 | 2003-05-25
    Eduardo Ermita |  | philippines | government | 2004-09-01 | 2010-03-31
    Eduardo Esteban Alvarez Camacho |  | venezuela | government | 2007-02-01 | 2008-02-28
    Eduardo Ferrero |  | peru | government | 2004-03-01 | 2006-09-30
    Eduardo Frei Ruiz Tagle |  | chile | government | 1994-03-11 | 2000-03-11
    Eduardo Iriarte Jimenez |  | peru | government | 2003-01-01 | 2004-02-28
    Eduardo Kafati |  | honduras | government | 2003-01-01 | 2006-02-28
    Eduardo Leopoldo Severim de Morais |  | angola | government | 2008-12-01 | 2010-05-31
    Eduardo Medina Mora |  | mexico | government | 2006-12-01 | 2009-10-31
    Eduardo Montealegra | Eduardo Montealegre | nicaragua | government | 2003-01-01 | 2006-01-31
    Eduardo Montiel |  | nicaragua | government | 2004-05-01 | 2004-12-31
    Eduardo Quiros |  | panama | government | 2003-01-01 | 2004-09-30
    Eduardo Rodriguez |  | bolivia | government | 2005-06-09 | 2006-01-22
    Eduardo Romero Ramos |  | mexico | government | 2003-04-01 | 2006-11-30
    Eduardo Sevilla Somoza |  | nicaragua | government | 2003-01-01 | 2007-06-30
    Eduardo Sojo Garza Aldape |  | mexico | government | 2006-12-01 | 2008-10-31
    Eduardo Stein |  | guatemala | government | 2004-02-01 | 2008-02-28
    Eduardo Urcuyo |  | nicaragua | government | 2003-07-01 | 2004-01-31
    Eduardo Weymann |  | guatemala | government | 2003-01-01 | 2004-01-31
    Eduoard Janota |  | czech-republic | government | 2009-07-01 | 2010-07-31
    Edward Akufo Addo |  | ghana | government | 1970-08-31 | 1972-01-13
    Edward Babiuch |  | poland | government | 1980-02-18 | 1980-08-24
    Edward H. Levi |  | united-states | government | 1975-01-14 | 1977-01-20
    Edward Hart |  | trinidad-and-tobago | government | 2004-04-01 | 2004-06-30
    Edward Heath |  | united-kingdom | government | 1970-06-19 | 1974-03-04
    Edward J. Perkins |  | united-states | government | 1992-04-06 | 1993-01-27
    Edward Lowassa |  | tanzania | government | 2003-01-01 | 2003-01-31
    Edward Lowassa |  | tanzania | government | 2005-12-30 | 2008-02-09
    Edward Lowassa |  | tanzania | government | 2006-03-01 | 2008-02-28
    Edward Natapei | Edward Nipake Natapei | vanuatu | government | 1999-03-02 | 1999-03-24
    Edward Natapei | Edward Nipake Natapei | vanuatu | government | 2001-04-13 | 2004-07-29
    Edward Natapei | Edward Nipake Natapei | vanuatu | government | 2003-01-01 | 2004-08-31
    Edward Natapei | Edward Nipake Natapei | vanuatu | government | 2005-08-01 | 2010-12-31
    Edward Oliver Leblanc |  | dominica | government | 1967-03-01 | 1974-07-27
    Edward Osel Kwaku |  | ghana | government | 2003-01-01 | 2003-03-31
    Edward R. Schreyer |  | canada | government | 1979-01-22 | 1984-05-14
    Edward Seaga |  | jamaica | government | 1980-11-01 | 1989-02-10
    Edward Stettinius |  | united-states | government | 1945-12-21 | 1946-06-03
    Edward Zacca |  | jamaica | government | 1991-03-31 | 1991-08-01
    Edwin Meese III |  | united-states | government | 1985-02-25 | 1988-08-12
    Eero Heinaluoma |  | finland | government | 2005-10-01 | 2007-04-30
    Effendi Norwawi |  | malaysia | government | 2006-03-01 | 2008-03-31
    Efi Eitam |  | israel | government | 2003-03-01 | 2004-05-31
    Efrain Goldenberg Schreiber |  | peru | government | 1994-02-17 | 1995-07-28
    Efrain Hugo Siles Alvarado |  | bolivia | government | 2007-10-01 | 2009-03-31
    Efrain Rios Montt |  | guatemala | government | 1982-03-23 | 1983-08-08
    Egide Boundono |  | gabon | government | 2003-01-01 | 2008-03-31
    Egon Krenz |  | east-germany | government | 1989-10-24 | 1989-12-06
    Ehud Barak |  | israel | government | 1999-07-06 | 2001-03-07
    Ehud Olmert |  | israel | government | 2003-03-01 | 2009-03-31
    Ehud Olmert |  | israel | government | 2006-01-04 | 2009-03-31
    Eid al Fayez |  | jordan | government | 2006-06-01 | 2009-02-28
    Eino Uusitalo |  | finland | government | 1981-09-11 | 1982-02-19
    Eisaku Sato |  | japan | government | 1964-11-09 | 1972-07-06
    Eitan Cabel |  | israel | government | 2006-06-01 | 2007-05-31
    Ek Sereywath |  | cambodia | government | 2005-12-01 | 2008-11-30
    Eke Ahmed Halloway |  | sierra-leone | government | 2003-01-01 | 2007-10-31
    El Fatih Mohammed Ahmed Erwa |  | sudan | government | 2003-01-01 | 2006-07-31
    El Hadi Khaldi | El Hadi Khalidi | algeria | government | 2004-07-01 | 2004-09-30
    El Hadi Khaldi | El Hadi Khalidi | algeria | government | 2004-11-01 | 2004-11-30
    El Hadi Khaldi | El Hadi Khalidi | algeria | government | 2005-01-01 | 2005-05-31
    El Hadj Daouda Faye |  | senegal | government | 2007-01-01 | 2009-05-31
    El Hadj Diouf |  | senegal | government | 2007-01-01 | 2007-07-31
    El Hadj Moussa Solano |  | guinea | government | 2006-11-01 | 2007-07-31
    Eladio Loizaga |  | paraguay | government | 2003-02-01 | 2008-08-31
    Eladio Loizaga |  | paraguay | government | 2008-12-01 | 2009-09-30
    Elbio Rosselli |  | uruguay | government | 2007-09-01 | 2008-07-31
    Elbuchel Sadang |  | palau | government | 2003-01-01 | 2009-03-31
    Elemer Kiss |  | hungary | government | 2003-01-01 | 2004-06-30
    Elena Conterno Martinelli |  | peru | government | 2008-11-01 | 2009-07-31
    Elena Poptodorova |  | bulgaria | government | 2003-06-01 | 2009-06-30
    Eli Suissa |  | israel | government | 2003-01-01 | 2003-02-28
    Elias Camsek Chin |  | palau | government | 2006-03-01 | 2009-03-31
    Elias Hrawi |  | lebanon | government | 1989-11-24 | 1998-11-23
    Elias Jaua |  | venezuela | government | 2004-11-01 | 2006-02-28
    Elias Murr |  | lebanon | government | 2003-01-01 | 2004-10-31
    Elias Murr |  | lebanon | government | 2005-07-01 | 2008-07-31
    Elias Phisoana Ramaema |  | lesotho | government | 1991-05-02 | 1993-04-02
    Elias Saba |  | lebanon | government | 2004-12-01 | 2005-07-31
    Elias Sarkis |  | lebanon | government | 1976-09-23 | 1982-09-22
    Elie Dote |  | central-african-republic | government | 2005-06-13 | 2008-01-22
    Eliezer Zandberg |  | israel | government | 2004-08-01 | 2004-12-31
    Elinor Caplan |  | canada | government | 2003-01-01 | 2003-12-31
    Elisabeth Domitien |  | central-african-republic | government | 1975-01-02 | 1976-04-07
    Eliyahu Yishai |  | israel | government | 2003-01-01 | 2003-03-31
    Elizabeth Aipira |  | malawi | government | 2006-07-01 | 2009-06-30
    Elizabeth Ohene |  | ghana | government | 2003-01-01 | 2003-03-31
    Ella Vogelaar |  | netherlands | government | 2007-03-01 | 2008-12-31
    Ellen Margrethe Loj |  | denmark | government | 2003-01-01 | 2007-06-30
    Elliot Manyika |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Elliot Richardson |  | united-states | government | 1973-05-25 | 1973-10-20
    Ellsworth John |  | saint-vincent-and-the-grenadines | government | 2003-01-01 | 2008-07-31
    Eloy Ferreira de Araujo |  | brazil | government | 2010-05-01 | 2010-12-31
    Elsa Teixeira Pinto |  | sao-tome-and-principe | government | 2003-01-01 | 2006-04-30
    Elvin Ernesto Santos |  | honduras | government | 2006-03-01 | 2009-01-31
    Elvin Nimrod |  | grenada | government | 2003-01-01 | 2008-07-31
    Ely Ould Mohamed Vall |  | mauritius | government | 2005-08-03 | 2007-04-19
    Elyakim Rubenstein |  | israel | government | 2003-01-01 | 2004-04-30
    Elzbieta Jakubiak |  | poland | government | 2007-08-01 | 2007-11-30
    Em Sam An |  | cambodia | government | 2003-01-01 | 2004-11-30
    Emanuel Saturnino da Costa |  | guinea | government | 2009-04-01 | 2009-10-31
    Emel Etem |  | bulgaria | government | 2005-09-01 | 2009-11-30
    Emil Constantinescu |  | romania | government | 1996-11-29 | 2000-12-20
    Emile Jonassaint |  | haiti | government | 1994-05-12 | 1994-10-12
    Emile Lahoud |  | lebanon | government | 1998-11-24 | 2007-11-23
    Emile Ngoy Kassongo | Emile Njoy Kasongo | democratic-republic-of-the-congo | government | 2004-08-01 | 2005-01-31
    Emilia Boncodin |  | philippines | government | 2005-02-01 | 2005-07-31
    Emilienne Raoul |  | republic-of-the-congo | government | 2004-09-01 | 2004-09-30
    Emilienne Raoul |  | republic-of-the-congo | government | 2004-11-01 | 2005-04-30
    Emilienne Raoul |  | republic-of-the-congo | government | 2005-06-01 | 2007-03-31
    Emilio Eduardo Massera |  | argentina | government | 1976-03-24 | 1976-03-29
    Emma Bonino |  | italy | government | 2006-06-01 | 2007-01-31
    Emmanuel Edou |  | cameroon | government | 2005-02-01 | 2006-10-31
    Emmanuel Kasonde |  | zambia | government | 2003-01-01 | 2003-06-30
    Emmanuel Leung Shing |  | mauritius | government | 2003-01-01 | 2005-08-31
    Emmanuel Ondo Metogho |  | gabon | government | 2003-01-01 | 2008-03-31
    Emmanuel Tiando |  | benin | government | 2007-07-01 | 2008-11-30
    Emmett Taylor |  | liberia | government | 2003-01-01 | 2003-10-31
    Emran bin Bahar |  | brunei | government | 2006-08-01 | 2008-10-31
    Emyr Jones Parry |  | united-kingdom | government | 2003-09-01 | 2007-08-31
    Endalkachew Makonnen |  | ethiopia | government | 1974-03-01 | 1974-07-22
    Endre Juhasz |  | hungary | government | 2003-06-01 | 2004-06-30
    Enele Sopoanga |  | tuvalu | government | 2010-11-01 | 2011-01-31
    Enele Sosene Sopoaga |  | tuvalu | government | 2006-09-01 | 2010-05-31
    Enkhtsetseg Ochir |  | mongolia | government | 2008-08-01 | 2008-11-30
    Enoch Derant Lakoue |  | central-african-republic | government | 1993-02-26 | 1993-10-25
    Enoch Kavindele |  | zambia | government | 2003-01-01 | 2003-06-30
    Enrico Letta |  | italy | government | 2006-07-01 | 2008-05-31
    Enrico la Loggia |  | italy | government | 2003-01-01 | 2006-05-31
    Enrique Berruga Filloy |  | mexico | government | 2004-02-01 | 2007-04-30
    Enrique Bolanos |  | nicaragua | government | 2002-01-10 | 2007-01-10
    Enrique Cornejo Ramirez |  | peru | government | 2008-01-01 | 2008-11-30
    Enrique Flores Lanza |  | honduras | government | 2008-03-01 | 2010-01-31
    Enzo Colombini |  | san-marino | government | 2000-10-01 | 2001-04-01
    Ephraim Eitam |  | israel | government | 2003-01-01 | 2003-02-28
    Ephraim Eitam |  | israel | government | 2004-06-01 | 2004-06-30
    Ephriam Ngwafor Ndeh |  | cameroon | government | 2004-07-01 | 2005-01-31
    Erasmo Lara Pena |  | dominican-republic | government | 2005-09-01 | 2010-04-30
    Erato Kozakou Marcoulli |  | cyprus | government | 2003-01-01 | 2004-05-31
    Erato Kozakou Marcoulli |  | cyprus | government | 2007-08-01 | 2008-02-28
    Erdal Inonu |  | turkey | government | 1993-05-16 | 1993-06-25
    Eric Abetz |  | australia | government | 2003-01-01 | 2006-04-30
    Eric Besson |  | france | government | 2007-06-01 | 2008-03-31
    Eric Gairy |  | grenada | government | 1954-01-01 | 1956-01-01
    Eric Gairy |  | grenada | government | 1958-01-01 | 1960-01-01
    Eric Gairy |  | grenada | government | 1961-08-01 | 1962-06-19
    Eric Gairy |  | grenada | government | 1967-08-01 | 1979-03-13
    Eric Sorongope |  | central-african-republic | government | 2003-01-01 | 2003-03-31
    Eric Woerth |  | france | government | 2004-05-01 | 2005-06-30
    Eric Woerth |  | france | government | 2007-06-01 | 2010-04-30
    Erich Honecker |  | east-germany | government | 1976-10-29 | 1989-10-24
    Erika Farias |  | venezuela | government | 2007-12-01 | 2008-02-28
    Erika Farias |  | venezuela | government | 2009-04-01 | 2010-06-30
    Eriya Kategaya |  | uganda | government | 2003-01-01 | 2003-05-31
    Erkki Tuomioja |  | finland | government | 2003-01-01 | 2007-04-30
    Ermel Fiallos |  | ecuador | government | 2003-08-01 | 2003-12-31
    Ermelinda Meksi |  | albania | government | 2003-09-01 | 2004-05-31
    Ermelinda Meksi |  | albania | government | 2004-10-01 | 2005-09-30
    Ernest Shonekan |  | nigeria | government | 1993-01-04 | 1993-08-26
    Ernest Shonekan |  | nigeria | government | 1993-08-26 | 1993-11-17
    Ernesto Aranibar Quiroga |  | bolivia | government | 2004-08-01 | 2006-08-31
    Ernesto Ferreira de Macedo |  | angola | government | 1975-08-02 | 1975-08-26
    Ernesto Geisel |  | brazil | government | 1974-03-15 | 1979-03-15
    Ernesto Perez Balladares |  | panama | government | 1994-09-01 | 1999-09-01
    Ernesto Samper Pizano |  | colombia | government | 1994-08-07 | 1998-08-07
    Ernesto Zedillo |  | mexico | government | 1994-12-01 | 2000-11-30
    Ernst Bergen |  | paraguay | government | 2005-06-01 | 2007-07-31
    Ernst Strasser |  | austria | government | 2003-01-01 | 2004-12-31
    Ernst Walch |  | liechtenstein | government | 2003-01-01 | 2005-04-30
    Eroll Cort |  | antigua-and-barbuda | government | 2005-02-01 | 2009-04-30
    Errol Barrow |  | barbados | government | 1986-05-29 | 1987-06-01
    Erskine Bowles |  | united-states | government | 1997-01-20 | 1998-10-30
    Erskine Sandiford |  | barbados | government | 1987-06-01 | 1994-09-07
    Ertha Pascal Trouillot |  | haiti | government | 1990-03-13 | 1991-01-07
    Ertha Pascal Trouillot |  | haiti | government | 1991-01-07 | 1991-02-07
    Ertugrul Yalcinbayir |  | turkey | government | 2003-01-01 | 2003-02-28
    Erwin Buchinger |  | austria | government | 2008-08-01 | 2008-12-31
    Esko Aho |  | finland | government | 1991-04-26 | 1995-04-13
    Essa Sey |  | gambia | government | 2003-04-01 | 2003-12-31
    Essop Pahad |  | south-africa | government | 2003-01-01 | 2008-10-31
    Estanislau Sangra Font |  | andorra | government | 1978-12-29 | 1982-01-04
    Esteban Piedrahita |  | colombia | government | 2009-08-01 | 2010-08-31
    Esther Byer Sukoo | Esther Byer Suckoo | barbados | government | 2008-12-01 | 2010-03-31
    Esther Nenandi Usman |  | nigeria | government | 2006-08-01 | 2007-07-31
    Estrella Alabastro |  | philippines | government | 2003-01-01 | 2010-07-31
    Estuardo Penaherrera |  | ecuador | government | 2003-01-01 | 2005-03-31
    Eta Elizabeth Mtendere |  | malawi | government | 2009-07-01 | 2009-08-31
    Etele Barath |  | hungary | government | 2004-11-01 | 2006-06-30
    Ethel Blondin Andrew |  | canada | government | 2003-01-01 | 2003-12-31
    Eti Alesana Tofilau |  | samoa | government | 2003-01-01 | 2004-02-28
    Etienne Kossi |  | benin | government | 2009-03-01 | 2010-06-30
    Etienne Schouppe |  | belgium | government | 2009-01-01 | 2009-11-30
    Eudes Saint Preux |  | haiti | government | 2003-01-01 | 2004-05-31
    Eugen Bejinariu |  | romania | government | 2004-12-21 | 2004-12-29
    Eugene Camara |  | guinea | government | 2006-11-01 | 2007-03-31
    Eugene Camara |  | guinea | government | 2007-02-09 | 2007-03-01
    Eugene Chien |  | taiwan | government | 2003-01-01 | 2004-04-30
    Eugene Koffi Adoboli |  | togo | government | 1999-05-21 | 2000-08-31
    Eugene Richard Gasana |  | rwanda | government | 2009-06-01 | 2009-12-31
    Eugenia Charles |  | dominica | government | 1980-07-21 | 1995-06-14
    Eugenia Flores |  | costa-rica | government | 2006-07-01 | 2010-05-31
    Eugenia Saldanha | Eugenia Araujo Saldanha | guinea | government | 2004-07-01 | 2007-07-31
    Euripides Evriviades |  | cyprus | government | 2004-06-01 | 2006-12-31
    Eva Kjer Hansen | Eva Kjaer Hansen | denmark | government | 2004-09-01 | 2007-09-30
    Eva Nowotny |  | austria | government | 2006-01-01 | 2008-10-31
    Evariste Bizimana |  | rwanda | government | 2004-10-01 | 2006-03-31
    Evaristo Carvalho |  | sao-tome-and-principe | government | 2001-09-26 | 2002-03-28
    Ewald Wensley Limon |  | suriname | government | 2003-07-01 | 2008-08-31
    Eyeghe Ndong |  | gabon | government | 2007-09-01 | 2007-10-31
    Eyeghe Ndong |  | gabon | government | 2007-12-01 | 2008-01-31
    Ezekiel Alebua |  | solomon-islands | government | 1986-12-01 | 1989-03-28
    Ezer Weizman |  | israel | government | 1993-05-13 | 2000-07-12
    Ezra Suruma |  | uganda | government | 2005-02-01 | 2007-10-31
    F Hong Sun Huot |  | cambodia | government | 2003-01-01 | 2004-11-30
    F Norodom Ranariddh |  | cambodia | government | 2003-01-01 | 2004-11-30
    Fabian Alarcon |  | ecuador | government | 1997-02-06 | 1997-02-09
    Fabian Alarcon |  | ecuador | government | 1997-02-11 | 1998-08-10
    Fabio Berardi |  | san-marino | government | 2001-04-01 | 2001-10-01
    Fabio Berardi |  | san-marino | government | 2004-07-01 | 2006-08-31
    Fabio Mussi |  | italy | government | 2006-06-01 | 2008-05-31
    Fadela Amara |  | france | government | 2007-07-01 | 2009-11-30
    Faggan Singh Kuleste |  | india | government | 2003-01-01 | 2004-01-31
    Fahd Abul Athem Ensour |  | jordan | government | 2005-02-01 | 2005-04-30
    Fahd bin Abd al Aziz al Saud |  | saudi-arabia | government | 2003-01-01 | 2005-08-31
    Fahd bin Jasim al Thani |  | qatar | government | 2003-01-01 | 2004-05-31
    Fahd bin Jasim al Thani |  | qatar | government | 2004-07-01 | 2006-07-31
    Fahmi Ali al Jawdar |  | bahrain | government | 2003-01-01 | 2005-02-28
    Fahmi Ali al Jawdar |  | bahrain | government | 2005-11-01 | 2010-10-31
    Faimalaga Luka |  | tuvalu | government | 2001-02-24 | 2001-12-14
    Faimalaga Luka |  | tuvalu | government | 2003-09-09 | 2005-04-15
    Faisal Miqdad |  | syria | government | 2003-10-01 | 2006-06-30
    Faisal Saleh Hayat |  | pakistan | government | 2004-11-01 | 2005-12-31
    Faisal al Fayez |  | jordan | government | 2003-10-25 | 2005-04-07
    Faisal al Fayez |  | jordan | government | 2003-11-01 | 2005-04-30
    Fakhruddin Ahmed |  | bangladesh | government | 2007-03-01 | 2009-01-31
    Fakhruddin Ali Ahmed |  | india | government | 1974-08-24 | 1977-02-11
    Famara Jatta |  | gambia | government | 2003-01-01 | 2003-12-31
    Fan Kuang Chun |  | taiwan | government | 2002-02-04 | 2003-10-10
    Fan Liang Hsiu |  | taiwan | government | 2008-06-01 | 2010-04-30
    Fanny Law |  | china | government | 2007-01-01 | 2007-07-31
    Faraj Said bin Ghanem |  | yemen | government | 1997-05-14 | 1998-04-29
    Farhad Rahbar |  | iran | government | 2005-11-01 | 2007-07-31
    Fariborz Jahansuzan |  | iran | government | 2003-01-01 | 2003-08-31
    Farid Abboud |  | lebanon | government | 2003-01-01 | 2006-09-30
    Faris Nabulsi |  | jordan | government | 2003-01-01 | 2003-10-31
    Farit Gazizullin | Farit Rafikovich Gazizullin | russia | government | 2003-01-01 | 2004-03-31
    Farooq Ahmed Leghari |  | pakistan | government | 1993-11-14 | 1997-12-02
    Farouq Kasrawy |  | jordan | government | 2005-05-01 | 2006-04-30
    Faruk Logoglu |  | turkey | government | 2003-01-01 | 2005-05-31
    Fassou Niankoye Sagno |  | guinea | government | 2003-01-01 | 2006-10-31
    Fathallah Oulalou | Fathallah Oualalou | morocco | government | 2003-03-01 | 2007-10-31
    Fathimath Dhiyana Saeed |  | maldives | government | 2008-12-01 | 2009-11-30
    Fathulla Jameel |  | maldives | government | 2003-01-01 | 2005-05-31
    Fatiha Mentouri |  | algeria | government | 2003-01-01 | 2004-06-30
    Fatiha Mentouri |  | algeria | government | 2007-07-01 | 2008-06-30
    Fatima Mei Lei Choi |  | china | government | 2003-01-01 | 2010-07-31
    Fatima Veiga | Fatima Lima Veiga | cape-verde | government | 2003-01-01 | 2004-07-31
    Fatima Veiga | Fatima Lima Veiga | cape-verde | government | 2004-09-01 | 2008-06-30
    Fatima bint Ahmad al Balushi |  | bahrain | government | 2005-03-01 | 2005-10-31
    Fatima bint Ahmad al Balushi |  | bahrain | government | 2006-08-01 | 2010-08-31
    Fatime Kitmo | Fatime Kimto | chad | government | 2004-09-01 | 2005-08-31
    Fatma Zohra Bouchemla |  | algeria | government | 2003-01-01 | 2004-06-30
    Fatmir Sejdiu |  | kosovo | government | 2006-02-10 | 2010-09-27
    Fatos Nano |  | albania | government | 1991-02-22 | 1991-06-05
    Fatos Nano |  | albania | government | 1997-07-24 | 1998-10-02
    Fatos Nano |  | albania | government | 2002-07-31 | 2005-09-11
    Fatos Tarifa |  | albania | government | 2003-01-01 | 2005-09-30
    Fatou Bintou Taya Ndiaye |  | senegal | government | 2007-08-01 | 2009-05-31
    Fatou Diagne |  | senegal | government | 2007-08-01 | 2009-05-31
    Fatouma Trapsida |  | niger | government | 2004-04-01 | 2005-01-31
    Fatoumata Kaba Sidibe | Fatoumata Kaba Sidebe | guinea | government | 2005-09-01 | 2007-07-31
    Faure Gnassingbe | Faure Gnassinigbe | togo | government | 2005-02-05 | 2005-02-25
    Fausta Morganti |  | san-marino | government | 2005-05-01 | 2005-11-30
    Fausta Simona Morganti |  | san-marino | government | 2005-04-01 | 2005-10-01
    Faustin Twagiramungu |  | rwanda | government | 1994-07-19 | 1995-08-31
    Faustino Imbali |  | guinea-bissau | government | 2001-03-21 | 2001-12-09
    Fausto Bertinotti |  | italy | government | 2006-06-01 | 2008-05-31
    Fausto Ortiz de la Cadena |  | ecuador | government | 2007-08-01 | 2008-10-31
    Fawzi Salloukh |  | lebanon | government | 2005-08-01 | 2009-11-30
    Fawzi bin Abd al Majid al Shubukshi |  | saudi-arabia | government | 2003-01-01 | 2009-03-31
    Fayez Tarawneh | Fayez A. Tarawneh; Fayez Al-Tarawneh | jordan | government | 1998-08-20 | 1999-03-04
    Fayez Tarawneh | Fayez A. Tarawneh; Fayez Al-Tarawneh | jordan | government | 2012-05-02 | 2012-10-11
    Faysal Jawish |  | syria | government | 2003-01-01 | 2003-09-30
    Faysal Mahmud Ali |  | yemen | government | 2003-01-01 | 2003-05-31
    Faysal bin Abdallah al Mahmud |  | qatar | government | 2005-05-01 | 2008-07-31
    Fayza Aboul Naga |  | egypt | government | 2003-01-01 | 2005-02-28
    Fayza Aboulnaga |  | egypt | government | 2005-03-01 | 2005-05-31
    Fazal Elahi Chaudhry |  | pakistan | government | 1973-08-14 | 1978-09-16
    Fazal Haq Khaliqyar |  | afghanistan | government | 1990-05-08 | 1992-04-15
    Fazlul Haque |  | bangladesh | government | 2007-01-11 | 2007-01-12
    Federico Antonio Humbert Arias |  | panama | government | 2004-11-01 | 2009-07-31
    Federico Carrillo |  | costa-rica | government | 2004-10-01 | 2005-10-31
    Federico Pedini Amati |  | san-marino | government | 2008-04-01 | 2009-03-31
    Federico Salas Guevara |  | peru | government | 2000-07-29 | 2000-11-25
    Feisal Tamin |  | indonesia | government | 2003-01-01 | 2004-10-31
    Fekitamoeloa Utoikamanu |  | tonga | government | 2005-04-01 | 2009-08-31
    Feleti Sevele |  | tonga | government | 2006-09-01 | 2010-05-31
    Felicio Zacarias |  | mozambique | government | 2005-03-01 | 2010-01-31
    Felipe Castillo |  | peru | government | 2009-07-01 | 2009-07-31
    Felipe Gonzalez Marquez |  | spain | government | 1982-12-02 | 1996-05-05
    Felipe H. Paolillo | Felipe Hector Paolillo | uruguay | government | 2003-01-01 | 2005-02-28
    Felipe Mantilla |  | ecuador | government | 2003-09-01 | 2003-12-31
    Felipe Ortiz de Zevallos |  | peru | government | 2006-10-01 | 2009-05-31
    Felipe Perez Marti |  | venezuela | government | 2003-01-01 | 2003-04-30
    Felipe Perez Roque |  | cuba | government | 2003-01-01 | 2009-03-31
    Felipe Vega |  | ecuador | government | 2006-04-01 | 2006-07-31
    Felisa Miceli |  | argentina | government | 2005-12-01 | 2007-07-31
    Felix Garrid Safie |  | el-salvador | government | 2006-08-01 | 2009-06-30
    Felix Malloum |  | chad | government | 1975-04-15 | 1978-08-29
    Felix Malloum |  | chad | government | 1975-04-15 | 1979-03-23
    Felix Murazzo |  | peru | government | 2005-04-01 | 2005-08-31
    Felix Okot Ogong |  | uganda | government | 2003-01-01 | 2006-06-30
    Felix Owusu Adjapong |  | ghana | government | 2003-04-01 | 2007-08-31
    Feng Mei Lin |  | taiwan | government | 2003-01-01 | 2004-09-30
    Ferdinand E. Marcos |  | philippines | government | 1965-12-30 | 1986-02-25
    Ferdinand E. Marcos |  | philippines | government | 1978-06-12 | 1981-04-08
    Ferdinando Salleo |  | italy | government | 2003-01-01 | 2003-02-28
    Ferenc Gyurcsany |  | hungary | government | 2003-06-01 | 2009-04-30
    Ferenc Madl |  | hungary | government | 2000-08-04 | 2005-08-05
    Ferenc Somogyi |  | hungary | government | 2004-12-01 | 2006-06-30
    Ferenc Somogyi |  | hungary | government | 2007-12-01 | 2009-10-31
    Ferial Ashraff |  | sri-lanka | government | 2005-12-01 | 2010-04-30
    Fermin Toro Jimenez |  | venezuela | government | 2006-03-01 | 2006-03-31
    Fernand Poukre Kono |  | central-african-republic | government | 2006-09-01 | 2010-08-31
    Fernando Araujo Perdomo |  | colombia | government | 2007-03-01 | 2008-08-31
    Fernando Augusto Santos E Castro |  | angola | government | 1972-10-01 | 1974-05-01
    Fernando Barrios Ipenza |  | peru | government | 2010-10-01 | 2010-11-30
    Fernando Canales Clariond |  | mexico | government | 2003-01-01 | 2005-09-30
    Fernando Collor de Mello |  | brazil | government | 1990-03-15 | 1992-12-29
    Fernando Faustino Muteka |  | angola | government | 2003-01-01 | 2004-10-31
    Fernando Francisco Gomez Mont Urueta |  | mexico | government | 2010-01-01 | 2010-07-31
    Fernando Gomes |  | guinea | government | 2008-09-01 | 2009-03-31
    Fernando Gutierrez |  | costa-rica | government | 2004-11-01 | 2006-06-30
    Fernando Henrique Cardoso |  | brazil | government | 1995-01-01 | 2003-01-01
    Fernando Illanes |  | bolivia | government | 2003-01-01 | 2003-02-28
    Fernando Jose de Franca Dias van Dunem |  | angola | government | 1991-07-19 | 1992-12-02
    Fernando Jose de Franca Dias van Dunem |  | angola | government | 1996-06-03 | 1999-01-29
    Fernando Pereira |  | sao-tome-and-principe | government | 2003-07-16 | 2003-07-23
    Fernando Romeo Lucas Garcia |  | guatemala | government | 1978-07-01 | 1982-03-23
    Fernando Rospigliosi |  | peru | government | 2003-09-01 | 2003-09-30
    Fernando Rospigliosi |  | peru | government | 2003-11-01 | 2004-05-31
    Fernando Zavala Lombardi |  | peru | government | 2005-09-01 | 2006-08-31
    Fernando Zumbado |  | costa-rica | government | 2006-07-01 | 2010-05-31
    Fernando da Piedade Dias dos Santos |  | angola | government | 2002-12-06 | 2008-09-30
    Fernando de Santiago Y Diaz de Mendivil |  | spain | government | 1976-07-01 | 1976-07-05
    Fernando de la Rua |  | argentina | government | 1999-12-10 | 2001-12-21
    Ferng Ching Lin |  | taiwan | government | 2004-10-01 | 2004-12-31
    Ferran Mirapeix |  | andorra | government | 2005-07-01 | 2009-06-30
    Festus Mogae | Festus Gontebanye Mogae | botswana | government | 1998-04-01 | 2008-03-31
    Festus Ntanyungu |  | burundi | government | 2003-01-01 | 2003-05-31
    Feturi Elisaia |  | samoa | government | 2004-03-01 | 2004-09-30
    Fidel Figueroa de la Paz |  | cuba | government | 2003-01-01 | 2011-01-31
    Fidel V. Ramos |  | philippines | government | 1992-06-30 | 1998-06-30
    Fidele Moungar |  | chad | government | 1993-04-07 | 1993-11-06
    Fidelis Mhashu |  | zimbabwe | government | 2009-03-01 | 2010-06-30
    Fikre Selassie Wogderess |  | ethiopia | government | 1987-09-10 | 1989-11-08
    Filip Dimitrov |  | bulgaria | government | 1991-11-08 | 1992-12-30
    Filip Dimitrov |  | bulgaria | government | 2003-01-01 | 2003-05-31
    Filipe Chidumo |  | mozambique | government | 2003-03-01 | 2009-10-31
    Filis Khusmenova |  | bulgaria | government | 2003-08-01 | 2005-08-31
    Filoimea Telito |  | tuvalu | government | 1978-10-01 | 1986-03-01
    Filoimea Telito |  | tuvalu | government | 1995-04-15 | 1998-01-01
    Filomeno Lobo de Pina |  | guinea | government | 2004-07-01 | 2006-05-31
    Fiorenzo Stolfi |  | san-marino | government | 2003-01-01 | 2004-06-30
    Fiorenzo Stolfi |  | san-marino | government | 2006-09-01 | 2009-06-30
    Flavio Cotti |  | switzerland | government | 1998-01-01 | 1998-12-31
    Flavio Dario Espinal Jacobo |  | dominican-republic | government | 2005-04-01 | 2010-04-30
    Flora Bhuka |  | zimbabwe | government | 2003-01-01 | 2007-03-31
    Flora Bhuka |  | zimbabwe | government | 2009-08-01 | 2010-09-30
    Florante Soriquez |  | philippines | government | 2004-05-01 | 2005-03-31
    Florence Nayiga |  | uganda | government | 2003-01-01 | 2006-06-30
    Florencio Randazzo |  | argentina | government | 2008-01-01 | 2009-12-31
    Florencio Salazar Adame |  | mexico | government | 2003-04-01 | 2006-11-30
    Florent Ntsiba |  | republic-of-the-congo | government | 2004-09-01 | 2009-09-30
    Florent Tsiba |  | republic-of-the-congo | government | 2003-01-01 | 2003-10-31
    Florent Tsiba |  | republic-of-the-congo | government | 2003-12-01 | 2004-08-31
    Florentino Nkogo Ndong |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Floribert Bokanga |  | democratic-republic-of-the-congo | government | 2005-02-01 | 2005-11-30
    Foday Yumkella |  | sierra-leone | government | 2003-01-01 | 2007-10-31
    Fode Bangoura |  | guinea | government | 2003-01-01 | 2007-01-31
    Fodeba Isto Keira |  | guinea | government | 2009-06-01 | 2011-01-31
    Fodeba Toure |  | guinea | government | 2009-04-01 | 2009-05-31
    Fong Chan Onn |  | malaysia | government | 2003-01-01 | 2008-03-31
    Fouad Siniora |  | lebanon | government | 2007-11-24 | 2008-05-25
    Fouad el Hemma | Fouad Ali el Himma | morocco | government | 2003-01-01 | 2007-10-31
    Fradique de Menezes |  | sao-tome-and-principe | government | 2001-09-03 | 2003-07-16
    France Albert Rene |  | seychelles | government | 1976-06-29 | 1977-06-05
    France Albert Rene |  | seychelles | government | 1977-06-05 | 2004-04-14
    France Albert Rene |  | seychelles | government | 2003-01-01 | 2004-04-30
    Francesc Areny Casal |  | andorra | government | 1997-03-10 | 2005-05-17
    Francesc Cerqueda Pascuet |  | andorra | government | 1982-01-04 | 1990-01-12
    Francesc Escude Ferrero |  | andorra | government | 1966-12-01 | 1972-12-01
    Francesco Mussoni |  | san-marino | government | 2010-04-01 | 2010-08-31
    Francesco Rutelli |  | italy | government | 2006-06-01 | 2008-05-31
    Francis Ayume |  | uganda | government | 2003-01-01 | 2005-01-31
    Francis Babu |  | uganda | government | 2003-01-01 | 2006-06-30
    Francis Billy Hilly |  | solomon-islands | government | 1993-06-18 | 1994-11-07
    Francis Billy Hilly |  | solomon-islands | government | 2010-05-01 | 2010-09-30
    Francis Fonseca |  | belize | government | 2004-01-01 | 2008-02-28
    Francis Joseph Mckenna |  | canada | government | 2005-03-01 | 2006-03-31
    Francis K. Butagira |  | uganda | government | 2003-08-01 | 2009-01-31
    Francis Mwesigwa Rukutana |  | uganda | government | 2003-06-01 | 2004-06-30
    Francis Mwesigwa Rukutana |  | uganda | government | 2004-08-01 | 2006-06-30
    Francis Pak Un Tam |  | china | government | 2003-01-01 | 2004-12-31
    Francis Zama |  | solomon-islands | government | 2003-09-01 | 2003-11-30
    Francis Zama |  | solomon-islands | government | 2004-01-01 | 2005-03-31
    Francisco Allison |  | peru | government | 2009-08-01 | 2009-09-30
    Francisco Barrio Terrazas |  | mexico | government | 2003-01-01 | 2003-03-31
    Francisco Caetano Madeira |  | mozambique | government | 2005-03-01 | 2010-01-31
    Francisco Carrion Mena |  | ecuador | government | 2005-11-01 | 2007-01-31
    Francisco Correia |  | guinea | government | 2004-07-01 | 2006-05-31
    Francisco Dominguez Brito |  | dominican-republic | government | 2004-09-01 | 2006-08-31
    Francisco Esteban Lainez Rivas | Francisco Lainez | el-salvador | government | 2004-07-01 | 2008-02-28
    Francisco Fadul |  | guinea-bissau | government | 1998-12-03 | 2000-02-19
    Francisco Fernando Gomez Mont Urueta |  | mexico | government | 2008-12-01 | 2009-12-31
    Francisco Fiallos Navarro |  | nicaragua | government | 2006-08-01 | 2007-01-31
    Francisco Flores |  | el-salvador | government | 1999-06-01 | 2004-06-01
    Francisco Gil Diaz |  | mexico | government | 2003-01-01 | 2006-11-30
    Francisco Guerrero Prats |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Francisco Huenchumilla |  | chile | government | 2003-03-01 | 2004-06-30
    Francisco Javier Arias Cardenas |  | venezuela | government | 2006-04-01 | 2008-04-30
    Francisco Javier Ramirez Acuna |  | mexico | government | 2006-12-01 | 2008-02-28
    Francisco Javier Ruperez Rubio |  | spain | government | 2003-01-01 | 2004-08-31
    Francisco Jose Jimenez Irungaray |  | guatemala | government | 2008-08-01 | 2009-01-31
    Francisco Madeira |  | mozambique | government | 2003-01-01 | 2005-02-28
    Francisco Mendes |  | guinea-bissau | government | 1973-09-24 | 1978-07-07
    Francisco Ou |  | taiwan | government | 2008-06-01 | 2010-03-31
    Francisco Oviedo Britez |  | paraguay | government | 2007-12-01 | 2008-08-31
    Francisco Pascual Eyegue Obama Asue |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Francisco Santos |  | colombia | government | 2003-01-01 | 2010-08-31
    Francisco Vidal |  | chile | government | 2003-03-01 | 2006-04-30
    Francisco Xavier Suarez Ramirez |  | bolivia | government | 2003-01-01 | 2003-02-28
    Francisco Zaratti Sachetti |  | bolivia | government | 2004-06-01 | 2005-06-30
    Francisco da Costa |  | guinea | government | 2007-08-01 | 2008-08-31
    Francisco de Asis Sesto Novas |  | venezuela | government | 2008-07-01 | 2009-03-31
    Franciscus Majoor |  | netherlands | government | 2006-09-01 | 2009-09-30
    Franck Charles |  | haiti | government | 2005-07-01 | 2006-06-30
    Franco Frattini |  | italy | government | 2003-01-01 | 2004-11-30
    Franco Marini |  | italy | government | 2006-06-01 | 2008-05-31
    Franco Rudy Demon |  | suriname | government | 2003-01-01 | 2005-08-31
    Francois Baroin |  | france | government | 2005-07-01 | 2007-03-31
    Francois Biltgen |  | luxembourg | government | 2003-01-01 | 2004-08-31
    Francois Daubert |  | france | government | 2004-04-01 | 2004-10-31
    Francois Daubert |  | france | government | 2004-12-01 | 2005-06-30
    Francois Didier Gregh |  | monaco | government | 1969-04-01 | 1972-05-24
    Francois Ibovi |  | republic-of-the-congo | government | 2004-09-01 | 2008-02-28
    Francois Lonseny Fall |  | guinea | government | 2003-01-01 | 2003-09-30
    Francois Lonseny Fall |  | guinea | government | 2003-11-01 | 2005-08-31
    Francois Lonseny Fall |  | guinea | government | 2004-02-23 | 2004-04-30
    Francois Mitterrand |  | france | government | 1981-05-21 | 1995-05-17
    Francois Mwamba | Francois Muamba | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Francois Ngeze |  | burundi | government | 1993-10-21 | 1993-10-27
    Francois Xavier Ngoubeyou |  | cameroon | government | 2003-01-01 | 2005-01-31
    Francoise Ngendahayo |  | burundi | government | 2003-01-01 | 2005-08-31
    Franjo Greguric |  | croatia | government | 1991-08-03 | 1992-09-08
    Franjo Tudjman |  | croatia | government | 1990-05-30 | 1999-12-10
    Frank Carlucci | Frank C. Carlucci | united-states | government | 1986-12-02 | 1987-11-23
    Frank Hsieh |  | taiwan | government | 2005-02-01 | 2006-01-25
    Frank Hsieh |  | taiwan | government | 2005-03-01 | 2006-11-30
    Frank Mweke | Frank Nweke | nigeria | government | 2003-08-01 | 2005-02-28
    Frank Mweke | Frank Nweke | nigeria | government | 2005-04-01 | 2007-01-31
    Frank Vandenbroucke |  | belgium | government | 2003-01-01 | 2003-07-31
    Frank Walter Steinmeier |  | germany | government | 2005-12-01 | 2009-10-31
    Franklin D. Roosevelt | Franklin Delano Roosevelt | united-states | government | 1933-03-04 | 1945-04-12
    Frans Timmermans |  | netherlands | government | 2007-03-01 | 2009-12-31
    Frans van Daele |  | belgium | government | 2003-01-01 | 2007-01-31
    Frantisek Bublan |  | czech-republic | government | 2004-09-01 | 2006-09-30
    Franz Morak |  | austria | government | 2003-01-01 | 2007-01-31
    Franz Muentefering |  | germany | government | 2005-12-01 | 2008-02-28
    Franz Vranitzky |  | austria | government | 1986-06-16 | 1997-01-28
    Fred Degazon |  | dominica | government | 1979-01-16 | 1980-02-01
    Fred Fono |  | solomon-islands | government | 2005-04-01 | 2010-09-30
    Fred Mitchell |  | bahamas | government | 2003-01-01 | 2007-06-30
    Fred Sinowatz |  | austria | government | 1983-05-24 | 1986-06-16
    Fred Timakata |  | vanuatu | government | 1989-01-30 | 1994-01-30
    Fred W.k. Akuffo |  | ghana | government | 1978-07-05 | 1979-06-04
    Frederic Kolie |  | guinea | government | 2009-04-01 | 2011-01-31
    Frederic Ngenzebuhoro |  | burundi | government | 2004-12-01 | 2005-08-31
    Frederic de Saint Sernin |  | andorra | government | 1999-05-01 | 2002-07-01
    Frederick Chiluba |  | zambia | government | 1991-11-02 | 2002-01-02
    Frederick Ma |  | china | government | 2003-01-01 | 2007-07-31
    Frederick Sumaye |  | tanzania | government | 1995-11-28 | 2005-12-30
    Frederique Ries |  | belgium | government | 2004-04-01 | 2004-07-31
    Frederoc Massavala Maboumba |  | gabon | government | 2003-01-01 | 2008-03-31
    Fredrick Chien |  | taiwan | government | 2003-01-01 | 2008-02-28
    Freya van den Bossche |  | belgium | government | 2005-11-01 | 2007-12-31
    Friday Jumbe |  | malawi | government | 2003-01-01 | 2004-06-30
    Friedrich Ebert |  | germany | government | 1973-08-01 | 1973-10-03
    Friis Arne Petersen |  | denmark | government | 2005-11-01 | 2010-10-31
    Fritz Belizaire |  | haiti | government | 2006-07-01 | 2008-09-30
    Fritz Kwabena Poku |  | ghana | government | 2005-04-01 | 2008-03-31
    Fu Li Yeh |  | taiwan | government | 2005-01-01 | 2008-02-28
    Fu Mei Chang |  | taiwan | government | 2003-01-01 | 2004-12-31
    Fu Zhihuan |  | china | government | 2003-01-01 | 2003-04-30
    Fuad Saad |  | lebanon | government | 2003-01-01 | 2003-04-30
    Fuad Siniora |  | lebanon | government | 2003-01-01 | 2004-10-31
    Fuad Siniora |  | lebanon | government | 2005-08-01 | 2009-11-30
    Fukushiro Nukaga |  | japan | government | 2007-09-01 | 2008-08-31
    Fumio Kishida |  | japan | government | 2007-09-01 | 2008-08-31
    G. K. Vasan |  | india | government | 2006-11-01 | 2009-03-31
    Gabor Brodi |  | hungary | government | 2007-12-01 | 2010-01-31
    Gabor Gorgey |  | hungary | government | 2003-01-01 | 2003-05-31
    Gabriel Costa |  | sao-tome-and-principe | government | 2002-03-28 | 2002-10-07
    Gabriel Diez |  | panama | government | 2008-07-01 | 2009-07-31
    Gabriel Entcha Ebia | Gabriel Entrcha Ebia | republic-of-the-congo | government | 2004-09-01 | 2008-02-28
    Gabriel Kapris | Gabriel Karpis | papua-new-guinea | government | 2003-01-01 | 2004-03-31
    Gabriel Kapris | Gabriel Karpis | papua-new-guinea | government | 2004-05-01 | 2007-08-31
    Gabriel Koyambounou |  | central-african-republic | government | 1995-04-12 | 1996-06-11
    Gabriel Ntisezerana |  | burundi | government | 2007-03-01 | 2010-09-30
    Gabriela Shalev |  | israel | government | 2008-09-01 | 2010-08-31
    Gail Texeira | Gail Teixeira | guyana | government | 2003-01-01 | 2006-09-30
    Galina Karelova | Galina Nikolayevna Karelova | russia | government | 2003-05-01 | 2004-03-31
    Galo Borja Perez |  | ecuador | government | 2008-11-01 | 2010-04-30
    Galo Chiriboga Zambrano |  | ecuador | government | 2005-12-01 | 2005-12-31
    Galwak Deng |  | sudan | government | 2004-09-01 | 2008-04-30
    Gamini Lakshman Peiris | G. L. Peiris | sri-lanka | government | 2003-01-01 | 2004-05-31
    Gamini Lokuge |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Ganeshkoemar Kanhai |  | suriname | government | 2005-09-01 | 2010-08-31
    Ganiou Soglo |  | benin | government | 2007-07-01 | 2008-11-30
    Garba Madaki Ali |  | nigeria | government | 2003-01-01 | 2003-07-31
    Gary Hardgrave |  | australia | government | 2003-01-01 | 2004-11-30
    Gary Hunt |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Gary Lunn |  | canada | government | 2006-03-01 | 2008-10-31
    Gary Nairn |  | australia | government | 2006-05-01 | 2007-12-31
    Gasim Ibrahim |  | maldives | government | 2005-09-01 | 2008-07-31
    Gaspard Kobako |  | burundi | government | 2003-06-01 | 2005-08-31
    Gaston Browne |  | antigua-and-barbuda | government | 2003-01-01 | 2004-03-31
    Gaston Eyskens |  | belgium | government | 1968-06-17 | 1973-01-26
    Gaston Thorn |  | luxembourg | government | 1974-06-15 | 1979-07-16
    Gavril Dejeu |  | romania | government | 1998-03-30 | 1998-04-17
    Gazmend Oketa |  | albania | government | 2007-05-01 | 2009-10-31
    Geddel Vieira Lima |  | brazil | government | 2007-04-01 | 2010-04-30
    Geetiara Safiya Chowdhury |  | bangladesh | government | 2007-03-01 | 2008-02-28
    Gehendra Bahadur Rajbhandari |  | nepal | government | 1970-04-13 | 1971-04-14
    Geir Haarde | Geir H. Haarde | iceland | government | 2003-01-01 | 2004-04-30
    Geir Haarde | Geir H. Haarde | iceland | government | 2004-06-01 | 2004-07-31
    Geir Haarde | Geir H. Haarde | iceland | government | 2004-09-01 | 2005-10-31
    Geir Haarde | Geir H. Haarde | iceland | government | 2006-07-01 | 2009-02-28
    Geir Hallgrimsson |  | iceland | government | 1974-08-28 | 1978-09-01
    Gelson Fonseca |  | brazil | government | 2003-02-01 | 2003-02-28
    Genichiro Sata |  | japan | government | 2006-10-01 | 2007-01-31
    Gennadiy Bukayev | Gennadiy Ivanovich Bukayev | russia | government | 2003-01-01 | 2004-03-31
    Gennadiy Fadeyev | Gennadiy Matveyevich Fadeyev | russia | government | 2003-01-01 | 2003-09-30
    Gennady Yanayev |  | russia | government | 1991-08-19 | 1991-08-21
    Geoff Doidge |  | south-africa | government | 2008-11-01 | 2010-10-31
    Geoffrey Hoon | Geoffrey William Hoon | united-kingdom | government | 2005-06-01 | 2006-05-31
    Geoffrey Hoon | Geoffrey William Hoon | united-kingdom | government | 2007-07-01 | 2008-10-31
    Geoffrey Palmer |  | new-zealand | government | 1989-08-08 | 1990-09-04
    Geoffrey Parpai |  | kenya | government | 2003-01-01 | 2003-08-31
    George Banda Thomas |  | sierra-leone | government | 2003-01-01 | 2004-01-31
    George Banda Thomas |  | sierra-leone | government | 2004-03-01 | 2007-10-31
    George Borg Olivier |  | malta | government | 1962-03-03 | 1971-06-21
    George Brandis |  | australia | government | 2007-09-01 | 2007-12-31
    George Brizan |  | grenada | government | 1995-02-01 | 1995-06-22
    George Bush | George H. W. Bush; George Herbert Walker Bush | united-states | government | 1971-02-16 | 1973-01-18
    George Bush | George H. W. Bush; George Herbert Walker Bush | united-states | government | 1981-01-20 | 1989-01-20
    George Bush | George H. W. Bush; George Herbert Walker Bush | united-states | government | 1989-01-20 | 1993-01-20
    George C. Marshall |  | united-states | government | 1947-01-21 | 1949-01-20
    George Cadle Price |  | belize | government | 1961-04-07 | 1984-12-17
    George Cadle Price |  | belize | government | 1989-11-07 | 1993-07-03
    George Chaponda |  | malawi | government | 2004-07-01 | 2005-02-28
    George Claver |  | malawi | government | 2003-01-01 | 2003-03-31
    George Cosmas Adyebo |  | uganda | government | 1991-01-22 | 1994-11-18
    George E.d. Clyne |  | grenada | government | 1961-03-01 | 1961-08-01
    George Fung On |  | guyana | government | 2003-01-01 | 2004-07-31
    George Fung On |  | guyana | government | 2004-09-01 | 2009-07-31
    George Hawkins |  | new-zealand | government | 2003-01-01 | 2006-11-30
    George Kahama |  | tanzania | government | 2003-01-01 | 2006-02-28
    George Lepping |  | solomon-islands | government | 1988-07-07 | 1994-07-07
    George Mondo Kagonyera |  | uganda | government | 2003-01-01 | 2006-06-30
    George Obiozor |  | nigeria | government | 2005-03-01 | 2007-08-31
    George Saliba |  | malta | government | 2003-01-01 | 2003-03-31
    George Shiu Raj |  | fiji | government | 2003-01-01 | 2007-08-31
    George Shultz | George P. Shultz | united-states | government | 1982-07-16 | 1989-01-20
    George Tupou V |  | tonga | government | 2009-09-01 | 2010-07-31
    George W. Ball |  | united-states | government | 1968-05-14 | 1968-10-04
    George W. Bush |  | united-states | government | 2001-01-20 | 2009-01-20
    George Wallace |  | liberia | government | 2006-04-01 | 2007-08-31
    George Walter |  | antigua-and-barbuda | government | 1971-02-14 | 1976-02-01
    Georges Andre Wells |  | vanuatu | government | 2005-05-01 | 2010-05-31
    Georges Lesjongard | Georges Pierre Lesjongard | mauritius | government | 2003-11-01 | 2005-08-31
    Georges Moise |  | haiti | government | 2005-03-01 | 2005-06-30
    Georges Pompidou |  | france | government | 1969-06-20 | 1974-04-03
    Georges Tendeng |  | senegal | government | 2003-09-01 | 2003-10-31
    Georges Tendeng |  | senegal | government | 2003-12-01 | 2006-12-31
    Georges Thiercy |  | djibouti | government | 1971-08-21 | 1974-08-01
    Georgi Atanasov |  | bulgaria | government | 1986-03-24 | 1990-02-08
    Georgi Petkanov |  | bulgaria | government | 2003-01-01 | 2005-08-31
    Georgina Barreiro Fajardo |  | cuba | government | 2003-07-01 | 2009-03-31
    Georgios Andreas Papandreou |  | greece | government | 2009-10-06 | 2011-11-11
    Georgios Iacovou |  | cyprus | government | 2003-03-01 | 2005-02-28
    Georgios Iacovou |  | cyprus | government | 2005-04-01 | 2006-06-30
    Georgios Papadopoulos |  | greece | government | 1967-12-13 | 1973-10-08
    Georgios Papadopoulos |  | greece | government | 1972-03-21 | 1973-06-01
    Georgios Papadopoulos |  | greece | government | 1973-06-01 | 1973-11-25
    Georgios Rallis |  | greece | government | 1980-05-09 | 1981-10-21
    Georgios Zoitakis |  | greece | government | 1967-12-13 | 1972-03-21
    Gerald Germain |  | haiti | government | 2006-07-01 | 2008-09-30
    Gerald R. Ford | Gerald Ford; Gerald Rudolph Ford | united-states | government | 1973-12-06 | 1974-08-09
    Gerald R. Ford | Gerald Ford; Gerald Rudolph Ford | united-states | government | 1974-08-09 | 1977-01-20
    Geraldine Fraser Moleketi |  | south-africa | government | 2003-01-01 | 2008-10-31
    Gerard Bitsindou |  | republic-of-the-congo | government | 2003-01-01 | 2004-08-31
    Gerard Kamanda |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Gerard Kango Ouedraogo |  | burkina-faso | government | 1971-02-13 | 1974-02-08
    Gerard Latortue |  | haiti | government | 2004-03-12 | 2006-06-09
    Gerard Ntumba |  | democratic-republic-of-the-congo | government | 2006-11-01 | 2007-01-31
    Gerardo Ruiz Mateos |  | mexico | government | 2008-11-01 | 2010-07-31
    Gerd Leers |  | netherlands | government | 2010-11-01 | 2010-11-30
    Gergana Grancharova |  | bulgaria | government | 2007-06-01 | 2009-08-31
    Gerhard Pfanzelter |  | austria | government | 2003-01-01 | 2009-06-30
    Gerhard Schroder | Gerhard Schoeder | germany | government | 1990-06-21 | 1998-10-27
    Gerhard Schroder | Gerhard Schoeder | germany | government | 1998-10-27 | 2005-11-22
    Gerhard Schroeder |  | germany | government | 2003-01-01 | 2005-11-30
    German Martinez Cazares |  | mexico | government | 2006-12-01 | 2007-10-31
    Germanico Pinto |  | ecuador | government | 2010-01-01 | 2010-04-30
    Gerrit Zalm |  | netherlands | government | 2003-06-01 | 2007-02-28
    Gerry Byrne |  | canada | government | 2003-01-01 | 2003-12-31
    Gert Rosenthal |  | guatemala | government | 2003-01-01 | 2005-05-31
    Gert Rosenthal |  | guatemala | government | 2006-09-01 | 2008-02-28
    Gertel Thom |  | antigua-and-barbuda | government | 2003-01-01 | 2004-03-31
    Getachew Belay |  | ethiopia | government | 2003-01-01 | 2005-10-31
    Ghaftan al Majali |  | jordan | government | 2003-01-01 | 2003-10-31
    Ghaleb al Zubi |  | jordan | government | 2009-03-01 | 2009-12-31
    Ghalib Majadilah |  | israel | government | 2007-03-01 | 2007-03-31
    Ghasan Laham |  | syria | government | 2005-07-01 | 2009-05-31
    Ghassan Lahham |  | syria | government | 2003-10-01 | 2005-06-30
    Ghaus Bakhsh Khan Mahr |  | pakistan | government | 2003-01-01 | 2004-10-31
    Ghayth Jaratli |  | syria | government | 2006-03-01 | 2010-05-31
    Ghazi Kanan |  | syria | government | 2004-11-01 | 2005-10-31
    Ghazi Salah al Addin |  | sudan | government | 2003-01-01 | 2005-10-31
    Ghazi Zuayter | Ghazi Zoayter | lebanon | government | 2004-12-01 | 2005-07-31
    Ghazi bin Abd al Rahman al Qusaybi |  | saudi-arabia | government | 2003-01-01 | 2003-05-31
    Gholam Reza Azhari |  | iran | government | 1978-11-06 | 1979-01-04
    Ghulam Ishaq Khan |  | pakistan | government | 1988-08-17 | 1993-07-18
    Ghulam Mustafa Jatoi |  | pakistan | government | 1990-08-06 | 1990-11-06
    Ghulam Nabi Azad |  | india | government | 2004-06-01 | 2005-11-30
    Ghulam Quader |  | bangladesh | government | 2008-03-01 | 2009-01-31
    Giadalla Azzoz Belgasem Ettalhi |  | libya | government | 2007-09-01 | 2009-03-31
    Gian Franco Terenzi |  | san-marino | government | 2000-10-01 | 2001-04-01
    Gian Franco Terenzi |  | san-marino | government | 2006-04-01 | 2006-10-01
    Gian Franco Terenzi |  | san-marino | government | 2006-05-01 | 2006-12-31
    Gian Marco Marcucci |  | san-marino | government | 2000-04-01 | 2000-10-01
    Gian Nicola Filippi Balestra |  | san-marino | government | 2004-07-01 | 2005-11-30
    Gianfranco Fini |  | italy | government | 2003-01-01 | 2006-05-31
    Gianfranco Fini |  | italy | government | 2008-06-01 | 2008-09-30
    Gianni Letta |  | italy | government | 2003-01-01 | 2006-05-31
    Gibson Sibanda |  | zimbabwe | government | 2009-08-01 | 2010-09-30
    Gideon Cheyo |  | tanzania | government | 2003-01-01 | 2006-02-28
    Gideon Ezra |  | israel | government | 2003-03-01 | 2004-09-30
    Gideon Konchelah |  | kenya | government | 2006-04-01 | 2008-02-28
    Gilbert Atsu |  | togo | government | 2005-07-01 | 2005-08-31
    Gilbert Atsu |  | togo | government | 2005-10-01 | 2006-09-30
    Gilbert Atsu |  | togo | government | 2006-11-01 | 2006-11-30
    Gilbert Atsu |  | togo | government | 2007-01-01 | 2009-02-28
    Gilbert Bawara |  | togo | government | 2005-07-01 | 2009-02-28
    Ginjee Ramachandran | Ginjee N. Ramachandran | india | government | 2003-01-01 | 2004-01-31
    Gino Costa |  | peru | government | 2003-01-01 | 2003-01-31
    Gino Giovagnoli |  | san-marino | government | 2001-10-01 | 2002-04-01
    Giorgio la Malfa |  | italy | government | 2005-05-01 | 2006-05-31
    Giovanna Melandri |  | italy | government | 2006-06-01 | 2008-05-31
    Giovanni Castellaneta |  | italy | government | 2005-11-01 | 2009-10-31
    Giovanni Francesco Ugolini |  | san-marino | government | 2002-04-01 | 2002-10-01
    Giovanni Giannoni |  | san-marino | government | 2003-04-01 | 2003-10-01
    Giovanni Lonfernini |  | san-marino | government | 2003-10-01 | 2004-04-01
    Giovanni Spadolini |  | italy | government | 1992-04-28 | 1992-05-28
    Girija Prasad Koirala |  | nepal | government | 1991-05-26 | 1994-11-30
    Girija Prasad Koirala |  | nepal | government | 1998-04-15 | 1999-05-31
    Girija Prasad Koirala |  | nepal | government | 2000-03-22 | 2001-07-26
    Girija Prasad Koirala |  | nepal | government | 2006-06-01 | 2008-08-31
    Girija Prasad Koirala |  | nepal | government | 2007-01-15 | 2008-07-23
    Gisele Malamba Mandaila |  | belgium | government | 2004-08-01 | 2005-03-31
    Gisele Mandaila Malamba |  | belgium | government | 2005-04-01 | 2007-12-31
    Giuliano Amato |  | italy | government | 1992-06-28 | 1993-04-29
    Giuliano Amato |  | italy | government | 2000-04-26 | 2001-06-11
    Giuliano Amato |  | italy | government | 2006-06-01 | 2008-05-31
    Giuliano Urbani |  | italy | government | 2003-01-01 | 2005-04-30
    Giulio Andreotti |  | italy | government | 1989-07-23 | 1992-06-28
    Giulio Santagata |  | italy | government | 2006-06-01 | 2008-05-31
    Giulio Terzi di Sant Agata | Giulio Terzi di Santagata | italy | government | 2008-10-01 | 2009-10-31
    Giulio Tremonti |  | italy | government | 2003-01-01 | 2004-09-30
    Giulio Tremonti |  | italy | government | 2005-05-01 | 2006-05-31
    Giuseppe Arzilli |  | san-marino | government | 1999-10-01 | 2000-04-01
    Giuseppe Arzilli |  | san-marino | government | 2004-10-01 | 2005-04-01
    Giuseppe Arzilli |  | san-marino | government | 2005-01-01 | 2005-04-30
    Giuseppe Maria Morganti |  | san-marino | government | 2002-10-01 | 2003-04-01
    Giuseppe Pisanu |  | italy | government | 2003-01-01 | 2006-05-31
    Giuseppe Volpe |  | canada | government | 2005-03-01 | 2006-02-28
    Gladys Kokorwe |  | botswana | government | 2003-01-01 | 2004-11-30
    Gladys Maria Bejerano Portela |  | cuba | government | 2006-06-01 | 2009-09-30
    Gladys Nyirongo |  | zambia | government | 2005-09-01 | 2008-11-30
    Glafkos Kliridis |  | cyprus | government | 1993-02-28 | 2003-02-28
    Glauco Sansovini |  | san-marino | government | 2010-09-01 | 2010-09-30
    Glenda Auxiliadora Ramirez Noguera |  | nicaragua | government | 2007-02-01 | 2008-06-30
    Glenda Morean |  | trinidad-and-tobago | government | 2003-01-01 | 2003-11-30
    Gline Clarke |  | barbados | government | 2003-01-01 | 2008-02-28
    Gloria Ardaya |  | bolivia | government | 2005-03-01 | 2005-06-30
    Glyne Murray |  | barbados | government | 2003-01-01 | 2003-08-31
    Gnimbr Dansou |  | benin | government | 2007-07-01 | 2008-11-30
    Godefroid Mayobo Mpwene Ngantien |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2008-10-31
    Godefroy Hakizimana |  | burundi | government | 2003-01-01 | 2005-08-31
    Godfrey Gaoseb |  | namibia | government | 2003-01-01 | 2005-04-30
    Godfrey Smith |  | belize | government | 2004-01-01 | 2004-01-31
    Godfrey Smith |  | belize | government | 2004-12-01 | 2008-02-28
    Godfrey Thoma |  | nauru | government | 2003-01-01 | 2003-06-30
    Godfrey Thoma |  | nauru | government | 2004-12-01 | 2008-10-31
    Godsday Orubebe |  | nigeria | government | 2009-02-01 | 2010-04-30
    Godwin Abbe | Godwin Osagie Abbe | nigeria | government | 2007-08-01 | 2009-07-31
    Goh Chok Tong |  | singapore | government | 1990-11-28 | 2004-08-12
    Goh Kun |  | south-korea | government | 1997-03-04 | 1998-03-03
    Goh Kun |  | south-korea | government | 2003-02-26 | 2004-05-25
    Goh Kun |  | south-korea | government | 2004-03-12 | 2004-05-14
    Golda Meir |  | israel | government | 1969-03-17 | 1974-06-03
    Gombojavyn Ochirbat |  | mongolia | government | 1990-03-14 | 1990-04-13
    Goncalo Aires de Santa Clara Gomes |  | portugal | government | 2003-01-01 | 2005-03-31
    Gonzalo Fernandez | Gonzalo Daniel Fernandez Dominguez | uruguay | government | 2008-04-01 | 2009-09-30
    Gonzalo Sanchez de Lozada |  | bolivia | government | 1993-08-06 | 1997-08-06
    Gonzalo Sanchez de Lozada |  | bolivia | government | 2002-08-06 | 2003-10-17
    Goodall Gondwe |  | malawi | government | 2004-07-01 | 2011-01-31
    Gopal Man Shrestha |  | nepal | government | 2006-06-01 | 2007-04-30
    Gopal Rai |  | nepal | government | 2006-06-01 | 2007-04-30
    Gopal Shakya |  | nepal | government | 2008-10-01 | 2009-06-30
    Goran Granic |  | croatia | government | 2003-01-01 | 2004-01-31
    Goran Hagglund |  | sweden | government | 2006-11-01 | 2010-10-31
    Goran Persson |  | sweden | government | 1996-03-21 | 2006-10-06
    Gordana Sobol |  | croatia | government | 2003-01-01 | 2004-01-31
    Gordon Bajnai |  | hungary | government | 2009-05-01 | 2010-06-30
    Gordon Brown |  | united-kingdom | government | 2003-01-01 | 2008-10-31
    Gordon Brown |  | united-kingdom | government | 2007-06-27 | 2010-07-11
    Gordon Gray |  | united-states | government | 1958-06-24 | 1961-01-13
    Gordon Oconnor |  | canada | government | 2007-09-01 | 2008-10-31
    Gordon Shirley |  | jamaica | government | 2004-10-01 | 2008-08-31
    Gough Whitlam |  | australia | government | 1972-12-05 | 1975-11-11
    Goukouni Oueddei |  | chad | government | 1979-03-23 | 1979-04-29
    Goukouni Oueddei |  | chad | government | 1979-09-03 | 1982-06-07
    Goundoul Vikama |  | chad | government | 2006-10-01 | 2008-04-30
    Govind Karuppiah Vasan |  | india | government | 2009-04-01 | 2009-07-31
    Grace Akello | Grace Okello | uganda | government | 2003-01-01 | 2006-06-30
    Grace Ekpiwhre | Grace Ekpiwwhre | nigeria | government | 2007-08-01 | 2010-04-30
    Grace Ogwuche |  | nigeria | government | 2006-08-01 | 2007-01-31
    Graciela Muslera |  | uruguay | government | 2010-04-01 | 2010-09-30
    Greg Thompson |  | canada | government | 2006-03-01 | 2010-01-31
    Gregoire Laourou |  | benin | government | 2003-07-01 | 2005-10-31
    Gregoire Owona |  | cameroon | government | 2003-01-01 | 2005-01-31
    Gregorio Conrado Alvarez Armelino |  | uruguay | government | 1981-09-01 | 1985-02-12
    Gregory Bowen |  | grenada | government | 2005-03-01 | 2005-03-31
    Gregory Bowen |  | grenada | government | 2007-06-01 | 2008-07-31
    Gregory Rusland |  | suriname | government | 2005-09-01 | 2010-08-31
    Griffin B. Bell |  | united-states | government | 1977-01-26 | 1979-08-16
    Grigoire Owona |  | cameroon | government | 2005-02-01 | 2007-11-30
    Grisha Filipov |  | bulgaria | government | 1981-06-18 | 1986-03-24
    Gro Harlem Brundtland |  | norway | government | 1990-11-03 | 1996-10-25
    Grzegorz Kolodko |  | poland | government | 2003-01-01 | 2003-06-30
    Grzegorz Schetyna |  | poland | government | 2007-12-01 | 2009-11-30
    Grzegorz Schetyna |  | poland | government | 2010-08-01 | 2010-08-31
    Guadelupe Cajias de la Vega |  | bolivia | government | 2003-11-01 | 2005-06-30
    Gualberto Do Rosario |  | cape-verde | government | 2000-07-29 | 2001-02-01
    Guenther Platter |  | austria | government | 2007-02-01 | 2008-07-31
    Guido Mant Ega |  | brazil | government | 2003-10-01 | 2003-10-31
    Guido Mantega |  | brazil | government | 2003-01-01 | 2003-04-30
    Guido Mantega |  | brazil | government | 2003-06-01 | 2003-09-30
    Guido Mantega |  | brazil | government | 2003-11-01 | 2004-11-30
    Guido Rodolfo Anez Moscoso |  | bolivia | government | 2003-10-01 | 2003-10-31
    Guido Vildoso Calderon |  | bolivia | government | 1982-07-21 | 1982-10-10
    Guido de Padt |  | belgium | government | 2009-01-01 | 2009-07-31
    Guilherme Posser da Costa |  | sao-tome-and-principe | government | 1999-01-05 | 2001-09-18
    Guillermo Augusto Perez Cadalso Arias |  | honduras | government | 2003-01-01 | 2003-08-31
    Guillermo Castillo | Guillermo Andres Castillo | guatemala | government | 2004-11-01 | 2008-04-30
    Guillermo Delmas Frescura |  | paraguay | government | 2007-07-01 | 2007-10-31
    Guillermo Endara |  | panama | government | 1989-12-20 | 1994-09-01
    Guillermo Ford |  | panama | government | 2003-01-01 | 2003-02-28
    Guillermo Larco Cox |  | peru | government | 1989-09-30 | 1990-07-28
    Guillermo Lopez Suarez |  | el-salvador | government | 2004-07-01 | 2007-03-31
    Guillermo Rodriguez Lara |  | ecuador | government | 1972-02-15 | 1976-01-11
    Guillermo Stirling |  | uruguay | government | 2003-01-01 | 2004-03-31
    Guillermo Torres Orias |  | bolivia | government | 2004-10-01 | 2005-06-30
    Guillermo Ungo |  | el-salvador | government | 1979-10-17 | 1980-01-05
    Guillermo Wagner |  | ecuador | government | 2005-12-01 | 2007-01-31
    Guillermo Zuniga |  | costa-rica | government | 2006-07-01 | 2009-08-31
    Gulbuddin Hekmatyar |  | afghanistan | government | 1993-06-17 | 1994-06-28
    Gulbuddin Hekmatyar |  | afghanistan | government | 1996-06-26 | 1996-09-27
    Guldal Aksit |  | turkey | government | 2003-05-01 | 2005-06-30
    Gunnar Lund |  | sweden | government | 2003-01-01 | 2004-11-30
    Gunnar Lund |  | sweden | government | 2005-11-01 | 2007-12-31
    Gunnar Thoroddsen |  | iceland | government | 1980-02-08 | 1983-05-26
    Gunter Pleuger |  | germany | government | 2003-01-01 | 2006-09-30
    Gustav Heinemann |  | germany | government | 1969-07-01 | 1974-06-30
    Gustave Faubert |  | haiti | government | 2003-01-01 | 2003-08-31
    Gustavo Avila Bustamante |  | bolivia | government | 2005-07-01 | 2006-01-31
    Gustavo Guzman Saldana |  | bolivia | government | 2006-09-01 | 2009-02-28
    Gustavo Jalkh Roben |  | ecuador | government | 2010-08-01 | 2010-12-31
    Gustavo Larrea |  | ecuador | government | 2007-02-01 | 2007-12-31
    Gustavo Leigh Guzman |  | chile | government | 1973-09-11 | 1974-06-27
    Gustavo Noboa |  | ecuador | government | 2000-01-22 | 2003-01-15
    Guusje Ter Horst |  | netherlands | government | 2007-03-01 | 2010-03-31
    Guy Verhofstadt |  | belgium | government | 1999-07-12 | 2008-03-20
    Gvozden Flego |  | croatia | government | 2003-01-01 | 2004-01-31
    Gyanendra Bahadur Karaki |  | nepal | government | 2006-07-01 | 2007-04-30
    Gyanendra Bir Bikram Shah Deva |  | nepal | government | 2001-06-04 | 2008-05-28
    Gyanendra Karki |  | nepal | government | 2008-01-01 | 2008-09-30
    Gyorgy Janosi |  | hungary | government | 2003-01-01 | 2003-05-31
    Gyorgy Lazar |  | hungary | government | 1975-05-15 | 1987-06-25
    Gyorgy Szilvasy | Gyorgy Svilvasy | hungary | government | 2006-07-01 | 2009-04-30
    Gyude Bryant |  | liberia | government | 2003-10-14 | 2006-01-16
    Gyude Bryant |  | liberia | government | 2003-11-01 | 2006-01-31
    Gyula Horn |  | hungary | government | 1994-07-15 | 1998-07-06
    H. Dan Morias |  | liberia | government | 2003-11-01 | 2006-04-30
    H. Freeman Matthews |  | united-states | government | 1953-01-20 | 1953-01-21
    H.d. Deve Gowda |  | india | government | 1996-06-01 | 1997-04-21
    H.r. Haldeman |  | united-states | government | 1969-01-20 | 1973-04-30
    Habib Mansour |  | tunisia | government | 2008-09-01 | 2011-01-31
    Habib Sy |  | senegal | government | 2007-08-01 | 2009-05-31
    Habib Thiam |  | senegal | government | 1981-01-01 | 1983-04-03
    Habib Thiam |  | senegal | government | 1991-04-08 | 1998-07-03
    Habib ben Yahia |  | tunisia | government | 2003-01-01 | 2004-11-30
    Hackman Owusu Agyeman |  | ghana | government | 2003-01-01 | 2007-08-31
    Hae Phoofolo |  | lesotho | government | 1994-08-17 | 1994-09-14
    Hafizullah Amin |  | afghanistan | government | 1979-03-27 | 1979-12-27
    Hafizullah Amin |  | afghanistan | government | 1979-09-16 | 1979-12-27
    Hage Geingob |  | namibia | government | 1990-03-21 | 2002-08-28
    Hailu Yimenu |  | ethiopia | government | 1989-11-08 | 1991-04-26
    Haim Ramon |  | israel | government | 2005-02-01 | 2005-12-31
    Haim Ramon |  | israel | government | 2007-08-01 | 2009-03-31
    Haja Afsatu Kabba |  | sierra-leone | government | 2009-04-01 | 2010-03-31
    Haji Mohammad Chamkani |  | afghanistan | government | 1986-11-24 | 1987-09-30
    Halifa Houmadi |  | comoros | government | 1994-10-14 | 1995-04-29
    Halldor Asgrimsson |  | iceland | government | 2003-01-01 | 2003-11-30
    Halldor Asgrimsson |  | iceland | government | 2004-09-15 | 2006-06-15
    Halldor Asgrimsson |  | iceland | government | 2004-10-01 | 2006-06-30
    Ham Lini |  | vanuatu | government | 2003-12-01 | 2004-08-31
    Ham Lini |  | vanuatu | government | 2004-10-01 | 2009-08-31
    Hama Amadou |  | niger | government | 1995-02-21 | 1996-01-27
    Hama Amadou |  | niger | government | 2000-01-03 | 2007-06-07
    Hamad al Kasasbeh |  | jordan | government | 2007-11-01 | 2009-02-28
    Hamad bin Khalifa al Thani |  | qatar | government | 2003-02-01 | 2006-07-31
    Hamad bin Khalifa al Thani |  | qatar | government | 2006-09-01 | 2009-06-30
    Hamad bin Nabin Jasim al Thani |  | qatar | government | 2003-01-01 | 2005-03-31
    Hamada Madi |  | comoros | government | 2000-11-29 | 2002-04-15
    Hamada Madi |  | comoros | government | 2002-01-21 | 2002-05-26
    Hamdan bin Zayid al Nuhayyan |  | united-arab-emirates | government | 2003-01-01 | 2009-06-30
    Hamed Karoui |  | tunisia | government | 1989-09-27 | 1999-11-17
    Hamid Ansari |  | india | government | 2007-09-01 | 2010-10-31
    Hamid Said al Aufi |  | oman | government | 2003-01-01 | 2004-09-30
    Hamilton Green |  | guyana | government | 1985-08-06 | 1992-10-09
    Hamilton Jordan |  | united-states | government | 1979-07-18 | 1980-06-01
    Hamilton Lashley |  | barbados | government | 2003-01-01 | 2004-11-30
    Hamilton Lashley |  | barbados | government | 2005-01-01 | 2006-02-28
    Hamlaoui Mekachera |  | france | government | 2003-01-01 | 2007-05-31
    Hamud al Husayn |  | syria | government | 2006-03-01 | 2008-10-31
    Hamud bin Abdallah al Harthi |  | oman | government | 2003-01-01 | 2004-09-30
    Hamzah Haz |  | indonesia | government | 2003-01-01 | 2004-10-31
    Han Duck Soo |  | south-korea | government | 2004-10-01 | 2006-09-30
    Han Duck Soo |  | south-korea | government | 2006-03-14 | 2006-04-19
    Han Duck Soo |  | south-korea | government | 2007-04-02 | 2008-02-29
    Han Duck Soo |  | south-korea | government | 2007-05-01 | 2008-03-31
    Han Duck Soo |  | south-korea | government | 2009-05-01 | 2009-05-31
    Han Myeong Sook | Han Myong Sok | south-korea | government | 2003-01-01 | 2003-02-28
    Han Myeong Sook | Han Myong Sok | south-korea | government | 2006-06-01 | 2007-04-30
    Han Myung Sook |  | south-korea | government | 2006-04-19 | 2007-03-07
    Han Sang Bum |  | south-korea | government | 2004-11-01 | 2008-07-31
    Han Sung Joo |  | south-korea | government | 2004-10-01 | 2005-02-28
    Hang Thun Hak |  | cambodia | government | 1972-10-15 | 1973-05-06
    Hani Fawzi al Mulki |  | jordan | government | 2005-02-01 | 2005-04-30
    Hanna Suchocka |  | poland | government | 1992-07-08 | 1993-10-26
    Hannes Manninen |  | finland | government | 2003-05-01 | 2003-11-30
    Hannes Manninen |  | finland | government | 2004-01-01 | 2007-04-30
    Hans Eichel |  | germany | government | 2003-01-01 | 2005-11-30
    Hans Hoogervorst |  | netherlands | government | 2003-01-01 | 2003-05-31
    Hans Karlsson |  | sweden | government | 2003-01-01 | 2003-08-31
    Hans Modrow |  | east-germany | government | 1989-11-13 | 1990-04-12
    Hans Rudolf Merz |  | switzerland | government | 2004-01-01 | 2010-09-30
    Hans Winkler |  | austria | government | 2007-02-01 | 2008-12-31
    Hansjoerg Frick |  | liechtenstein | government | 2003-01-01 | 2005-04-30
    Hari Sabarno |  | indonesia | government | 2003-01-01 | 2004-10-31
    Harin Pathak |  | india | government | 2003-05-01 | 2004-01-31
    Haris Bamboukis |  | greece | government | 2009-11-01 | 2010-07-31
    Haris Pamboukis |  | greece | government | 2010-08-01 | 2010-09-30
    Harmodio Arias |  | panama | government | 2003-01-01 | 2004-09-30
    Harold Wilson |  | united-kingdom | government | 1964-10-16 | 1970-06-19
    Harold Wilson |  | united-kingdom | government | 1974-03-04 | 1976-04-05
    Haroun Kabadi |  | chad | government | 2002-06-12 | 2003-06-24
    Harouna Berete |  | guinea | government | 2008-08-01 | 2009-03-31
    Harri Holkeri |  | finland | government | 1987-04-30 | 1991-04-26
    Harrinarine Nawbatt |  | guyana | government | 2006-10-01 | 2007-06-30
    Harripersaud Nokta |  | guyana | government | 2003-01-01 | 2006-09-30
    Harry Duynhoven |  | new-zealand | government | 2003-09-01 | 2003-11-30
    Harry Duynhoven |  | new-zealand | government | 2004-01-01 | 2004-11-30
    Harry Nawbatt |  | guyana | government | 2007-07-01 | 2009-01-31
    Harry Olympio |  | togo | government | 2003-01-01 | 2005-06-30
    Harry S. Truman | Harry Truman | united-states | government | 1945-01-20 | 1945-04-12
    Harry S. Truman | Harry Truman | united-states | government | 1945-04-12 | 1953-01-20
    Harun Ron Lual |  | sudan | government | 2008-01-01 | 2010-06-30
    Harunur Rashid Khan Monno |  | bangladesh | government | 2003-01-01 | 2003-06-30
    Hasan Mohamed Nur Shati Gudud | Hasan Mohammed Nur Shatigadud | somalia | government | 2006-12-01 | 2007-03-31
    Hasan al Sari |  | syria | government | 2006-03-01 | 2010-05-31
    Hasan bin Abdallah bin Muhammad al Thani |  | qatar | government | 2003-01-01 | 2005-03-31
    Hasmy bin Agam |  | malaysia | government | 2003-01-01 | 2003-07-31
    Hassan Abshir Farah |  | somalia | government | 2001-11-12 | 2003-12-08
    Hassan Abshir Farah |  | somalia | government | 2003-01-01 | 2006-03-31
    Hassan Gouled Aptidon |  | djibouti | government | 1977-05-18 | 1977-07-12
    Hassan Gouled Aptidon |  | djibouti | government | 1977-06-27 | 1999-05-08
    Hassan Haruna |  | nigeria | government | 2007-08-01 | 2009-01-31
    Hassan Lawal | Hassan Mohammed Lawal | nigeria | government | 2009-02-01 | 2010-04-30
    Hassan Mohamed Nur Shatigadud |  | somalia | government | 2007-04-01 | 2008-04-30
    Hassan Nigwilizi |  | tanzania | government | 2003-01-01 | 2006-02-28
    Hassan Osman Riziq |  | sudan | government | 2003-01-01 | 2005-10-31
    Hassan Sabaa |  | lebanon | government | 2005-08-01 | 2006-05-31
    Hassan Sabaa |  | lebanon | government | 2006-12-01 | 2008-07-31
    Hassan Saeed |  | maldives | government | 2005-06-01 | 2007-08-31
    Hassan Terap |  | chad | government | 2005-09-01 | 2006-09-30
    Hassane Souley |  | niger | government | 2003-01-01 | 2003-12-31
    Hassane Souley |  | niger | government | 2004-02-01 | 2004-03-31
    Hatem Atallah |  | tunisia | government | 2003-01-01 | 2005-05-31
    Hatem ben Salem |  | tunisia | government | 2003-10-01 | 2004-01-31
    Hatem ben Salem |  | tunisia | government | 2004-03-01 | 2004-03-31
    Hatem ben Salem |  | tunisia | government | 2004-06-01 | 2004-06-30
    Hatem ben Salem |  | tunisia | government | 2004-08-01 | 2004-09-30
    Hau Pei Tsun |  | taiwan | government | 1990-05-30 | 1993-02-10
    Hawa Ahmed Youssouf |  | djibouti | government | 2003-02-01 | 2003-05-31
    Hawa Ahmed Youssouf |  | djibouti | government | 2003-07-01 | 2003-07-31
    Hawa Ahmed Youssouf |  | djibouti | government | 2005-08-01 | 2006-05-31
    Hawa Ghasia |  | tanzania | government | 2006-03-01 | 2007-07-31
    Haytham Duwayhi |  | syria | government | 2003-01-01 | 2003-04-30
    Haytham Duwayhi |  | syria | government | 2003-06-01 | 2003-09-30
    Hazel Blears | Hazel Anne Blears | united-kingdom | government | 2007-07-01 | 2009-06-30
    Hazel Manning |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Hazem al Beblawi | Hazem el Beblawi | egypt | government | 2011-07-17 | 2011-12-01
    Hazem al Beblawi | Hazem el Beblawi | egypt | government | 2013-07-16 | 2014-03-01
    He Yong |  | china | government | 2003-01-01 | 2003-04-30
    Heather Roy |  | new-zealand | government | 2009-01-01 | 2010-08-31
    Hector Alexander |  | panama | government | 2008-12-01 | 2008-12-31
    Hector Augusto Navarro Diaz |  | venezuela | government | 2007-02-01 | 2008-05-31
    Hector Briceno |  | honduras | government | 2006-03-01 | 2008-12-31
    Hector Ernesto Alexander Hansell |  | panama | government | 2009-01-01 | 2009-07-31
    Hector Jose Campora |  | argentina | government | 1973-05-25 | 1973-07-13
    Hector Miguel Antonio Dada Hirezi |  | el-salvador | government | 1980-01-09 | 1980-03-03
    Hector Rodriguez |  | venezuela | government | 2008-09-01 | 2008-12-31
    Hector Timerman | Hector Marcos Timerman | argentina | government | 2008-05-01 | 2010-07-31
    Hedayat Amin Arsala |  | afghanistan | government | 2003-01-01 | 2005-01-31
    Heidi Grande Roys |  | norway | government | 2005-11-01 | 2009-10-31
    Heidrun Silhavy |  | austria | government | 2007-02-01 | 2008-07-31
    Heizo Takenaka |  | japan | government | 2003-01-01 | 2005-11-30
    Helen Clark | Helen Elizabeth Clark | new-zealand | government | 1999-12-10 | 2008-11-19
    Helen Clark | Helen Elizabeth Clark | new-zealand | government | 2008-11-01 | 2008-12-31
    Helen Coonan |  | australia | government | 2003-01-01 | 2004-07-31
    Helen Liddell |  | united-kingdom | government | 2003-01-01 | 2003-06-30
    Helena Nosolini Embalo |  | guinea | government | 2009-04-01 | 2009-10-31
    Helene Chalifour Scherrer |  | canada | government | 2004-01-01 | 2004-07-31
    Helge Sander |  | denmark | government | 2005-03-01 | 2010-02-28
    Helgi Agustsson |  | iceland | government | 2003-01-01 | 2007-06-30
    Helio Fallas Venegas |  | costa-rica | government | 2003-01-01 | 2005-06-30
    Hellot Mampouya |  | republic-of-the-congo | government | 2008-03-01 | 2009-09-30
    Helmut Kohl |  | germany | government | 1982-10-01 | 1998-10-27
    Helmut Schmidt |  | germany | government | 1974-05-16 | 1982-10-01
    Hendarman Supandji |  | indonesia | government | 2007-06-01 | 2010-11-30
    Hendrick R. Chin A Sen |  | suriname | government | 1980-08-15 | 1982-02-04
    Hendrik Setrowidjojo |  | suriname | government | 2005-09-01 | 2010-08-31
    Hendrik Witbooi |  | namibia | government | 2003-01-01 | 2005-04-30
    Heng Chee Chan |  | singapore | government | 2003-01-01 | 2004-04-30
    Heng Samrin |  | cambodia | government | 1979-01-07 | 1981-06-27
    Heng Samrin |  | cambodia | government | 1981-06-27 | 1992-04-06
    Henk van Hoof |  | netherlands | government | 2005-02-01 | 2007-02-28
    Henri Bazin |  | haiti | government | 2004-06-01 | 2006-06-30
    Henri Cuq |  | france | government | 2004-04-01 | 2007-05-31
    Henri Engoulou |  | cameroon | government | 2005-02-01 | 2006-10-31
    Henri Grethen |  | luxembourg | government | 2003-01-01 | 2004-08-31
    Henri Maidou |  | central-african-republic | government | 1978-07-14 | 1979-09-26
    Henri Plagnol |  | france | government | 2003-01-01 | 2003-01-31
    Henri Plagnol |  | france | government | 2003-03-01 | 2003-04-30
    Henri Plagnol |  | france | government | 2003-09-01 | 2003-09-30
    Henri Plagnol |  | france | government | 2003-12-01 | 2003-12-31
    Henri Plagnol |  | france | government | 2004-03-01 | 2004-03-31
    Henriette Kjaer | Henriette Kjaerh | denmark | government | 2003-01-01 | 2005-02-28
    Henrique Afonso da Silva Horta |  | cape-verde | government | 1974-08-06 | 1974-09-21
    Henrique Chaves |  | portugal | government | 2004-08-01 | 2005-03-31
    Henrique Rosa |  | guinea-bissau | government | 2003-09-28 | 2005-10-01
    Henrique Soares de Melo |  | mozambique | government | 1974-06-11 | 1974-08-17
    Henry A. Wallace |  | united-states | government | 1941-01-20 | 1945-01-20
    Henry Bazin |  | haiti | government | 2004-04-01 | 2004-04-30
    Henry Dyer |  | dominica | government | 2004-02-01 | 2005-05-31
    Henry Illes |  | suriname | government | 2003-01-01 | 2008-08-31
    Henry Kissinger | Henry A. Kissinger | united-states | government | 1969-01-20 | 1975-11-03
    Henry Kissinger | Henry A. Kissinger | united-states | government | 1973-09-22 | 1977-01-20
    Henry Oryem Okello |  | uganda | government | 2003-01-01 | 2006-06-30
    Henry Phoya |  | malawi | government | 2004-03-01 | 2005-08-31
    Henry Phoya |  | malawi | government | 2006-07-01 | 2007-05-31
    Heraldo Benjamin Munoz Valenzuela |  | chile | government | 2003-08-01 | 2010-07-31
    Heraldo Munoz |  | chile | government | 2003-01-01 | 2003-02-28
    Herard Abraham |  | haiti | government | 1990-03-10 | 1990-03-13
    Herard Abraham |  | haiti | government | 2004-11-01 | 2006-06-30
    Herb Dhaliwal |  | canada | government | 2003-01-01 | 2003-12-31
    Herbert A. Blaize |  | grenada | government | 1960-01-01 | 1961-03-01
    Herbert A. Blaize |  | grenada | government | 1962-09-01 | 1967-08-01
    Herbert A. Blaize |  | grenada | government | 1984-12-04 | 1989-12-19
    Herbert Murerwa |  | zimbabwe | government | 2005-05-01 | 2007-03-31
    Herman Nau |  | haiti | government | 2003-01-01 | 2004-03-31
    Hermogenes Ebdane |  | philippines | government | 2005-04-01 | 2005-07-31
    Hermogenes Ebdane |  | philippines | government | 2005-10-01 | 2007-01-31
    Hermogenes Ebdane |  | philippines | government | 2007-09-01 | 2010-03-31
    Hernan Garrido Lecca |  | peru | government | 2006-09-01 | 2007-12-31
    Hernan Siles Zuazo |  | bolivia | government | 1982-10-10 | 1985-08-06
    Hernani Braganza |  | philippines | government | 2003-01-01 | 2003-01-31
    Herschel V. Johnson |  | united-states | government | 1946-06-03 | 1947-01-13
    Herve Jamar |  | belgium | government | 2003-08-01 | 2007-12-31
    Herve Mariton |  | france | government | 2007-04-01 | 2007-05-31
    Hesham Qandil | Hesham Mohamed Qandil | egypt | government | 2011-07-21 | 2012-08-02
    Hesham Qandil | Hesham Mohamed Qandil | egypt | government | 2012-08-02 | 2013-06-03
    Hilal al Atrash |  | syria | government | 2003-01-01 | 2003-09-30
    Hilal bin Khalid al Miwali |  | oman | government | 2004-10-01 | 2007-09-30
    Hilario Davide | Hilario G. Davide | philippines | government | 2007-02-01 | 2010-07-31
    Hilary Armstrong |  | united-kingdom | government | 2003-01-01 | 2007-06-30
    Hilbrand Nawijn |  | netherlands | government | 2003-01-01 | 2003-05-31
    Hilla Limann |  | ghana | government | 1979-09-24 | 1981-12-31
    Hillary Clinton | Hillary Rodham Clinton | united-states | government | 2009-01-21 | 2013-02-01
    Hillman Egbe Achuo |  | cameroon | government | 2005-02-01 | 2006-10-31
    Hilson Baptiste |  | antigua-and-barbuda | government | 2007-02-01 | 2009-04-30
    Hipido Hamutenya |  | namibia | government | 2003-01-01 | 2004-07-31
    Hipolito Mejia |  | dominican-republic | government | 2000-08-16 | 2004-08-16
    Hippolyte Lingani |  | burkina-faso | government | 2007-07-01 | 2008-09-30
    Hirofumi Hirano |  | japan | government | 2009-10-01 | 2010-06-30
    Hirofumi Nakasone |  | japan | government | 2008-10-01 | 2009-09-30
    Hirohisa Fujii |  | japan | government | 2009-10-01 | 2010-06-30
    Hiroko Ota |  | japan | government | 2006-10-01 | 2008-08-31
    Hiroshi Nakai |  | japan | government | 2009-10-01 | 2010-09-30
    Hiroyuki Hosoda |  | japan | government | 2003-01-01 | 2003-11-30
    Hiroyuki Hosoda |  | japan | government | 2004-06-01 | 2005-11-30
    Hisham al Tal |  | jordan | government | 2005-05-01 | 2005-07-31
    Hishammuddin Tun Hussein | Hishammuddin bin Tun Hussein | malaysia | government | 2003-01-01 | 2004-10-31
    Hisila Yami |  | nepal | government | 2007-05-01 | 2007-10-31
    Hisila Yami |  | nepal | government | 2008-01-01 | 2008-08-31
    Hissene Habre |  | chad | government | 1978-08-29 | 1979-03-23
    Hissene Habre |  | chad | government | 1982-06-07 | 1990-12-01
    Hla Tun |  | myanmar | government | 2004-03-01 | 2004-03-31
    Hng Kiang Lim |  | singapore | government | 2004-04-01 | 2004-04-30
    Ho Chih Chin |  | taiwan | government | 2008-03-01 | 2008-05-31
    Ho Hau Wah |  | china | government | 2003-01-01 | 2004-12-31
    Ho Mei Yueh |  | taiwan | government | 2005-01-01 | 2006-05-31
    Ho Mei Yueh |  | taiwan | government | 2008-03-01 | 2008-05-31
    Ho Song Kwan |  | south-korea | government | 2003-10-01 | 2004-09-30
    Hodeminou Devo |  | togo | government | 2003-01-01 | 2003-04-30
    Hodeminou Devo |  | togo | government | 2003-06-01 | 2003-06-30
    Hodeminou Devo |  | togo | government | 2003-08-01 | 2004-06-30
    Hodeminou Devo |  | togo | government | 2004-08-01 | 2005-06-30
    Hojatolislam Ali Akbar Hashemi |  | iran | government | 1981-06-22 | 1981-08-02
    Hojatolislam Ali Akbar Hashemi Rafsanjani |  | iran | government | 1981-08-30 | 1981-10-13
    Hojatolislam Ali Akbar Hashemi Rafsanjani |  | iran | government | 1989-08-03 | 1997-08-03
    Hojatolislam Mohammad Javad Bahonar |  | iran | government | 1981-08-04 | 1981-08-30
    Hojatolislam Sayyed Ali Khamenei |  | iran | government | 1981-10-13 | 1989-08-03
    Hojjat Ol Eslam Abdol Vahed Musavi Lari |  | iran | government | 2003-01-01 | 2004-03-31
    Hojjat Ol Eslam Abdol Vahed Musavi Lari |  | iran | government | 2004-05-01 | 2005-08-31
    Hojjat Ol Eslam Ali Akbari |  | iran | government | 2007-08-01 | 2009-09-30
    Hojjat Ol Eslam Majid Ansari |  | iran | government | 2004-12-01 | 2005-10-31
    Hojjat Ol Eslam Mehdi Mahdavi Karubi |  | iran | government | 2003-01-01 | 2004-08-31
    Hojjat Ol Eslam Mohammad Ali Abtahi |  | iran | government | 2003-01-01 | 2004-11-30
    Hojjat Ol Eslam Qolam Ali Hadad Adel |  | iran | government | 2004-09-01 | 2004-11-30
    Hong Chhem |  | cambodia | government | 2003-01-01 | 2004-11-30
    Hong Seok Hyun |  | south-korea | government | 2005-03-01 | 2005-09-30
    Hong Song Nam |  | north-korea | government | 1997-02-21 | 2003-09-03
    Hong Sun Huot |  | cambodia | government | 2003-01-01 | 2004-11-30
    Hope Mwesigye | Hope Ruhindi Mwesigye | uganda | government | 2003-06-01 | 2009-02-28
    Horst Sindermann |  | east-germany | government | 1973-10-03 | 1976-10-29
    Horv Fekszi |  | hungary | government | 2010-02-01 | 2010-06-30
    Hosein Dehqan |  | iran | government | 2004-09-01 | 2009-09-30
    Hosein Samsami |  | iran | government | 2008-05-01 | 2008-08-31
    Hosni Mubarak | Hosni Mubarek | egypt | government | 1981-10-07 | 1982-01-02
    Hosni Mubarak | Hosni Mubarek | egypt | government | 1981-10-14 | 2011-02-11
    Hossain Mohammad Ershad |  | bangladesh | government | 1982-03-24 | 1982-03-27
    Hossain Mohammad Ershad |  | bangladesh | government | 1983-12-11 | 1990-12-06
    Host Heinz Bodo Dettke |  | solomon-islands | government | 2010-10-01 | 2010-12-31
    Houmed Msaidie |  | comoros | government | 2003-06-01 | 2006-06-30
    Howard Baker |  | united-states | government | 1987-02-27 | 1988-07-01
    Howard Cooke |  | jamaica | government | 2003-01-01 | 2006-12-31
    Hrvoje Sarinic |  | croatia | government | 1992-09-08 | 1993-03-29
    Hsien Loong Lee |  | singapore | government | 2003-01-01 | 2004-04-30
    Hsih Cheng Huang |  | taiwan | government | 2003-01-01 | 2004-09-30
    Hsin Yi Lin |  | taiwan | government | 2003-01-01 | 2004-09-30
    Hsu Chih Hsiung |  | taiwan | government | 2005-01-01 | 2008-05-31
    Htay Oo |  | myanmar | government | 2003-09-01 | 2004-09-30
    Hu Chen Pu |  | taiwan | government | 2008-03-01 | 2008-05-31
    Hu Jintao |  | china | government | 2002-11-15 | 2013-03-14
    Hu Sheng Cheng |  | taiwan | government | 2005-01-01 | 2008-02-28
    Hu Yaobang |  | china | government | 1980-02-29 | 1987-01-16
    Hu Yaobang |  | china | government | 1981-06-29 | 1982-09-12
    Hua Chu Kao |  | taiwan | government | 2004-10-01 | 2004-12-31
    Hua Guofeng |  | china | government | 1976-02-04 | 1980-09-10
    Hua Guofeng |  | china | government | 1976-10-07 | 1981-06-29
    Hua Jianmin |  | china | government | 2003-05-01 | 2008-03-31
    Huang Chih Fang |  | taiwan | government | 2008-03-01 | 2008-05-31
    Huang Hwei Chen |  | taiwan | government | 2008-03-01 | 2008-05-31
    Huang Ju |  | china | government | 2003-05-01 | 2007-07-31
    Huang Pi Tuan |  | taiwan | government | 2008-06-01 | 2010-04-30
    Hubert Falco |  | france | government | 2003-01-01 | 2004-10-31
    Hubert H. Humphrey |  | united-states | government | 1965-01-20 | 1969-01-20
    Hubert Ingraham |  | bahamas | government | 1992-08-21 | 2002-05-03
    Hubert Maga |  | benin | government | 1970-05-07 | 1972-05-07
    Hubert Wurth |  | luxembourg | government | 2003-01-01 | 2003-09-30
    Hudson Austin |  | grenada | government | 1983-10-19 | 1983-10-25
    Hugh Lawson Shearer |  | jamaica | government | 1967-04-11 | 1972-03-02
    Hugh Watt |  | new-zealand | government | 1974-09-01 | 1974-09-06
    Hugo Banzer Suarez |  | bolivia | government | 1971-08-22 | 1978-07-21
    Hugo Banzer Suarez |  | bolivia | government | 1997-08-06 | 2001-08-07
    Hugo Beteta |  | guatemala | government | 2006-10-01 | 2007-08-31
    Hugo Cesar Cabezas Bracamonte | Hugo Cesar Cabeza Bracamonte | venezuela | government | 2007-02-01 | 2007-11-30
    Hugo Chavez |  | venezuela | government | 1999-02-02 | 2002-04-12
    Hugo Chavez |  | venezuela | government | 2002-04-14 | 2013-03-05
    Hugo Fernandez Faingold |  | uruguay | government | 2003-01-01 | 2005-02-28
    Hugo Guiliani Cury |  | dominican-republic | government | 2003-01-01 | 2004-08-31
    Hugo Noe Pino |  | honduras | government | 2006-03-01 | 2006-06-30
    Hugo Tolentino Dipp |  | dominican-republic | government | 2003-01-01 | 2003-05-31
    Huh Sung Kwan |  | south-korea | government | 2004-10-01 | 2005-02-28
    Hukumdeo Narayan Yadav |  | india | government | 2003-01-01 | 2003-04-30
    Humayd bin Ahmad al Mualla |  | united-arab-emirates | government | 2003-01-01 | 2005-01-31
    Humberto Schiavoni |  | argentina | government | 2001-12-21 | 2001-12-23
    Humphrey Hildenberg |  | suriname | government | 2003-01-01 | 2010-08-31
    Hun Sen |  | cambodia | government | 1985-01-14 | 1993-07-02
    Husam al Aswad |  | syria | government | 2003-01-01 | 2004-06-30
    Husam al Aswad |  | syria | government | 2004-08-01 | 2006-02-28
    Husamettin Cindoruk |  | turkey | government | 1993-04-17 | 1993-05-16
    Husayn Elabe Fahiye |  | somalia | government | 2003-01-01 | 2006-03-31
    Husayn Elabe Fahiye |  | somalia | government | 2006-12-01 | 2008-04-30
    Husayn Elabe Fahiye |  | somalia | government | 2009-05-01 | 2010-12-31
    Husni abu Gheida |  | jordan | government | 2003-01-01 | 2003-10-31
    Husni abu Gheida |  | jordan | government | 2006-06-01 | 2007-11-30
    Hussain Hilmy |  | maldives | government | 2005-09-01 | 2007-07-31
    Hussein Mohamed Farah Aideed | Hussein Mohammed Farah Aideed | somalia | government | 2006-04-01 | 2007-08-31
    Hussein Mwinyi | Hussein Ali Mwinyi | tanzania | government | 2006-03-01 | 2008-02-28
    Huynh Tan Phat |  | vietnam | government | 1975-04-30 | 1976-07-02
    Hwang In Sung |  | south-korea | government | 1993-02-25 | 1993-12-17
    Hynek Kmonicek |  | czech-republic | government | 2003-01-01 | 2007-01-31
    Hyun Soong Jong |  | south-korea | government | 1992-10-08 | 1993-02-25
    I Jen Chiou | I Ren Chiou | taiwan | government | 2003-01-01 | 2004-09-30
    I. D. Swami |  | india | government | 2003-01-01 | 2003-06-30
    Iajuddin Ahmed |  | bangladesh | government | 2006-10-29 | 2007-01-11
    Ian Douglas |  | dominica | government | 2005-06-01 | 2007-10-31
    Ian Mcdonald |  | australia | government | 2003-01-01 | 2004-11-30
    Ibrahim Ahmed Omer |  | sudan | government | 2008-05-01 | 2010-06-30
    Ibrahim Assaf |  | lebanon | government | 2006-05-01 | 2006-05-31
    Ibrahim Bare Mainassara |  | niger | government | 1996-01-27 | 1996-08-07
    Ibrahim Bare Mainassara |  | niger | government | 1996-08-07 | 1999-04-09
    Ibrahim Boubacar Keita |  | mali | government | 1994-02-04 | 2000-02-15
    Ibrahim Francoise Mboma |  | central-african-republic | government | 2003-01-01 | 2003-03-31
    Ibrahim Hadad | Ibrahim Haddad | syria | government | 2003-10-01 | 2006-02-28
    Ibrahim Halidi |  | comoros | government | 1993-01-01 | 1993-05-26
    Ibrahim Hassane Mayaki |  | niger | government | 1997-11-27 | 2000-01-03
    Ibrahim Kazaure |  | nigeria | government | 2009-02-01 | 2010-02-28
    Ibrahim M. Kamara |  | sierra-leone | government | 2003-01-01 | 2008-12-31
    Ibrahim Mahmoud Hamed | Ibrahim Mahmoud Hamid | sudan | government | 2003-06-01 | 2004-10-31
    Ibrahim Mahmoud Hamed | Ibrahim Mahmoud Hamid | sudan | government | 2004-12-01 | 2005-10-31
    Ibrahim Rugova |  | kosovo | government | 2002-03-04 | 2006-01-21
    Ibrahim Said Msabaha |  | tanzania | government | 2007-08-01 | 2008-02-28
    Ibrahim Shamseddine |  | lebanon | government | 2008-08-01 | 2009-11-30
    Ibrahim Suleiman |  | sudan | government | 2003-01-01 | 2005-10-31
    Ibrahim Umar Kida |  | nigeria | government | 2003-01-01 | 2003-07-31
    Ibrahim bin Muhammad al Assaf |  | saudi-arabia | government | 2003-01-01 | 2003-06-30
    Ibrahima Sory Toure | Ibrahima Sory Traore | guinea | government | 2006-11-01 | 2007-07-31
    Ibrahima Souma |  | guinea | government | 2003-01-01 | 2006-10-31
    Ichinkhorloo Erdenebaatar |  | mongolia | government | 2005-07-01 | 2006-02-28
    Idriss Ahamat Idriss |  | chad | government | 2003-01-01 | 2004-08-31
    Idriss Jazairy |  | algeria | government | 2003-01-01 | 2005-05-31
    Idrissa Seck |  | senegal | government | 2002-11-04 | 2004-04-21
    Idrissou Sina Bio Gounou |  | benin | government | 2007-07-01 | 2008-11-30
    Ieremia Tabai |  | kiribati | government | 1978-03-01 | 1979-07-12
    Ieremia Tabai |  | kiribati | government | 1979-07-12 | 1982-12-10
    Ieremia Tabai |  | kiribati | government | 1983-02-18 | 1991-07-04
    Iftekhar Ahmed Chowdhury |  | bangladesh | government | 2003-01-01 | 2009-01-31
    Igli Toska |  | albania | government | 2004-02-01 | 2005-09-30
    Ignace Gata Mavinga |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-11-30
    Ignacio Milam Tang |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Ignacio Walker |  | chile | government | 2004-11-01 | 2006-04-30
    Ignatius Kutu Acheampong |  | ghana | government | 1972-01-13 | 1978-07-05
    Igor Ivanov | Igor Sergeyevich Ivanov | russia | government | 2003-01-01 | 2003-09-30
    Igor Ivanov | Igor Sergeyevich Ivanov | russia | government | 2003-11-01 | 2004-03-31
    Igor Shuvalov | Igor Ivanovich Shuvalov | russia | government | 2003-01-01 | 2003-06-30
    Ilan Shalgi |  | israel | government | 2004-08-01 | 2004-10-31
    Ilidio Alexandre Cruz |  | cape-verde | government | 2003-01-01 | 2004-02-28
    Ilie Verdet |  | romania | government | 1979-03-29 | 1982-05-21
    Ilir Meta |  | albania | government | 1999-10-29 | 2002-02-22
    Ilir Meta |  | albania | government | 2003-01-01 | 2003-08-31
    Ilir Rusmajli |  | albania | government | 2005-10-01 | 2007-04-30
    Ilkka Kanerva |  | finland | government | 2007-05-01 | 2008-04-30
    Ilya Yuzhanov | Ilya Arturovich Yuzhanov | russia | government | 2003-01-01 | 2004-03-31
    Im Chhunlim |  | cambodia | government | 2003-01-01 | 2004-11-30
    Imad Fakhoury |  | jordan | government | 2010-01-01 | 2010-11-30
    Imata Kabua |  | marshall-islands | government | 1997-01-14 | 2000-01-10
    Immanuel Ngatjizeko |  | namibia | government | 2003-06-01 | 2005-05-31
    Imoro Andani |  | ghana | government | 2003-01-01 | 2003-03-31
    In Jaw Lai |  | taiwan | government | 2003-01-01 | 2004-09-30
    In Tam |  | cambodia | government | 1973-05-06 | 1973-12-09
    Inder Kumar Gujral |  | india | government | 1997-04-21 | 1998-03-19
    Indira Gandhi |  | india | government | 1966-01-19 | 1977-03-24
    Indira Gandhi |  | india | government | 1980-01-14 | 1984-10-31
    Inge Vervotte |  | belgium | government | 2008-01-01 | 2008-12-31
    Ingele Ifoto |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2005-01-31
    Ingjerd Schou |  | norway | government | 2003-01-01 | 2004-07-31
    Ingrid Antonijevic |  | chile | government | 2006-05-01 | 2006-07-31
    Ingvar Carlsson |  | sweden | government | 1986-02-28 | 1991-10-03
    Ingvar Carlsson |  | sweden | government | 1994-10-07 | 1996-03-21
    Inocencio Felix Arias Llamas |  | spain | government | 2003-01-01 | 2004-06-30
    Ioannis Alevras |  | greece | government | 1985-03-10 | 1985-03-29
    Ioannis Grivas |  | greece | government | 1989-10-11 | 1989-11-23
    Ioannis Kasoulides |  | cyprus | government | 2003-01-01 | 2003-02-28
    Ioannis Mourikis |  | greece | government | 2007-07-01 | 2009-08-31
    Ioannis Papathanasiou |  | greece | government | 2009-02-01 | 2009-10-31
    Ion Gheorghe Maurer |  | romania | government | 1961-03-21 | 1974-03-29
    Ionatana Ionatana |  | tuvalu | government | 1999-04-27 | 2000-12-08
    Irami Matairavula |  | fiji | government | 2003-01-01 | 2007-08-31
    Irma Klein Loemban Tobing |  | suriname | government | 2003-01-01 | 2003-06-30
    Isa bin Ibrahim |  | brunei | government | 2003-01-01 | 2003-12-31
    Isa bin Ibrahim |  | brunei | government | 2004-02-01 | 2005-07-31
    Isaac Alfie |  | uruguay | government | 2003-09-01 | 2005-02-28
    Isaac Chikwekwere Lamba |  | malawi | government | 2003-01-01 | 2004-08-31
    Isabel Buscardin |  | guinea | government | 2004-07-01 | 2006-05-31
    Isabel Buscardin |  | guinea | government | 2007-08-01 | 2008-08-31
    Isabel Manuel Nkavandeka | Isabel Manuel Nkavadeka | mozambique | government | 2005-03-01 | 2010-01-31
    Isabel Peron |  | argentina | government | 1974-07-01 | 1976-03-24
    Isabelle Donald |  | vanuatu | government | 2005-05-01 | 2010-05-31
    Isabelle Durant |  | belgium | government | 2003-01-01 | 2003-05-31
    Isabelle Simonis |  | belgium | government | 2003-08-01 | 2004-07-31
    Isaias Rodriguez |  | venezuela | government | 2000-01-24 | 2000-12-28
    Isaias Rodriguez |  | venezuela | government | 2003-01-01 | 2008-02-28
    Ishaq Shahryar |  | afghanistan | government | 2003-01-01 | 2003-09-30
    Isidore Mvouba |  | republic-of-the-congo | government | 2006-07-01 | 2009-09-30
    Isidro Rondon Torres |  | venezuela | government | 2008-03-01 | 2008-12-31
    Isikia Savua |  | fiji | government | 2003-01-01 | 2007-08-31
    Islamic Revolutionary Council |  | iran | government | 1979-11-06 | 1980-08-12
    Ismael Abraao Gaspar Martines |  | angola | government | 2003-04-01 | 2003-07-31
    Ismail Amat |  | china | government | 2003-01-01 | 2003-04-30
    Ismail Fathy |  | maldives | government | 2003-01-01 | 2005-05-31
    Ismail Haniya |  | palestine | government | 2006-03-29 | 2007-06-14
    Ismail Mohamed Hurre Buba | Ismail Mohammed Hurreh Buba | somalia | government | 2006-04-01 | 2007-04-30
    Ismail Sabri Yaacob |  | malaysia | government | 2008-04-01 | 2009-04-30
    Ismaila Sambou |  | gambia | government | 2005-12-01 | 2008-04-30
    Ismat Jahan |  | bangladesh | government | 2008-03-01 | 2009-08-31
    Issa Conde |  | guinea | government | 2008-08-01 | 2009-03-31
    Issa Samb | Issa Mbaye Samb | senegal | government | 2007-01-01 | 2007-07-31
    Issa bin Ali al Khalifa |  | bahrain | government | 2003-01-01 | 2005-10-31
    Issa bin Ali al Khalifa |  | bahrain | government | 2006-08-01 | 2006-12-31
    Issam Fares |  | lebanon | government | 2003-01-01 | 2004-10-31
    Issam Fares |  | lebanon | government | 2004-12-01 | 2005-06-30
    Issam abu Jamra |  | lebanon | government | 2008-08-01 | 2009-11-30
    Issuf Sanha |  | guinea | government | 2006-06-01 | 2009-03-31
    Istvan Gyenesei |  | hungary | government | 2009-03-01 | 2009-04-30
    Istvan Hiller |  | hungary | government | 2003-06-01 | 2003-10-31
    Istvan Hiller |  | hungary | government | 2003-12-01 | 2005-02-28
    Italo Luder |  | argentina | government | 1975-09-13 | 1975-10-16
    Itamar Franco |  | brazil | government | 1992-10-02 | 1995-01-01
    Ivailo Kalfin |  | bulgaria | government | 2005-09-01 | 2005-12-31
    Ivan Aviles Mantilla |  | bolivia | government | 2005-07-01 | 2006-01-31
    Ivan Graanoogst |  | suriname | government | 1990-12-24 | 1990-12-29
    Ivan Grdesic |  | croatia | government | 2003-01-01 | 2004-10-31
    Ivan Knotek |  | slovakia | government | 1988-10-12 | 1989-06-22
    Ivan Kostov |  | bulgaria | government | 1997-05-21 | 2001-07-24
    Ivan Langer |  | czech-republic | government | 2006-10-01 | 2009-06-30
    Ivan Miklos |  | slovakia | government | 2003-01-01 | 2003-04-30
    Ivan Miklos |  | slovakia | government | 2003-06-01 | 2006-07-31
    Ivan Piperkov |  | bulgaria | government | 2007-08-01 | 2009-06-30
    Ivan Romero Martinez |  | honduras | government | 2006-08-01 | 2008-04-30
    Ivan Silayev |  | russia | government | 1991-09-06 | 1991-12-25
    Ivan Simonovic |  | croatia | government | 2003-01-01 | 2003-06-30
    Ivan Suker |  | croatia | government | 2004-02-01 | 2004-09-30
    Ivaylo Kalfin |  | bulgaria | government | 2006-01-01 | 2009-08-31
    Ivica Pancic |  | croatia | government | 2003-01-01 | 2004-01-31
    Ivica Racan |  | croatia | government | 2000-01-27 | 2003-12-23
    Ivonne Young Valdez |  | panama | government | 2003-01-01 | 2004-09-30
    Ivy Dumont |  | bahamas | government | 2003-01-01 | 2004-03-31
    Ivy Matsepe Casaburri |  | south-africa | government | 2008-09-25 | 2008-09-25
    Ivy Matsepe Cassaburri |  | south-africa | government | 2008-09-25 | 2008-09-25
    Iyorcha Ayu |  | nigeria | government | 2003-08-01 | 2005-07-31
    J. B. Dauda |  | sierra-leone | government | 2011-01-01 | 2011-01-31
    J. Damascene Ntawukuriryayo | J. Damascene Ntawukuriry Ayo | rwanda | government | 2004-07-01 | 2004-09-30
    J. H. Mensah |  | ghana | government | 2005-04-01 | 2008-05-31
    J. Howard Mcgrath |  | united-states | government | 1949-07-27 | 1952-04-03
    J.m.g. Adams |  | barbados | government | 1976-09-08 | 1985-03-11
    Jaafar Sharif Emami |  | iran | government | 1978-08-27 | 1978-11-06
    Jaap Gijsbert de Hoop Scheffer |  | netherlands | government | 2003-09-01 | 2003-12-31
    Jaap de Hoop Scheffer |  | netherlands | government | 2003-01-01 | 2003-08-31
    Jaberi Bidandi Ssali |  | uganda | government | 2003-01-01 | 2003-05-31
    Jacek Rostowski |  | poland | government | 2007-12-01 | 2009-01-31
    Jacek Socha |  | poland | government | 2004-06-01 | 2005-11-30
    Jacinto Soares Veloso |  | mozambique | government | 1986-10-19 | 1986-11-06
    Jack Lew |  | united-states | government | 1998-05-21 | 2001-01-19
    Jack Straw |  | united-kingdom | government | 2003-01-01 | 2007-06-30
    Jack Watson |  | united-states | government | 1980-06-01 | 1981-01-20
    Jackson Doe | Jackson E. Doe | liberia | government | 2003-11-01 | 2006-04-30
    Jacob Austin |  | canada | government | 2004-01-01 | 2006-02-28
    Jacob Nena |  | micronesia | government | 1996-11-08 | 1999-05-11
    Jacob Zuma |  | south-africa | government | 2003-01-01 | 2005-07-31
    Jacobo Majluta Azar |  | dominican-republic | government | 1982-07-04 | 1982-08-16
    Jacques Adiahenot |  | gabon | government | 2003-01-01 | 2004-09-30
    Jacques Adiahenot |  | gabon | government | 2004-11-01 | 2008-03-31
    Jacques Boisson |  | monaco | government | 2003-01-01 | 2003-07-31
    Jacques Chaban Delmas |  | france | government | 1969-06-20 | 1972-07-05
    Jacques Chirac |  | france | government | 1974-05-27 | 1976-08-25
    Jacques Chirac |  | france | government | 1986-03-20 | 1988-05-10
    Jacques Chirac |  | france | government | 1995-05-17 | 2007-05-16
    Jacques Dupont |  | monaco | government | 1991-02-16 | 1994-12-02
    Jacques Edouard Alexis |  | haiti | government | 1999-03-26 | 2001-03-02
    Jacques Lungwana |  | democratic-republic-of-the-congo | government | 2005-12-01 | 2006-10-31
    Jacques Saada |  | canada | government | 2004-01-01 | 2004-07-31
    Jacques Santer |  | luxembourg | government | 1984-07-20 | 1995-01-20
    Jacques Simonet |  | belgium | government | 2003-08-01 | 2004-03-31
    Jacquesson Mazette |  | central-african-republic | government | 2003-01-01 | 2003-03-31
    Jacqui Smith |  | united-kingdom | government | 2006-06-01 | 2009-06-30
    Jadallah Azzuz At Talhi |  | libya | government | 1979-03-01 | 1984-02-16
    Jafar Towfiqi Darian |  | iran | government | 2003-11-01 | 2005-08-31
    Jagat Bahadur Bogati |  | nepal | government | 2007-05-01 | 2008-09-30
    Jagdish Koonjul |  | mauritius | government | 2003-01-01 | 2008-07-31
    Jagdish Tytler |  | india | government | 2005-03-01 | 2005-10-31
    Jai Pratap Rana |  | nepal | government | 2003-01-01 | 2004-03-31
    Jaime Abdul Gutierrez Avendano |  | el-salvador | government | 1979-10-15 | 1982-05-02
    Jaime Aparicio Otero |  | bolivia | government | 2003-02-01 | 2006-08-31
    Jaime Bermudez Merizalde |  | colombia | government | 2008-09-01 | 2010-08-31
    Jaime Bestard |  | paraguay | government | 2003-01-01 | 2003-01-31
    Jaime Damerval |  | ecuador | government | 2004-12-01 | 2005-03-31
    Jaime Daremblum Rosenstein |  | costa-rica | government | 2003-01-01 | 2004-10-31
    Jaime Eduardo Duhn Castellanos |  | bolivia | government | 2005-07-01 | 2005-11-30
    Jaime Moncayo |  | ecuador | government | 2005-04-01 | 2005-04-30
    Jaime Paz Zamora |  | bolivia | government | 1989-08-06 | 1993-08-06
    Jaime Quijandria |  | peru | government | 2003-09-01 | 2003-10-31
    Jaime Quijandria |  | peru | government | 2003-12-01 | 2004-02-28
    Jaime Ravinet |  | chile | government | 2003-01-01 | 2004-10-31
    Jaime Roldos Aguilera |  | ecuador | government | 1979-08-10 | 1981-05-24
    Jake Obetsebi Lamptey | Jake Obestsebi Lamptey | ghana | government | 2004-01-01 | 2004-01-31
    Jakob Gijsbert de Hoop Scheffer |  | netherlands | government | 2003-09-01 | 2003-12-31
    Jakrapob Penkair |  | thailand | government | 2008-03-01 | 2008-06-30
    Jakup Krasniqi |  | kosovo | government | 2010-09-27 | 2011-02-22
    Jakup Krasniqi |  | kosovo | government | 2011-04-07 | 2011-04-07
    Jalbuugiyn Choinhor |  | mongolia | government | 2003-01-01 | 2004-08-31
    Jale Anare |  | fiji | government | 2003-01-01 | 2003-04-30
    Jalo Luzeria dos Santos |  | guinea | government | 2003-04-01 | 2003-06-30
    Jamal Mohamed Hassan |  | sudan | government | 2003-01-01 | 2003-06-30
    Jamal Shamayleh |  | jordan | government | 2010-01-01 | 2010-07-31
    Jamaluddin Jarjis | Jamaluddin bin Mohamed Jarjis | malaysia | government | 2003-09-01 | 2008-03-31
    Jambyn Batmonkh |  | mongolia | government | 1974-06-11 | 1984-12-12
    Jambyn Batmonkh |  | mongolia | government | 1984-08-24 | 1990-03-14
    Jambyn Batmonkh |  | mongolia | government | 1984-12-12 | 1990-03-21
    James Alfred Davidson |  | brunei | government | 1975-01-01 | 1978-01-01
    James Anderton |  | new-zealand | government | 2003-09-01 | 2004-11-30
    James Anderton |  | new-zealand | government | 2006-12-01 | 2008-12-31
    James B. Carlisle |  | antigua-and-barbuda | government | 2003-01-01 | 2009-04-30
    James B. Cunningham |  | united-states | government | 2001-01-20 | 2001-09-18
    James Baker | James A. Baker; James A. Baker III; James Addison Baker; James Addison Baker III; James Baker III | united-states | government | 1981-01-20 | 1985-02-04
    James Baker | James A. Baker; James A. Baker III; James Addison Baker; James Addison Baker III; James Baker III | united-states | government | 1989-01-25 | 1992-08-23
    James Baker | James A. Baker; James A. Baker III; James Addison Baker; James Addison Baker III; James Baker III | united-states | government | 1992-08-23 | 1993-01-20
    James Brown | James Gordon Brown | united-kingdom | government | 2008-11-01 | 2010-05-31
    James Burty David |  | mauritius | government | 2005-09-01 | 2009-12-31
    James Byrnes |  | united-states | government | 1945-07-03 | 1947-01-21
    James Callaghan |  | united-kingdom | government | 1976-04-05 | 1979-05-04
    James Carlisle |  | antigua-and-barbuda | government | 1993-06-10 | 2007-07-17
    James J. Wadsworth |  | united-states | government | 1960-09-08 | 1961-01-21
    James Kinobe |  | uganda | government | 2006-07-01 | 2009-02-28
    James Kok |  | sudan | government | 2007-11-01 | 2007-12-31
    James L. Jones |  | united-states | government | 2009-01-20 | 2010-10-21
    James Murphy |  | united-kingdom | government | 2008-11-01 | 2010-05-31
    James Musoni |  | rwanda | government | 2006-04-01 | 2009-12-31
    James P. Mcgranery |  | united-states | government | 1952-04-04 | 1953-01-20
    James Purnell |  | united-kingdom | government | 2008-03-01 | 2009-06-30
    James R. Mancham |  | seychelles | government | 1970-11-12 | 1976-06-28
    James Russell Wiggins |  | united-states | government | 1968-10-04 | 1969-01-20
    James Smith |  | bahamas | government | 2003-01-01 | 2007-06-30
    James Soong |  | taiwan | government | 1993-03-20 | 1998-12-21
    James Sutton |  | new-zealand | government | 2003-01-01 | 2006-11-30
    James Taom |  | kiribati | government | 2003-09-01 | 2010-04-30
    James Tora |  | solomon-islands | government | 2005-04-01 | 2009-08-31
    James Tora |  | solomon-islands | government | 2010-05-01 | 2010-09-30
    James Wapakhabulo |  | uganda | government | 2003-01-01 | 2005-01-31
    Jamesetta Howard Wolokollie |  | liberia | government | 2006-05-01 | 2008-10-31
    Jamil Mahuad |  | ecuador | government | 1998-08-10 | 2000-01-21
    Jamiruddin Sircar |  | bangladesh | government | 2002-06-21 | 2002-09-06
    Jamshid Amouzegar |  | iran | government | 1977-08-07 | 1978-08-27
    Jamtsarangiyn Sambuu |  | mongolia | government | 1954-07-07 | 1972-05-20
    Jan Carlsson |  | sweden | government | 2003-02-01 | 2003-08-31
    Jan Carnogursko |  | slovakia | government | 1991-04-23 | 1992-06-24
    Jan Cornelius de Jager |  | netherlands | government | 2010-07-01 | 2010-11-30
    Jan Eduard de Quay |  | netherlands | government | 1959-05-19 | 1963-07-24
    Jan Eliasson |  | sweden | government | 2003-01-01 | 2005-10-31
    Jan Eliasson |  | sweden | government | 2006-05-01 | 2006-10-31
    Jan Fischer |  | czech-republic | government | 2009-07-01 | 2010-07-31
    Jan Jaap Sonke |  | malawi | government | 2003-01-01 | 2003-03-31
    Jan Kees de Jager |  | netherlands | government | 2007-03-01 | 2009-12-31
    Jan Kees de Jager |  | netherlands | government | 2010-04-01 | 2010-06-30
    Jan Kees de Jager |  | netherlands | government | 2010-07-01 | 2010-11-30
    Jan Kohout |  | czech-republic | government | 2009-07-01 | 2010-07-31
    Jan Krzysztof Bielecki |  | poland | government | 1991-01-04 | 1991-12-05
    Jan Kubis |  | slovakia | government | 2006-08-01 | 2009-01-31
    Jan Mikolaj |  | slovakia | government | 2006-08-01 | 2010-07-31
    Jan Olszewski |  | poland | government | 1991-12-06 | 1992-06-05
    Jan Peder Syse |  | norway | government | 1989-10-16 | 1990-11-03
    Jan Peter Balkenende |  | netherlands | government | 2002-07-22 | 2010-11-14
    Jan Peter Balkenende |  | netherlands | government | 2003-01-01 | 2010-10-31
    Jan Petersen |  | norway | government | 2003-01-01 | 2005-10-31
    Jan Pociatek |  | slovakia | government | 2006-08-01 | 2010-07-31
    Janaka Bandara Tennakoon | Janaka B. Tennekoon | sri-lanka | government | 2004-06-01 | 2010-04-30
    Janardan Sharma Prabhakar |  | nepal | government | 2008-10-01 | 2009-06-30
    Janet J. Mccoy |  | micronesia | government | 1981-12-01 | 1987-07-10
    Janet Jagan |  | guyana | government | 1997-03-17 | 1997-12-22
    Janet Jagan |  | guyana | government | 1997-12-19 | 1999-08-11
    Janet Napolitano |  | united-states | government | 2009-01-21 | 2013-09-06
    Janet Reno |  | united-states | government | 1993-03-12 | 2001-01-20
    Janet Royall |  | united-kingdom | government | 2008-11-01 | 2010-05-31
    Jang Ha Jin |  | south-korea | government | 2005-03-01 | 2008-03-31
    Janine Coye Felson |  | belize | government | 2006-08-01 | 2007-11-30
    Janlavyn Narantsatsralt |  | mongolia | government | 1998-12-09 | 1999-07-22
    Janos Veres |  | hungary | government | 2005-05-01 | 2009-04-30
    Janusz Kaczmarek |  | poland | government | 2007-03-01 | 2007-11-30
    Janusz Reiter |  | poland | government | 2005-12-01 | 2008-02-28
    Janusz Stanczyk |  | poland | government | 2003-01-01 | 2006-08-31
    Jarette Narine |  | trinidad-and-tobago | government | 2003-01-01 | 2003-11-30
    Jargalsaikhany Enkhsaikhan |  | mongolia | government | 2003-01-01 | 2003-07-31
    Jaroslav Bures |  | czech-republic | government | 2004-09-01 | 2005-04-30
    Jaroslaw Kaczynski |  | poland | government | 2006-07-14 | 2007-11-16
    Jaroslaw Kalinowski |  | poland | government | 2003-01-01 | 2003-02-28
    Jasim bin Muhammad Bu Alai |  | bahrain | government | 2003-01-01 | 2003-03-31
    Jaswant Singh |  | india | government | 2003-01-01 | 2004-05-31
    Javier Arenas |  | spain | government | 2003-01-01 | 2004-04-30
    Javier Comboni Salinas |  | bolivia | government | 2003-01-01 | 2003-10-31
    Javier Cuevas Argote |  | bolivia | government | 2003-11-01 | 2004-11-30
    Javier Diez de Medina |  | bolivia | government | 2005-08-01 | 2006-01-31
    Javier Murillo de la Rocha |  | bolivia | government | 2003-01-01 | 2004-07-31
    Javier Perez de Cuellar |  | peru | government | 2000-11-25 | 2001-07-28
    Javier Reategui |  | peru | government | 2004-06-01 | 2005-03-31
    Javier Silva Ruete |  | peru | government | 2003-01-01 | 2003-08-31
    Javier Valle Riestra |  | peru | government | 1998-06-04 | 1998-08-21
    Javier Velasquez Quesquen |  | peru | government | 2009-08-01 | 2010-09-30
    Jawad al Araidh |  | bahrain | government | 2007-01-01 | 2010-10-31
    Jay D. Hill |  | canada | government | 2010-04-01 | 2010-08-31
    Jay Hill |  | canada | government | 2008-11-01 | 2010-03-31
    Jayarama Valayden |  | mauritius | government | 2005-09-01 | 2010-06-30
    Jayawanti Mehta |  | india | government | 2003-01-01 | 2004-01-31
    Jean Alexandre |  | haiti | government | 2003-01-01 | 2004-03-31
    Jean Alingue Bawoyeu |  | chad | government | 1991-03-04 | 1992-05-20
    Jean Ausseil |  | monaco | government | 1985-09-16 | 1991-02-16
    Jean Baptist Edaye |  | benin | government | 2005-11-01 | 2006-04-30
    Jean Baptiste Bagaza |  | burundi | government | 1976-11-02 | 1987-09-03
    Jean Baptiste Marie Pascal Compaore |  | burkina-faso | government | 2007-07-01 | 2008-09-30
    Jean Baptiste Ouedraogo |  | burkina-faso | government | 1982-11-08 | 1983-08-04
    Jean Baptiste Taty Loutard | Jean Baptiste Tati Loutard | republic-of-the-congo | government | 2008-03-01 | 2009-09-30
    Jean Bertrand Aristide |  | haiti | government | 1991-02-07 | 1991-09-30
    Jean Bertrand Aristide |  | haiti | government | 1993-06-15 | 1994-05-12
    Jean Bertrand Aristide |  | haiti | government | 1994-10-12 | 1996-02-07
    Jean Bertrand Aristide |  | haiti | government | 2001-02-07 | 2004-02-29
    Jean Bigiriman | Jean Bigirimana | burundi | government | 2007-02-01 | 2007-02-28
    Jean Chretien |  | canada | government | 1993-11-04 | 2003-12-12
    Jean Claude Muyambo |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2008-10-31
    Jean David Levitte |  | france | government | 2003-01-01 | 2007-10-31
    Jean Dominque Ndarata |  | central-african-republic | government | 2003-01-01 | 2003-03-31
    Jean Faubert Gustave |  | haiti | government | 2003-09-01 | 2004-03-31
    Jean Francois Cope |  | france | government | 2003-01-01 | 2007-05-31
    Jean Francois Lamour |  | france | government | 2003-01-01 | 2007-05-31
    Jean Francois Ndongou |  | gabon | government | 2003-01-01 | 2008-03-31
    Jean Francois Ntoutoume Emane |  | gabon | government | 1999-01-23 | 2006-01-20
    Jean Frangois Ekofo Panzoko |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-11-30
    Jean Geneus |  | haiti | government | 2006-07-01 | 2008-09-30
    Jean Herly |  | monaco | government | 1981-07-01 | 1985-09-16
    Jean Jacques Honorat |  | haiti | government | 1991-10-11 | 1992-06-19
    Jean Jacques Nyenimigabo | Jean Jacques Enyenimigabo | burundi | government | 2005-09-01 | 2007-11-30
    Jean Kambanda |  | rwanda | government | 1994-04-09 | 1994-07-19
    Jean Louis Borloo |  | france | government | 2003-01-01 | 2004-04-30
    Jean Louis Borloo |  | france | government | 2007-07-01 | 2009-06-30
    Jean Louis Campora |  | monaco | government | 2003-01-01 | 2003-01-31
    Jean Louis Schiltz |  | luxembourg | government | 2004-09-01 | 2006-03-31
    Jean Luc Dehaene |  | belgium | government | 1992-03-07 | 1999-07-12
    Jean Luc Dehaene |  | belgium | government | 1993-07-31 | 1993-08-09
    Jean Luc Mandaba |  | central-african-republic | government | 1993-10-25 | 1995-04-12
    Jean Marc Delizee |  | belgium | government | 2009-01-01 | 2009-11-30
    Jean Marc Hoscheit |  | luxembourg | government | 2003-10-01 | 2009-03-31
    Jean Marc Rochereau de la Sabliere |  | france | government | 2003-01-01 | 2007-08-31
    Jean Marie Atangana Mebara | Jean Marie Antagana Mebara | cameroon | government | 2003-01-01 | 2003-12-31
    Jean Marie Atangana Mebara | Jean Marie Antagana Mebara | cameroon | government | 2004-02-01 | 2004-06-30
    Jean Marie Atangana Mebara | Jean Marie Antagana Mebara | cameroon | government | 2004-08-01 | 2007-10-31
    Jean Marie Bockel |  | france | government | 2007-07-01 | 2008-03-31
    Jean Marie Cherestal |  | haiti | government | 2001-03-02 | 2002-03-15
    Jean Marie Leye |  | vanuatu | government | 1994-03-02 | 1999-03-02
    Jean Martin Mbemba |  | republic-of-the-congo | government | 2008-03-01 | 2009-09-30
    Jean Mauripert |  | france | government | 2007-09-01 | 2009-09-30
    Jean Obeid |  | lebanon | government | 2003-05-01 | 2004-10-31
    Jean Pascal Delamuraz |  | switzerland | government | 1996-01-01 | 1996-12-31
    Jean Paul Ngoupande |  | central-african-republic | government | 1996-06-11 | 1997-01-30
    Jean Paul Ngoupande |  | central-african-republic | government | 2006-08-01 | 2006-09-30
    Jean Paul Toussaint |  | haiti | government | 2004-04-01 | 2004-10-31
    Jean Pierre Bemba |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Jean Pierre Jouyet |  | france | government | 2007-06-01 | 2009-01-31
    Jean Pierre Lebouder |  | central-african-republic | government | 1980-11-12 | 1981-04-04
    Jean Pierre Raffarin |  | france | government | 2002-05-06 | 2005-05-31
    Jean Ping |  | gabon | government | 2003-01-01 | 2008-03-31
    Jean Renald Clerisme | Jean Reynald Clerisme | haiti | government | 2006-07-01 | 2008-09-30
    Jean Yves Caullet |  | andorra | government | 1993-09-01 | 1997-02-01
    Jean de Dieu Ntiruhungwa |  | rwanda | government | 2004-07-01 | 2004-09-30
    Jean de Dieu Somda |  | burkina-faso | government | 2003-01-01 | 2003-10-31
    Jean de Dieu Somda |  | burkina-faso | government | 2003-12-01 | 2007-06-30
    Jean de Ruyt |  | belgium | government | 2003-01-01 | 2004-08-31
    Jeane Kirkpatrick |  | united-states | government | 1981-01-29 | 1985-04-01
    Jeanne Ebamba |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Jeanne Sauve |  | canada | government | 1984-05-14 | 1990-01-29
    Jeannette Sanchez |  | ecuador | government | 2007-10-01 | 2009-08-31
    Jeannot Krecke |  | luxembourg | government | 2004-09-01 | 2009-07-31
    Jeewan Kumaratunga | Jeewan Kumaranatunga; Jeewan Kumaratunge | sri-lanka | government | 2004-06-01 | 2005-11-30
    Jeffery Nape |  | papua-new-guinea | government | 2004-05-28 | 2004-06-29
    Jeffery Nape |  | papua-new-guinea | government | 2004-07-01 | 2004-07-31
    Jeffrey Thamsanqa Radebe |  | south-africa | government | 2003-01-01 | 2004-05-31
    Jeh Johnson |  | united-states | government | 2009-02-09 | 2012-12-31
    Jehangir Karamat |  | pakistan | government | 2004-09-01 | 2004-11-30
    Jehangir Karamat |  | pakistan | government | 2005-01-01 | 2007-01-31
    Jelena Pia Comella |  | andorra | government | 2005-07-01 | 2006-08-31
    Jelena V. Pia Comella |  | andorra | government | 2003-08-01 | 2005-06-30
    Jelle Zijlstra |  | netherlands | government | 1966-11-22 | 1967-04-05
    Jenner Armour |  | dominica | government | 1979-06-21 | 1980-02-25
    Jenny Phillips |  | costa-rica | government | 2009-09-01 | 2010-05-31
    Jenny Shipley |  | new-zealand | government | 1997-12-08 | 1999-12-10
    Jeno Fock |  | hungary | government | 1967-04-14 | 1975-05-15
    Jenoe Staehelin |  | switzerland | government | 2003-08-01 | 2004-08-31
    Jens Orback |  | sweden | government | 2004-12-01 | 2006-10-31
    Jens Stoltenberg |  | norway | government | 2000-03-17 | 2001-10-19
    Jeon Yun Churl | Jeon Yun Churi | south-korea | government | 2002-07-31 | 2002-08-09
    Jeon Yun Churl | Jeon Yun Churi | south-korea | government | 2004-11-01 | 2008-07-31
    Jeremiah Manele |  | solomon-islands | government | 2003-01-01 | 2003-08-31
    Jeremie Bonnelame |  | seychelles | government | 2006-10-01 | 2007-08-31
    Jeremy Greenstock |  | united-kingdom | government | 2003-01-01 | 2003-08-31
    Jerjes Mercado Suarez |  | bolivia | government | 2007-02-01 | 2008-03-31
    Jerome Mendouga |  | cameroon | government | 2003-01-01 | 2008-12-31
    Jeronimo Domingos |  | portugal | government | 2003-01-01 | 2004-06-30
    Jerry Ekandjo |  | namibia | government | 2003-01-01 | 2010-03-31
    Jerry John Rawlings |  | ghana | government | 1979-06-04 | 1979-09-24
    Jerry John Rawlings |  | ghana | government | 1981-12-31 | 2001-01-07
    Jerry Salazar |  | panama | government | 2003-02-01 | 2003-05-31
    Jerry Salazar |  | panama | government | 2003-07-01 | 2004-09-30
    Jerzy Buzek |  | poland | government | 1997-10-31 | 2001-10-19
    Jesse Chacon |  | venezuela | government | 2008-03-01 | 2008-08-31
    Jesus Arnaldo Perez |  | venezuela | government | 2004-08-01 | 2004-11-30
    Jeyaraj Fernandopulle |  | sri-lanka | government | 2004-06-01 | 2007-02-28
    Ji Eun Hee |  | south-korea | government | 2004-10-01 | 2005-02-28
    Jia Chuyan Su |  | taiwan | government | 2004-10-01 | 2004-12-31
    Jiang Zemin |  | china | government | 1989-06-24 | 2002-11-15
    Jiang Zemin |  | china | government | 1993-03-27 | 2003-03-15
    Jiang Zemin |  | china | government | 2003-01-01 | 2003-04-30
    Jibril Maigari |  | nigeria | government | 2009-02-01 | 2010-04-30
    Jigme Singye Wangchuck |  | bhutan | government | 2003-01-01 | 2007-01-31
    Jigme Singye Wangchuk |  | bhutan | government | 1972-07-21 | 2006-12-14
    Jigme Thinley | Jigme Y. Thinley | bhutan | government | 2003-01-01 | 2007-08-31
    Jihad Azour |  | lebanon | government | 2005-08-01 | 2008-07-31
    Jim Bolger |  | new-zealand | government | 1990-11-02 | 1997-12-08
    Jim Lloyd |  | australia | government | 2004-08-01 | 2007-12-31
    Jim Sutton |  | new-zealand | government | 2003-01-01 | 2006-11-30
    Jimmy Bristol |  | grenada | government | 2008-08-01 | 2009-08-31
    Jimmy Carter |  | united-states | government | 1977-01-20 | 1981-01-20
    Jin Ping Wang |  | taiwan | government | 2003-01-01 | 2004-12-31
    Jin Renqing |  | china | government | 2003-05-01 | 2007-08-31
    Jiri Cunek |  | czech-republic | government | 2007-02-01 | 2009-01-31
    Jiri Havel |  | czech-republic | government | 2006-02-01 | 2006-09-30
    Jiri Paroubek |  | czech-republic | government | 2005-04-25 | 2006-09-04
    Jiri Paroubek |  | czech-republic | government | 2005-05-01 | 2006-09-30
    Jirko Malcharek |  | slovakia | government | 2005-11-01 | 2006-07-31
    Jo Cals |  | netherlands | government | 1965-04-14 | 1966-11-22
    Joachim Yhombi Opango |  | republic-of-the-congo | government | 1993-06-23 | 1996-08-27
    Joan Marti Alanis |  | andorra | government | 1971-01-31 | 2003-05-12
    Joao Amadu Fadia |  | guinea | government | 2004-07-01 | 2006-05-31
    Joao Baptista Nganda Gina | Joao Baptista Ngandagina | angola | government | 2003-01-01 | 2008-11-30
    Joao Baptista de Oliveira Figueired |  | brazil | government | 1979-03-15 | 1985-03-15
    Joao Bernardo de Miranda |  | angola | government | 2003-01-01 | 2008-11-30
    Joao Kussumua |  | angola | government | 2003-01-01 | 2003-03-31
    Joao Monteiro |  | guinea | government | 2004-01-01 | 2004-06-30
    Joao Pereira Silva |  | cape-verde | government | 2004-08-01 | 2007-06-30
    Joao Reis Santana Filho |  | brazil | government | 2010-05-01 | 2010-12-31
    Joao Salgueiro |  | portugal | government | 2005-04-01 | 2008-12-31
    Joao de Barros |  | guinea | government | 2007-08-01 | 2008-08-31
    Joaozinho Vieira |  | guinea | government | 2003-01-01 | 2003-12-31
    Joaquim Chissano |  | mozambique | government | 1974-09-20 | 1975-06-25
    Joaquim Chissano |  | mozambique | government | 1986-10-19 | 1986-11-06
    Joaquim Chissano |  | mozambique | government | 1986-11-06 | 2005-02-02
    Joaquin Lagonera |  | philippines | government | 2010-04-01 | 2010-07-31
    Joaquin Zevallos |  | ecuador | government | 2005-12-01 | 2007-01-31
    Joas Mbitso Ngedza |  | democratic-republic-of-the-congo | government | 2010-03-01 | 2010-06-30
    Job Duddley Tausinga | Job Dudley Tausinga | solomon-islands | government | 2010-05-01 | 2010-09-30
    Jocelerme Privert |  | haiti | government | 2003-01-01 | 2004-03-31
    Joe Clark |  | canada | government | 1979-06-04 | 1980-03-03
    Joe Ghartey |  | ghana | government | 2006-06-01 | 2009-03-31
    Joe Hockey |  | australia | government | 2004-12-01 | 2007-08-31
    Joe Ludwig |  | australia | government | 2008-01-01 | 2010-03-31
    Joe Natuman |  | vanuatu | government | 2003-01-01 | 2004-08-31
    Joe Natuman |  | vanuatu | government | 2009-09-01 | 2010-05-31
    Joe Robert Pemagbi |  | sierra-leone | government | 2005-10-01 | 2009-05-31
    Joel Adechi |  | benin | government | 2003-01-01 | 2005-08-31
    Joel Font |  | andorra | government | 2005-07-01 | 2007-05-31
    Joel Kaapanda |  | namibia | government | 2003-01-01 | 2005-04-30
    Joel Libombo |  | mozambique | government | 2003-01-01 | 2005-02-28
    Joel Morgan |  | seychelles | government | 2006-09-01 | 2007-07-31
    Joel Musa Nhleko |  | eswatini | government | 2009-08-01 | 2010-08-31
    Jog Mehar Shrestha |  | nepal | government | 2004-08-01 | 2005-02-28
    Johan Kraag |  | suriname | government | 1990-12-29 | 1991-09-16
    Johan Loevald | Johan Ludvik Lovald | norway | government | 2003-09-01 | 2009-02-28
    Johan Remkes |  | netherlands | government | 2003-01-01 | 2007-02-28
    Johan Vande Lanotte |  | belgium | government | 2003-01-01 | 2005-10-31
    Johan Verbeke |  | belgium | government | 2004-09-01 | 2008-06-30
    Johann Hafstein |  | iceland | government | 1970-07-10 | 1971-07-14
    Johannes Hahn |  | austria | government | 2007-02-01 | 2010-02-28
    Johannes Rau |  | germany | government | 1999-07-01 | 2004-06-30
    John A. Scali |  | united-states | government | 1973-02-03 | 1975-06-10
    John Anderson |  | australia | government | 2003-01-01 | 2006-04-30
    John Anthony Amaratunge |  | sri-lanka | government | 2003-01-01 | 2003-12-31
    John Ashcroft |  | united-states | government | 2001-02-02 | 2005-02-03
    John Baird |  | canada | government | 2006-03-01 | 2007-01-31
    John Bani |  | vanuatu | government | 1999-03-24 | 2004-03-24
    John Benjamin |  | sierra-leone | government | 1992-07-01 | 1992-11-01
    John Benjamin |  | sierra-leone | government | 2005-10-01 | 2007-10-31
    John Bolton |  | united-states | government | 2005-08-01 | 2006-12-09
    John Brennan | John O. Brennan | united-states | government | 2009-01-20 | 2013-03-08
    John Briceno |  | belize | government | 2003-01-01 | 2007-06-30
    John Bruton |  | ireland | government | 1994-12-15 | 1997-06-26
    John Chiligati |  | tanzania | government | 2006-03-01 | 2007-07-31
    John Compton |  | saint-lucia | government | 2006-12-15 | 2007-09-07
    John Dalli |  | malta | government | 2003-01-01 | 2004-04-30
    John Danforth |  | united-states | government | 2004-07-01 | 2005-01-20
    John Dauth |  | australia | government | 2003-01-01 | 2006-04-30
    John Denham |  | united-kingdom | government | 2007-07-01 | 2010-05-31
    John Efford |  | canada | government | 2004-01-01 | 2006-02-28
    John F. Kennedy | John Fitzgerald Kennedy | united-states | government | 1961-01-20 | 1963-11-22
    John Faulkner | John Philip Faulkner | australia | government | 2008-01-01 | 2010-03-31
    John Fletcher |  | canada | government | 2008-12-01 | 2010-03-31
    John Foster Dulles |  | united-states | government | 1953-01-21 | 1959-04-22
    John Giheno |  | papua-new-guinea | government | 1997-03-27 | 1997-06-02
    John Grey Gorton |  | australia | government | 1968-01-10 | 1971-03-10
    John Haglelgam |  | micronesia | government | 1987-05-11 | 1991-05-11
    John Henricus de Saram |  | sri-lanka | government | 2003-01-01 | 2003-07-31
    John Hickey |  | papua-new-guinea | government | 2006-11-01 | 2007-08-31
    John Hilary Smith |  | kiribati | government | 1973-01-01 | 1978-01-01
    John Howard |  | australia | government | 1996-03-11 | 2007-12-03
    John Hutton | John Matthew Patrick Hutton | united-kingdom | government | 2005-06-01 | 2007-06-30
    John James Akpanudoedehe |  | nigeria | government | 2007-08-01 | 2009-01-31
    John Jeremie |  | trinidad-and-tobago | government | 2003-12-01 | 2007-12-31
    John Jeremie |  | trinidad-and-tobago | government | 2009-07-01 | 2010-06-30
    John Khumbo Chirwa |  | malawi | government | 2007-06-01 | 2009-06-30
    John Koech |  | kenya | government | 2004-08-01 | 2007-10-31
    John Lapli |  | solomon-islands | government | 1999-07-07 | 2004-07-07
    John Lapli |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    John Lapli |  | solomon-islands | government | 2004-01-01 | 2004-06-30
    John Lowell |  | malta | government | 2003-04-01 | 2007-06-30
    John Lowell |  | malta | government | 2008-04-01 | 2008-04-30
    John M. Poindexter |  | united-states | government | 1985-12-04 | 1986-11-25
    John Magufuli |  | tanzania | government | 2003-01-01 | 2007-07-31
    John Major |  | united-kingdom | government | 1990-11-28 | 1997-05-02
    John Malecela |  | tanzania | government | 1990-11-09 | 1994-12-07
    John Manley |  | canada | government | 2003-01-01 | 2003-12-31
    John Martin Garo |  | solomon-islands | government | 2004-08-01 | 2008-03-31
    John Mccallum |  | canada | government | 2004-01-01 | 2006-02-28
    John Mcnee |  | canada | government | 2006-08-01 | 2009-08-31
    John Michuki | John Njoroge Michuki | kenya | government | 2008-03-01 | 2008-04-30
    John Munyes |  | kenya | government | 2006-04-01 | 2008-02-28
    John Mutorwa |  | namibia | government | 2005-05-01 | 2010-03-31
    John N. Mitchell |  | united-states | government | 1969-01-20 | 1972-02-15
    John Negroponte |  | united-states | government | 2001-09-18 | 2004-06-25
    John Nkomo |  | zimbabwe | government | 2003-01-01 | 2004-02-28
    John Patteson Oti |  | solomon-islands | government | 2007-07-01 | 2008-03-31
    John Paul Kavanagh |  | ireland | government | 2008-06-01 | 2009-09-30
    John Podesta |  | united-states | government | 1998-10-30 | 2001-01-20
    John Prescott |  | united-kingdom | government | 2003-01-01 | 2007-06-30
    John R. Steelman |  | united-states | government | 1946-12-12 | 1953-01-20
    John Reid |  | united-kingdom | government | 2003-04-01 | 2003-06-30
    John Reid |  | united-kingdom | government | 2006-06-01 | 2007-06-30
    John Ross Marshall |  | new-zealand | government | 1972-02-07 | 1972-12-08
    John Sawers |  | united-kingdom | government | 2007-09-01 | 2008-10-31
    John Sununu |  | united-states | government | 1989-01-20 | 1991-12-16
    John Tamihere |  | new-zealand | government | 2003-01-01 | 2004-11-30
    John Tibasima |  | democratic-republic-of-the-congo | government | 2004-08-01 | 2007-01-31
    John Turner |  | canada | government | 1984-06-30 | 1984-09-17
    John Ukec Leuth |  | sudan | government | 2007-03-01 | 2009-01-31
    John Warburton Paul |  | bahamas | government | 1972-05-14 | 1973-07-31
    John Warburton Paul |  | belize | government | 1966-07-11 | 1972-01-01
    John Whitaker Straw |  | united-kingdom | government | 2008-11-01 | 2010-05-31
    John Williams |  | barbados | government | 2003-09-01 | 2006-02-28
    John Wood |  | new-zealand | government | 2003-01-01 | 2006-02-28
    Johnny Kafati |  | honduras | government | 2003-01-01 | 2006-02-28
    Johnny Paul Koroma |  | sierra-leone | government | 1997-05-25 | 1998-02-12
    Joketani Cokanasiga |  | fiji | government | 2003-01-01 | 2007-08-31
    Joko Kirmanto |  | indonesia | government | 2004-11-01 | 2009-10-31
    Jon Baldvin Hannibalsson |  | iceland | government | 2003-01-01 | 2003-01-31
    Jon Kristjansson |  | iceland | government | 2006-04-01 | 2006-06-30
    Jon Sung Hun |  | north-korea | government | 2004-12-01 | 2009-04-30
    Jona Senilagakali |  | fiji | government | 2006-12-06 | 2007-01-05
    Jonathan Taylor |  | liberia | government | 2003-01-01 | 2003-10-31
    Jone Kubuabola |  | fiji | government | 2003-01-01 | 2007-08-31
    Jong Mun San |  | north-korea | government | 2004-12-01 | 2005-05-31
    Joop Wijn |  | netherlands | government | 2003-01-01 | 2007-02-28
    Joop den Uyl |  | netherlands | government | 1973-05-11 | 1977-12-19
    Jope Seniloli |  | fiji | government | 2003-01-01 | 2004-08-31
    Jordi Farras Forne |  | andorra | government | 1992-04-12 | 1994-01-19
    Jordi Serra Malleu |  | andorra | government | 2003-01-01 | 2005-06-30
    Jordi Sevilla |  | spain | government | 2004-05-01 | 2007-07-31
    Jorge Arguello |  | argentina | government | 2007-07-01 | 2009-08-31
    Jorge Arturo Reina |  | honduras | government | 2008-05-01 | 2010-05-31
    Jorge Batlle |  | uruguay | government | 2000-03-01 | 2005-03-01
    Jorge Berindoague |  | bolivia | government | 2003-08-01 | 2003-10-31
    Jorge Bolanos |  | costa-rica | government | 2003-01-01 | 2003-06-30
    Jorge Briz Abulara |  | guatemala | government | 2004-02-01 | 2006-08-31
    Jorge Bruni |  | uruguay | government | 2009-07-01 | 2010-03-31
    Jorge Capitanich |  | argentina | government | 2002-01-03 | 2002-05-03
    Jorge Espinoza |  | bolivia | government | 2005-03-01 | 2005-06-30
    Jorge Ferro Ribeiro |  | mozambique | government | 1974-08-19 | 1974-09-12
    Jorge Giordani |  | venezuela | government | 2003-05-01 | 2007-01-31
    Jorge Giordani |  | venezuela | government | 2010-02-01 | 2010-04-30
    Jorge Isidoro Nieto Menendez |  | el-salvador | government | 2007-04-01 | 2009-06-30
    Jorge Lara Castro |  | paraguay | government | 2003-01-01 | 2003-01-31
    Jorge Lazarte Rojas |  | bolivia | government | 2005-07-01 | 2006-01-31
    Jorge Matzkin |  | argentina | government | 2003-01-01 | 2003-05-31
    Jorge Navarrete Lopez |  | mexico | government | 2003-01-01 | 2003-01-31
    Jorge Perez Prado |  | venezuela | government | 2008-03-01 | 2008-04-30
    Jorge Quiroga Ramirez |  | bolivia | government | 2001-08-07 | 2002-08-06
    Jorge Rafael Videla |  | argentina | government | 1976-03-24 | 1976-03-29
    Jorge Rafael Videla |  | argentina | government | 1976-03-29 | 1981-03-29
    Jorge Rebelo |  | mozambique | government | 1986-10-19 | 1986-11-06
    Jorge Repetto Carrillo |  | ecuador | government | 2004-01-01 | 2004-05-31
    Jorge Rodriguez |  | argentina | government | 1996-03-28 | 1999-12-10
    Jorge Rodriguez Grossi |  | chile | government | 2003-09-01 | 2006-04-30
    Jorge Serrano Elias |  | guatemala | government | 1991-01-14 | 1993-06-01
    Jorge Skinner Klee Arenales |  | guatemala | government | 2005-06-01 | 2008-07-31
    Jorge Urquidi |  | bolivia | government | 2003-11-01 | 2005-02-28
    Jorge Voto Bernales Gatica |  | peru | government | 2006-10-01 | 2009-06-30
    Jorge del Castillo Galvez |  | peru | government | 2006-09-01 | 2008-10-31
    Jos Ela Ebang |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Joschka Fischer |  | germany | government | 2003-01-01 | 2005-11-30
    Jose Adolfo Reyes |  | guatemala | government | 2003-01-01 | 2004-01-31
    Jose Alencar |  | brazil | government | 2003-01-01 | 2009-12-31
    Jose Alencar Gomes da Silva |  | brazil | government | 2010-01-01 | 2010-12-31
    Jose Angel Quiros |  | el-salvador | government | 2003-01-01 | 2004-06-30
    Jose Antonio Alonso |  | spain | government | 2004-05-01 | 2006-04-30
    Jose Antonio Galindo Neder |  | bolivia | government | 2003-11-01 | 2004-05-31
    Jose Antonio Morales Ehrlich |  | el-salvador | government | 1980-01-09 | 1982-05-02
    Jose Antonio Moreno Ruffinelli |  | paraguay | government | 2003-01-01 | 2003-08-31
    Jose Antonio Sossa |  | panama | government | 2003-01-01 | 2004-12-31
    Jose Antonio Viera Gallo |  | chile | government | 2007-04-01 | 2010-03-31
    Jose Badia |  | monaco | government | 2003-01-01 | 2005-02-28
    Jose Braima Dafe |  | guinea | government | 2006-06-01 | 2007-07-31
    Jose Camacho |  | philippines | government | 2003-01-01 | 2003-12-31
    Jose Carlos Garcia |  | guatemala | government | 2008-03-01 | 2008-05-31
    Jose Carlos Maria Abascal Carranza |  | mexico | government | 2006-04-01 | 2006-11-30
    Jose Chichava |  | mozambique | government | 2003-01-01 | 2005-02-28
    Jose Condungua Pacheco |  | mozambique | government | 2010-02-01 | 2011-01-31
    Jose Coye |  | belize | government | 2004-02-01 | 2005-01-31
    Jose Coye |  | belize | government | 2006-05-01 | 2008-02-28
    Jose David Cabello Rondon |  | venezuela | government | 2006-08-01 | 2008-02-28
    Jose Diaz |  | uruguay | government | 2005-03-01 | 2007-03-31
    Jose Dirceu |  | brazil | government | 2003-01-01 | 2005-07-31
    Jose Djo |  | guinea | government | 2006-06-01 | 2007-07-31
    Jose Endundu Bononge | Jose Endundo Bononge | democratic-republic-of-the-congo | government | 2003-08-01 | 2003-11-30
    Jose Endundu Bononge | Jose Endundo Bononge | democratic-republic-of-the-congo | government | 2004-01-01 | 2005-01-31
    Jose Galindo Neder |  | bolivia | government | 2004-06-01 | 2005-06-30
    Jose Goncalves Martins Patricio |  | angola | government | 2003-01-01 | 2003-03-31
    Jose Guillermo Dalence |  | bolivia | government | 2006-11-01 | 2007-03-31
    Jose Guillermo Justiniano Sandoval |  | bolivia | government | 2003-03-01 | 2003-10-31
    Jose Jouvin Vernaza |  | ecuador | government | 2006-11-01 | 2007-01-31
    Jose Lina |  | philippines | government | 2003-01-01 | 2004-07-31
    Jose Lopes |  | guinea | government | 2007-08-01 | 2008-08-31
    Jose Lopez Portillo |  | mexico | government | 1976-12-01 | 1982-11-30
    Jose Luis Arnault | Jose Luis Arnaut | portugal | government | 2003-01-01 | 2004-07-31
    Jose Luis Rodriguez Garcia |  | cuba | government | 2003-01-01 | 2009-03-31
    Jose Makila |  | democratic-republic-of-the-congo | government | 2005-03-01 | 2006-10-31
    Jose Malkum |  | dominican-republic | government | 2003-01-01 | 2003-05-31
    Jose Mandra |  | mozambique | government | 2008-05-01 | 2009-01-31
    Jose Manuel Durao Barroso |  | portugal | government | 2002-04-06 | 2004-07-17
    Jose Marcos Barrica |  | angola | government | 2003-01-01 | 2008-11-30
    Jose Mari Ponce |  | philippines | government | 2004-05-01 | 2004-08-31
    Jose Maria Aznar |  | spain | government | 1996-05-05 | 2004-04-17
    Jose Maria Figueres Olsen |  | costa-rica | government | 1994-05-08 | 1998-05-08
    Jose Maria Goni Carrasco |  | chile | government | 2009-06-01 | 2010-07-31
    Jose Mateus de Adelino Peixoto |  | angola | government | 2003-01-01 | 2004-03-31
    Jose Mateus de Adelino Peixoto |  | angola | government | 2004-05-01 | 2008-11-30
    Jose Miguel Insulza |  | chile | government | 2003-01-01 | 2005-05-31
    Jose Miyar Barruecos | Jose M. Miyar Barruecos | cuba | government | 2003-01-01 | 2009-03-31
    Jose Modesto Apolo |  | ecuador | government | 2006-03-01 | 2006-07-31
    Jose Mucio Monteiro |  | brazil | government | 2007-12-01 | 2010-12-31
    Jose Napoleon Duarte |  | el-salvador | government | 1980-03-10 | 1982-05-02
    Jose Napoleon Duarte |  | el-salvador | government | 1980-12-22 | 1982-05-02
    Jose Napoleon Duarte |  | el-salvador | government | 1984-06-01 | 1989-06-01
    Jose Nicanor Gonzales |  | peru | government | 2010-01-01 | 2010-09-30
    Jose Octavio Bordon |  | argentina | government | 2003-08-01 | 2008-03-31
    Jose Oscar Monteiro |  | mozambique | government | 1986-10-19 | 1986-11-06
    Jose Pacheco |  | mozambique | government | 2005-03-01 | 2008-04-30
    Jose Pacheco |  | mozambique | government | 2009-02-01 | 2010-01-31
    Jose Pampuro |  | argentina | government | 2003-01-01 | 2003-05-31
    Jose Pedro de Morais |  | angola | government | 2003-04-01 | 2008-11-30
    Jose Ramon Avalos Navarrete |  | el-salvador | government | 1980-01-09 | 1982-05-02
    Jose Rizo |  | nicaragua | government | 2003-01-01 | 2006-01-31
    Jose Roberto Andino Salazar |  | el-salvador | government | 2003-01-01 | 2003-06-30
    Jose Salceda |  | philippines | government | 2007-04-01 | 2010-07-31
    Jose Santiago Viegas |  | sao-tome-and-principe | government | 2003-01-01 | 2006-04-30
    Jose Sarney |  | brazil | government | 1985-03-15 | 1990-03-15
    Jose Toribio Merino Castro |  | chile | government | 1973-09-11 | 1974-06-27
    Jose Vicente Rangel |  | venezuela | government | 2002-05-05 | 2007-01-08
    Jose Vicente Rangel |  | venezuela | government | 2003-01-01 | 2007-01-31
    Jose Vieira da Silva |  | portugal | government | 2005-04-01 | 2009-10-31
    Jose da Costa Esilva Leitao |  | angola | government | 2003-01-01 | 2008-11-30
    Jose de Pina |  | guinea | government | 2003-01-01 | 2003-12-31
    Josef Bonnici |  | malta | government | 2003-01-01 | 2004-04-30
    Josef Klaus |  | austria | government | 1964-04-02 | 1970-04-21
    Josef Ostermayer |  | austria | government | 2009-01-01 | 2009-07-31
    Josef Tosovsko |  | czech-republic | government | 1997-12-17 | 1998-07-17
    Josep Dalleres Codina |  | andorra | government | 1994-01-19 | 1997-03-10
    Josep Maria Beal Benedico |  | andorra | government | 1990-01-12 | 1991-02-15
    Josep Pintat Solans |  | andorra | government | 1984-05-21 | 1990-01-12
    Josep Pique |  | spain | government | 2003-01-01 | 2003-08-31
    Joseph Ahanhanzo |  | benin | government | 2008-12-01 | 2010-06-30
    Joseph Belmont |  | seychelles | government | 2003-01-01 | 2010-06-30
    Joseph Borg |  | malta | government | 2003-01-01 | 2004-04-30
    Joseph C. Grew |  | united-states | government | 1945-06-28 | 1945-07-03
    Joseph Conombo |  | burkina-faso | government | 1978-07-07 | 1980-11-25
    Joseph Dauda | Joseph Bandabla Dauda | sierra-leone | government | 2003-01-01 | 2005-09-30
    Joseph Deiss |  | switzerland | government | 2003-01-01 | 2006-06-30
    Joseph Deiss |  | switzerland | government | 2004-01-01 | 2004-12-31
    Joseph Diatta |  | niger | government | 2003-01-01 | 2006-08-31
    Joseph Dion Ngute |  | cameroon | government | 2005-02-01 | 2007-11-30
    Joseph Dnguenang |  | cameroon | government | 2003-01-01 | 2003-01-31
    Joseph Dnguenang |  | cameroon | government | 2003-03-01 | 2003-07-31
    Joseph Dnguenang |  | cameroon | government | 2003-11-01 | 2003-11-30
    Joseph Dnguenang |  | cameroon | government | 2004-03-01 | 2004-05-31
    Joseph Dnguenang |  | cameroon | government | 2004-09-01 | 2005-01-31
    Joseph Estrada |  | philippines | government | 1998-06-30 | 2001-01-20
    Joseph Hasabamagara |  | burundi | government | 2007-08-01 | 2007-11-30
    Joseph J. Urusemal |  | micronesia | government | 2003-05-11 | 2007-05-11
    Joseph James Mungai |  | tanzania | government | 2007-08-01 | 2008-02-28
    Joseph Kandouno |  | guinea | government | 2009-04-01 | 2011-01-31
    Joseph Kokou Koffigoh |  | togo | government | 1991-08-27 | 1994-04-23
    Joseph Koroma |  | sierra-leone | government | 2009-04-01 | 2010-11-30
    Joseph Legwaila |  | botswana | government | 2003-01-01 | 2003-03-31
    Joseph Lititiyo Apata |  | democratic-republic-of-the-congo | government | 2008-11-01 | 2010-02-28
    Joseph Msika |  | zimbabwe | government | 2003-01-01 | 2009-12-31
    Joseph Mudumbi |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2004-07-31
    Joseph Mutaboba |  | rwanda | government | 2003-01-01 | 2003-01-31
    Joseph Ndion Ngute |  | cameroon | government | 2003-01-01 | 2003-01-31
    Joseph Ndion Ngute |  | cameroon | government | 2003-03-01 | 2005-01-31
    Joseph Nerette |  | haiti | government | 1991-10-08 | 1992-06-19
    Joseph Nsengimana |  | rwanda | government | 2006-09-01 | 2009-05-31
    Joseph Nsengimana |  | rwanda | government | 2010-01-01 | 2010-04-30
    Joseph Ntakirutimana | Joseph Ntakarutimana | burundi | government | 2005-09-01 | 2008-08-31
    Joseph Philippe Antonio |  | haiti | government | 2003-01-01 | 2004-03-31
    Joseph Saidu Momoh |  | sierra-leone | government | 1985-11-28 | 1992-04-29
    Joseph Schaack |  | luxembourg | government | 2003-01-01 | 2004-08-31
    Joseph W. P. Wong |  | china | government | 2003-01-01 | 2006-07-31
    Joseph Warioba |  | tanzania | government | 1985-11-05 | 1990-11-09
    Joseph Weyland |  | luxembourg | government | 2006-03-01 | 2009-03-31
    Joseph William Ludwig |  | australia | government | 2010-04-01 | 2010-09-30
    Joseph Wu |  | taiwan | government | 2004-10-01 | 2008-05-31
    Joseph Yodoyman |  | chad | government | 1992-05-20 | 1993-04-07
    Josheph Okelo |  | sudan | government | 2005-11-01 | 2010-06-30
    Joshua Bolten |  | united-states | government | 2006-04-14 | 2009-01-20
    Joshua Sears |  | bahamas | government | 2003-01-01 | 2006-08-31
    Josiah Tungamirai |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Josias Moli |  | vanuatu | government | 2004-07-29 | 2004-08-16
    Josip Manolic |  | croatia | government | 1990-08-24 | 1991-08-03
    Joslyn Whiteman |  | grenada | government | 2003-01-01 | 2008-07-31
    Jospeh Atherley |  | barbados | government | 2006-03-01 | 2008-02-28
    Joy Ogwu |  | nigeria | government | 2006-09-01 | 2007-07-31
    Jozef Cyrankiewicz |  | poland | government | 1954-03-19 | 1970-12-23
    Jozef Moravcik |  | slovakia | government | 1994-03-16 | 1994-12-13
    Jozef Oleksy |  | poland | government | 1995-03-06 | 1996-02-07
    Jozef Oleksy |  | poland | government | 2004-02-01 | 2005-02-28
    Jozef Pinkowski |  | poland | government | 1980-08-24 | 1981-02-09
    Jozsef Antall |  | hungary | government | 1990-05-23 | 1993-12-12
    Ju Sang Song |  | north-korea | government | 2009-05-01 | 2009-10-31
    Jual Oram |  | india | government | 2003-01-01 | 2004-05-31
    Juan Almeida Bosque |  | cuba | government | 2003-01-01 | 2009-09-30
    Juan Antonio Ntutumu | Juan Antonio Bibang Ntutumu | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Juan Antonio Yanez Barnuevo |  | spain | government | 2004-07-01 | 2010-12-31
    Juan Camilo Mourino Terrazo |  | mexico | government | 2008-03-01 | 2008-11-30
    Juan Carlos Hurtado Miller |  | peru | government | 1990-07-28 | 1991-02-15
    Juan Carlos I | Juan Carlos de Borbon | spain | government | 2003-01-01 | 2008-11-30
    Juan Carlos Virreira Mendez |  | bolivia | government | 2003-03-01 | 2003-10-31
    Juan Carlos Wasmosy |  | paraguay | government | 1993-08-15 | 1998-08-15
    Juan Costa |  | spain | government | 2003-09-01 | 2004-04-30
    Juan Escalona Reguera |  | cuba | government | 2003-01-01 | 2010-03-31
    Juan Francisco Reyes Lopez |  | guatemala | government | 2003-01-01 | 2004-01-31
    Juan Gabriel Valdes Soublette |  | chile | government | 2003-04-01 | 2003-07-31
    Juan Ignacio Siles del Valle |  | bolivia | government | 2003-11-01 | 2005-06-30
    Juan Jose Bremer Martino |  | mexico | government | 2003-01-01 | 2004-03-31
    Juan Jose Daboub |  | el-salvador | government | 2003-01-01 | 2004-10-31
    Juan Jose Torres Gonzales |  | bolivia | government | 1970-10-07 | 1971-08-21
    Juan Luis Florido |  | guatemala | government | 2005-06-01 | 2008-09-30
    Juan Maria Bordaberry |  | uruguay | government | 1972-03-01 | 1976-06-12
    Juan Martinez Yanez |  | ecuador | government | 2007-08-01 | 2007-11-30
    Juan Miguel Bolanos |  | el-salvador | government | 2007-04-01 | 2009-06-30
    Juan Pereda Asbun |  | bolivia | government | 1978-07-21 | 1978-11-24
    Juan Peron |  | argentina | government | 1973-10-12 | 1974-07-01
    Juan Ramon Quintana Taborga |  | bolivia | government | 2006-02-01 | 2010-02-28
    Juan Temistocles Montas Dominguez |  | dominican-republic | government | 2004-09-01 | 2008-08-31
    Juan Valdes |  | chile | government | 2003-01-01 | 2003-03-31
    Juanita Amatong |  | philippines | government | 2004-01-01 | 2005-03-31
    Jubril Martins Kuye |  | nigeria | government | 2003-01-01 | 2003-07-31
    Judith Kapijimpanga | Judith Kapingipanga | zambia | government | 2003-01-01 | 2004-01-31
    Judith Kapijimpanga | Judith Kapingipanga | zambia | government | 2004-03-01 | 2006-10-31
    Judith Mbula Bahemuka |  | kenya | government | 2003-07-01 | 2006-09-30
    Judith Tizard |  | new-zealand | government | 2003-09-01 | 2008-12-31
    Judy Sgro |  | canada | government | 2004-01-01 | 2005-02-28
    Jukka Valtasaari |  | finland | government | 2003-01-01 | 2006-05-31
    Jules Leger |  | canada | government | 1974-01-14 | 1979-01-22
    Jules Rattankoemar Ajodhia |  | suriname | government | 2003-01-01 | 2007-06-30
    Jules Wijdenbosch |  | suriname | government | 1996-09-15 | 2000-08-12
    Juli Minoves Itriquell |  | andorra | government | 2004-05-01 | 2005-06-30
    Juli Minoves Triquell |  | andorra | government | 2003-01-01 | 2004-04-30
    Julia Garcia Valdecasas |  | spain | government | 2003-09-01 | 2004-04-30
    Julia Gillard |  | australia | government | 2008-01-01 | 2010-03-31
    Julia Reig Ribo |  | andorra | government | 1972-12-01 | 1978-12-29
    Julia Vila Coma |  | andorra | government | 2006-09-01 | 2008-03-31
    Julian Francis |  | saint-vincent-and-the-grenadines | government | 2006-05-01 | 2010-12-31
    Julian Hunte |  | saint-lucia | government | 2004-12-01 | 2009-06-30
    Julie Fernandez |  | belgium | government | 2009-01-01 | 2009-07-31
    Julio Augusto Montes Prado |  | venezuela | government | 2005-06-01 | 2005-08-31
    Julio Bessa |  | angola | government | 2003-01-01 | 2003-03-31
    Julio Centeno |  | nicaragua | government | 2003-01-01 | 2007-01-31
    Julio Cesar Turbay Ayala |  | colombia | government | 1978-08-07 | 1982-08-07
    Julio Correia | Julio Correira | cape-verde | government | 2004-08-01 | 2008-07-31
    Julio Maria Sanguinetti Coirolo |  | uruguay | government | 1985-03-01 | 1990-03-01
    Julio Maria Sanguinetti Coirolo |  | uruguay | government | 1995-03-01 | 2000-03-01
    Julio Montes |  | venezuela | government | 2004-11-01 | 2005-05-31
    Julio Ndong Ela Mangue |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Julio Vega |  | nicaragua | government | 2004-02-01 | 2004-03-31
    Julio Vega |  | nicaragua | government | 2004-05-01 | 2006-07-31
    Julius Maada Bio |  | sierra-leone | government | 1993-07-05 | 1995-03-31
    Julius Maada Bio |  | sierra-leone | government | 1996-01-17 | 1996-03-29
    Juma Akukweti |  | tanzania | government | 2006-03-01 | 2007-07-31
    Juma Alifa Ngasongwa |  | tanzania | government | 2007-08-01 | 2008-02-28
    Juma Mkangaa |  | tanzania | government | 2003-01-01 | 2003-01-31
    Juma Ngasongwa |  | tanzania | government | 2006-03-01 | 2007-07-31
    Jun Kwang Woo |  | south-korea | government | 2008-04-01 | 2009-02-28
    June Yvonne Clarke |  | barbados | government | 2003-01-01 | 2004-03-31
    Jung Tsun Huang |  | taiwan | government | 2003-01-01 | 2004-09-30
    Junichiro Koizumi |  | japan | government | 2001-04-26 | 2006-09-26
    Junius Richard Jayewardene |  | sri-lanka | government | 1977-07-23 | 1978-02-06
    Junius Richard Jayewardene |  | sri-lanka | government | 1978-02-04 | 1989-01-02
    Justin Ahomadegbe |  | benin | government | 1972-05-07 | 1972-10-26
    Justin Malewezi |  | malawi | government | 2003-01-01 | 2004-06-30
    Justin Metsing Lekhanya |  | lesotho | government | 1986-01-24 | 1991-05-02
    Justin Ndioro |  | cameroon | government | 2005-02-01 | 2007-11-30
    Justine Elliott |  | australia | government | 2008-01-01 | 2010-03-31
    Justo Seoane Parapaino |  | bolivia | government | 2003-11-01 | 2004-05-31
    K. N. Choksy |  | sri-lanka | government | 2003-01-01 | 2004-05-31
    K. Natwar Singh |  | india | government | 2004-06-01 | 2006-10-31
    K. P. Oli |  | nepal | government | 2006-06-01 | 2007-04-30
    K.r. Narayanan |  | india | government | 1997-07-25 | 2002-07-25
    Kabakumba Masiko |  | uganda | government | 2006-07-01 | 2009-02-28
    Kabele Camara |  | guinea | government | 2007-08-01 | 2008-07-31
    Kabele Camara |  | guinea | government | 2009-04-01 | 2010-12-31
    Kabinga Mpande | Kabinga Pande | zambia | government | 2005-05-01 | 2005-08-31
    Kabwenah Dufuor |  | ghana | government | 2009-04-01 | 2009-06-30
    Kadre Desire Ouedraogo |  | burkina-faso | government | 1996-02-06 | 2000-11-07
    Kafougouna Kone |  | mali | government | 2003-01-01 | 2005-02-28
    Kagimu Kiwanuka |  | uganda | government | 2006-07-01 | 2009-02-28
    Kahinda Otafiire |  | uganda | government | 2003-01-01 | 2003-05-31
    Kahinda Otafiire |  | uganda | government | 2006-07-01 | 2009-02-28
    Kahlid al Zubi |  | jordan | government | 2007-01-01 | 2007-11-30
    Kaire Munionganda Mbuende |  | namibia | government | 2007-09-01 | 2010-10-31
    Kaiser Bazan Jimenez |  | panama | government | 2003-01-01 | 2004-09-30
    Kakuei Tanaka |  | japan | government | 1972-07-06 | 1974-12-09
    Kalevi Sorsa |  | finland | government | 1972-09-04 | 1975-06-13
    Kalevi Sorsa |  | finland | government | 1977-05-15 | 1979-05-26
    Kalevi Sorsa |  | finland | government | 1982-02-19 | 1987-04-30
    Kalombo Mwansa |  | zambia | government | 2003-01-01 | 2005-08-31
    Kalombo Mwansa |  | zambia | government | 2008-12-01 | 2010-11-30
    Kalonzo Musyoka |  | kenya | government | 2003-01-01 | 2003-05-31
    Kalonzo Musyoka |  | kenya | government | 2003-07-01 | 2004-03-31
    Kalonzo Musyoka |  | kenya | government | 2004-05-01 | 2004-07-31
    Kalzeube Pahimi Duebet | Kalzeube Payimi Deubet | chad | government | 2006-10-01 | 2010-03-31
    Kamal Abdel Latif Abdel Rahim | Kamal Abd al Latief | sudan | government | 2003-01-01 | 2003-06-30
    Kamal Ali Mohamed | Kamal Ali Mohammed | sudan | government | 2005-11-01 | 2010-06-30
    Kamal Ganzouri |  | egypt | government | 1996-01-04 | 1999-10-05
    Kamal Ganzouri |  | egypt | government | 2012-12-07 | 2012-08-02
    Kamal Hassan Ali |  | egypt | government | 1984-07-17 | 1985-09-04
    Kamal Kharazi |  | iran | government | 2003-01-01 | 2005-02-28
    Kamal Thapa |  | nepal | government | 2004-04-01 | 2004-06-30
    Kamal Thapa |  | nepal | government | 2006-01-01 | 2006-05-31
    Kamal el Shazly |  | egypt | government | 2003-01-01 | 2006-01-31
    Kamanda Bataringaya |  | uganda | government | 2006-07-01 | 2009-02-28
    Kamran Daneshju |  | iran | government | 2008-12-01 | 2009-01-31
    Kamuta Latasi |  | tuvalu | government | 1993-12-10 | 1996-12-24
    Kan Seng Wong |  | singapore | government | 2003-01-01 | 2004-04-30
    Kanana Hishoono |  | namibia | government | 2003-01-01 | 2005-04-30
    Kang Man Soo |  | south-korea | government | 2008-04-01 | 2009-02-28
    Kang Nung Su |  | north-korea | government | 2007-11-01 | 2008-04-30
    Kang Song San |  | north-korea | government | 1984-01-27 | 1986-12-29
    Kang Song San |  | north-korea | government | 1992-12-11 | 1997-02-21
    Kang Young Hoon |  | south-korea | government | 1988-12-05 | 1990-12-27
    Kanlaya Sophonphanit |  | thailand | government | 2009-01-01 | 2010-06-30
    Kanshi Ram Rana |  | india | government | 2003-01-01 | 2003-06-30
    Kantathi Suphamongkhon |  | thailand | government | 2005-04-01 | 2005-05-31
    Kao Hua Chu |  | taiwan | government | 2005-01-01 | 2008-02-28
    Kao Hua Chu |  | taiwan | government | 2008-06-01 | 2009-10-31
    Kaoru Yosano |  | japan | government | 2005-12-01 | 2006-09-30
    Kaoru Yosano |  | japan | government | 2007-09-01 | 2007-10-31
    Kaoru Yosano |  | japan | government | 2008-09-01 | 2009-09-30
    Kapembwa Simbao |  | zambia | government | 2006-11-01 | 2008-11-30
    Kapil Sibal |  | india | government | 2004-10-01 | 2009-07-31
    Karam Karam |  | lebanon | government | 2003-05-01 | 2004-10-31
    Karam Karam |  | lebanon | government | 2004-12-01 | 2005-07-31
    Karel Schwarzenberg |  | czech-republic | government | 2007-02-01 | 2009-06-30
    Karel de Gucht |  | belgium | government | 2004-08-01 | 2009-07-31
    Karen Jespersen |  | denmark | government | 2007-10-01 | 2008-03-31
    Karen Nunez Tesheira | Karen Tesheira Nunez | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Karen Poniachik |  | chile | government | 2006-05-01 | 2008-02-28
    Kari Rajamaki |  | finland | government | 2003-05-01 | 2007-04-30
    Karien van Gennip |  | netherlands | government | 2006-06-01 | 2007-02-28
    Karim Tawfiq Kawar |  | jordan | government | 2005-01-01 | 2007-02-28
    Karim Younes |  | algeria | government | 2003-01-01 | 2004-06-30
    Karisa Maitha |  | kenya | government | 2003-01-01 | 2004-07-31
    Karita Bekkemellem |  | norway | government | 2005-11-01 | 2007-11-30
    Kariya Munda |  | india | government | 2003-05-01 | 2004-01-31
    Karl Carstens |  | germany | government | 1979-07-01 | 1984-06-30
    Karl Heinz Grasser |  | austria | government | 2003-01-01 | 2007-01-31
    Karl Schweitzer |  | austria | government | 2003-03-01 | 2007-01-31
    Karl Theodor Zu Guttenberg |  | germany | government | 2009-03-01 | 2009-10-31
    Karoly Grosz |  | hungary | government | 1987-06-25 | 1988-11-23
    Karu Jayasuriya |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Kasdi Merbah |  | algeria | government | 1988-11-05 | 1989-09-09
    Kasim Kasanga |  | ghana | government | 2003-01-01 | 2003-03-31
    Kasit Phirom | Kasit Piromya | thailand | government | 2004-09-01 | 2006-07-31
    Kaspar Villiger |  | switzerland | government | 2002-01-01 | 2002-12-31
    Kasper Villiger |  | switzerland | government | 2003-01-01 | 2003-12-31
    Kassahun Ayele |  | ethiopia | government | 2003-01-01 | 2006-05-31
    Kastriot Islami |  | albania | government | 1992-04-03 | 1992-04-06
    Kastriot Islami |  | albania | government | 2003-01-01 | 2005-09-30
    Katalin Levai |  | hungary | government | 2003-06-01 | 2004-06-30
    Katalin Szili |  | hungary | government | 2003-01-01 | 2006-08-31
    Katari Foli Bazi |  | togo | government | 2005-10-01 | 2009-02-28
    Kate Ellis |  | australia | government | 2008-01-01 | 2010-03-31
    Katherine Margaret Ellis |  | australia | government | 2010-04-01 | 2010-09-30
    Katsuya Okada |  | japan | government | 2009-10-01 | 2010-09-30
    Kay Patterson |  | australia | government | 2003-12-01 | 2006-04-30
    Kaysone Phomvihane |  | laos | government | 1975-12-08 | 1991-08-15
    Kaysone Phomvihane |  | laos | government | 1991-08-15 | 1992-11-21
    Kazi Zafar Ahmed |  | bangladesh | government | 1989-08-12 | 1990-12-06
    Kazimierz Marcinkiewicz |  | poland | government | 2005-10-31 | 2006-07-14
    Kazuhiro Haraguchi |  | japan | government | 2009-10-01 | 2010-09-30
    Kazuyoshi Kaneko |  | japan | government | 2003-12-01 | 2004-09-30
    Keasipal Song |  | vanuatu | government | 2004-09-01 | 2004-09-30
    Kedar Bhakta Shrestha |  | nepal | government | 2004-09-01 | 2006-07-31
    Keheliya Rambukwella |  | sri-lanka | government | 2006-03-01 | 2007-01-31
    Keijo Liinamaa |  | finland | government | 1975-06-13 | 1975-11-30
    Keith Jacka Holyoake |  | new-zealand | government | 1960-11-26 | 1972-02-07
    Keith Mitchell |  | grenada | government | 1995-06-22 | 2008-07-09
    Keith Rowley |  | trinidad-and-tobago | government | 2003-12-01 | 2004-09-30
    Keizo Obuchi |  | japan | government | 1998-07-30 | 2000-04-05
    Kejjo Bien |  | marshall-islands | government | 2008-08-01 | 2009-09-30
    Keletigui Faro |  | guinea | government | 2009-04-01 | 2011-01-31
    Kelly Graneau |  | dominica | government | 2005-06-01 | 2008-11-30
    Kemal Unakitan |  | turkey | government | 2003-01-01 | 2009-05-31
    Kembo Mohadi |  | zimbabwe | government | 2003-01-01 | 2003-05-31
    Ken Lipenga | Ken Lipengai | malawi | government | 2003-01-01 | 2004-06-30
    Kenas Aroi |  | nauru | government | 1989-08-17 | 1989-12-12
    Kennan Adeang |  | nauru | government | 1986-09-17 | 1986-10-01
    Kennan Adeang |  | nauru | government | 1986-12-12 | 1986-12-21
    Kennan Adeang |  | nauru | government | 1996-11-26 | 1996-12-19
    Kennedy Swartsingh |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Kenneth Duberstein |  | united-states | government | 1988-07-01 | 1989-01-20
    Kenneth Hall |  | jamaica | government | 2007-01-01 | 2009-02-28
    Kenneth Rush |  | united-states | government | 1973-09-03 | 1973-09-22
    Kenny Anthony |  | saint-lucia | government | 1997-05-24 | 2006-12-15
    Kensei Mizote |  | japan | government | 2006-10-01 | 2007-08-31
    Kenzo Oshima |  | japan | government | 2005-06-01 | 2007-08-31
    Kessai H. Note |  | marshall-islands | government | 2000-01-10 | 2008-01-07
    Kev Put Reaksmei |  | cambodia | government | 2006-11-01 | 2008-09-30
    Kevin Andrews |  | australia | government | 2003-01-01 | 2004-07-31
    Kevin Andrews |  | australia | government | 2007-09-01 | 2007-12-31
    Kevin Casas Zamora |  | costa-rica | government | 2006-07-01 | 2007-10-31
    Kevin Rudd |  | australia | government | 2007-12-03 | 2013-11-18
    Kevin Rudd |  | australia | government | 2008-01-01 | 2010-06-30
    Kezimbira Miyingo |  | uganda | government | 2003-08-01 | 2003-09-30
    Kezimbira Miyingo |  | uganda | government | 2003-11-01 | 2006-06-30
    Kgalema Motlanthe |  | south-africa | government | 2008-09-25 | 2009-05-09
    Khaled Nezzar |  | algeria | government | 1992-01-14 | 1994-01-31
    Khaleda Zia |  | bangladesh | government | 1991-03-20 | 1996-03-30
    Khaleda Zia |  | bangladesh | government | 2001-10-10 | 2006-10-29
    Khalid Mahfuz Bahah |  | yemen | government | 2006-03-01 | 2008-05-31
    Khalid Qabbani |  | lebanon | government | 2008-08-01 | 2009-11-30
    Khalid bin Abdallah al Khalifa |  | bahrain | government | 2003-01-01 | 2005-02-28
    Khalid bin Ali al Khalifa |  | bahrain | government | 2007-01-01 | 2010-08-31
    Khalid bin Muhammad al Qusaybi | Khalid bin Muhammad Ghusaybi | saudi-arabia | government | 2003-01-01 | 2003-11-30
    Khalifa Bakhit al Falasi |  | united-arab-emirates | government | 2008-05-01 | 2008-07-31
    Khalifa bin Ali bin Rashid al Khalifa |  | bahrain | government | 2003-01-01 | 2005-10-31
    Khalil Hrawi |  | lebanon | government | 2003-05-01 | 2004-10-31
    Khamtai Siphandon | Khamtai Siphadon | laos | government | 1991-08-15 | 1998-02-24
    Khamtai Siphandon | Khamtai Siphadon | laos | government | 1998-02-24 | 2006-06-08
    Khandakar Mushtaq Ahmed |  | bangladesh | government | 1975-08-15 | 1975-11-06
    Khandu Wangchuk |  | bhutan | government | 2003-08-01 | 2007-08-31
    Khantathi Suphamongkon |  | thailand | government | 2005-06-01 | 2006-10-31
    Kharis Kastanidis |  | greece | government | 2003-08-01 | 2004-03-31
    Khidir Haroun |  | sudan | government | 2003-01-01 | 2007-02-28
    Khieu Samphan |  | cambodia | government | 1976-04-04 | 1976-05-13
    Khieu Samphan |  | cambodia | government | 1976-04-11 | 1979-01-07
    Khin Maung Thein |  | myanmar | government | 2003-01-01 | 2004-02-28
    Khin Maung Win |  | myanmar | government | 2003-01-01 | 2003-08-31
    Khin Myaung Myint |  | myanmar | government | 2006-07-01 | 2009-02-28
    Khin Nyunt |  | myanmar | government | 2003-08-25 | 2004-10-19
    Khin Nyunt |  | myanmar | government | 2003-09-01 | 2004-11-30
    Khosit Panpiamrat |  | thailand | government | 2006-11-01 | 2008-02-28
    Khoureichy Thiam |  | senegal | government | 2007-01-01 | 2007-07-31
    Khov Meng Heang |  | cambodia | government | 2003-01-01 | 2004-11-30
    Khun Hang |  | cambodia | government | 2003-01-01 | 2004-11-30
    Kiddu Makubuya |  | uganda | government | 2005-02-01 | 2006-06-30
    Kieng Vang |  | cambodia | government | 2003-01-01 | 2004-11-30
    Kieren Keke |  | nauru | government | 2003-07-01 | 2003-07-31
    Kiichi Inoue |  | japan | government | 2003-12-01 | 2004-09-30
    Kiichi Miyazawa |  | japan | government | 1991-11-06 | 1993-08-09
    Kim Byong Joon |  | south-korea | government | 2004-11-01 | 2006-09-30
    Kim Byungil | Kim Byong Il | south-korea | government | 2004-02-01 | 2004-02-28
    Kim Byungil | Kim Byong Il | south-korea | government | 2004-10-01 | 2005-02-28
    Kim Campbell |  | canada | government | 1993-06-25 | 1993-11-04
    Kim Chin Pyo |  | south-korea | government | 2003-01-01 | 2004-02-28
    Kim Chol Man |  | north-korea | government | 2003-01-01 | 2003-09-30
    Kim Chong Il |  | north-korea | government | 2003-01-01 | 2004-11-30
    Kim Chung Yul |  | south-korea | government | 1987-07-14 | 1988-02-25
    Kim Dae Jung |  | south-korea | government | 1998-02-25 | 2003-02-25
    Kim Ha Joong |  | south-korea | government | 2008-08-01 | 2009-02-28
    Kim Ha Jung |  | south-korea | government | 2008-04-01 | 2008-07-31
    Kim Il |  | north-korea | government | 1972-12-28 | 1976-04-29
    Kim Il Sung |  | north-korea | government | 1948-09-09 | 1972-12-28
    Kim Il Sung |  | north-korea | government | 1972-12-28 | 1994-07-08
    Kim Jin Pyo |  | south-korea | government | 2005-03-01 | 2006-09-30
    Kim Jong Gak |  | north-korea | government | 2009-05-01 | 2009-10-31
    Kim Jong Pil |  | south-korea | government | 1971-06-04 | 1975-12-19
    Kim Jong Pil |  | south-korea | government | 1998-03-03 | 2000-01-13
    Kim Kyong Ho |  | north-korea | government | 2003-10-01 | 2009-04-30
    Kim Pyong Il |  | south-korea | government | 2004-03-01 | 2004-09-30
    Kim Sam Hoon |  | south-korea | government | 2004-10-01 | 2005-09-30
    Kim Sang Hyup |  | south-korea | government | 1982-06-25 | 1983-10-14
    Kim Shin Il |  | south-korea | government | 2007-01-01 | 2008-03-31
    Kim Sok Su |  | south-korea | government | 2003-01-01 | 2003-02-28
    Kim Suk Soo |  | south-korea | government | 2002-09-10 | 2003-02-26
    Kim Sun Wook |  | south-korea | government | 2005-03-01 | 2007-05-31
    Kim Tu Kwan |  | south-korea | government | 2003-03-01 | 2003-09-30
    Kim Woo Sik |  | south-korea | government | 2004-11-01 | 2005-09-30
    Kim Woo Sik |  | south-korea | government | 2006-03-01 | 2008-03-31
    Kim Yong Chu |  | north-korea | government | 2003-01-01 | 2004-11-30
    Kim Yong Il |  | north-korea | government | 2007-05-01 | 2010-06-30
    Kim Yong Sam |  | north-korea | government | 2003-01-01 | 2008-09-30
    Kim Yong Tae |  | north-korea | government | 2003-01-01 | 2004-11-30
    Kim Young Sam |  | south-korea | government | 1993-02-25 | 1998-02-25
    Kim Yun Hyok |  | north-korea | government | 2003-10-01 | 2005-05-31
    Kimbembe Mazunga |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Kinga Goncz |  | hungary | government | 2004-07-01 | 2009-04-30
    Kintu Musoke |  | uganda | government | 1994-11-18 | 1999-04-05
    Kinza Clodumar |  | nauru | government | 1997-02-12 | 1998-06-18
    Kinza Cloudumar |  | nauru | government | 2004-08-01 | 2004-11-30
    Kinzang Dorji |  | bhutan | government | 2003-01-01 | 2008-04-30
    Kiran Gurung |  | nepal | government | 2008-10-01 | 2009-06-30
    Kirsti Eva Helena Lintonen | Kirsti Eeva Helena Lintonen | finland | government | 2005-04-01 | 2009-04-30
    Kirti Nidhi Bista |  | nepal | government | 1969-04-07 | 1970-04-13
    Kirti Nidhi Bista |  | nepal | government | 1971-04-14 | 1973-07-16
    Kirti Nidhi Bista |  | nepal | government | 1977-09-12 | 1979-05-30
    Kirti Nidhi Bista |  | nepal | government | 2005-08-01 | 2006-05-31
    Kirunda Kivejinja |  | uganda | government | 2003-06-01 | 2003-07-31
    Kirunda Kivejinja |  | uganda | government | 2003-09-01 | 2003-12-31
    Kirunda Kivejinja |  | uganda | government | 2004-02-01 | 2005-01-31
    Kishore Mahbubani |  | singapore | government | 2003-01-01 | 2004-09-30
    Kivutha Kibwana |  | kenya | government | 2006-04-01 | 2008-02-28
    Kiyoko Ono |  | japan | government | 2003-12-01 | 2005-11-30
    Kjalmar Hannesson |  | iceland | government | 2003-08-01 | 2004-03-31
    Kjell Eugenio Laugerud Garcia |  | guatemala | government | 1974-07-01 | 1978-07-01
    Kjell Magne Bondevik |  | norway | government | 1997-10-17 | 2000-03-17
    Kjell Magne Bondevik |  | norway | government | 2001-10-19 | 2005-10-17
    Klara Novotna |  | slovakia | government | 2003-09-01 | 2004-12-31
    Knowlson Gift |  | trinidad-and-tobago | government | 2003-01-01 | 2006-12-31
    Knut Vollebaek |  | norway | government | 2003-01-01 | 2007-10-31
    Ko Kon |  | south-korea | government | 2003-03-01 | 2004-06-30
    Ko Lay |  | myanmar | government | 2004-03-01 | 2004-12-31
    Koffi Sama |  | togo | government | 2002-06-29 | 2005-06-09
    Kofi Apraku | Kofi Konadu Apraku | ghana | government | 2003-04-01 | 2006-07-31
    Kofi Busia |  | ghana | government | 1969-09-03 | 1972-01-13
    Kofi Esaw |  | togo | government | 2009-03-01 | 2010-06-30
    Koichi Haraguchi |  | japan | government | 2003-02-01 | 2005-05-31
    Koichiro Genba |  | japan | government | 2010-07-01 | 2011-01-31
    Koji Omi |  | japan | government | 2006-10-01 | 2007-08-31
    Koki Chuma |  | japan | government | 2005-12-01 | 2006-09-30
    Kokou Biossey Tozoun | Kokou Tozoun | togo | government | 2003-08-01 | 2005-06-30
    Kolao Talake |  | tuvalu | government | 2003-01-01 | 2004-09-30
    Kolinda Grabar Kitarovic |  | croatia | government | 2004-02-01 | 2008-02-28
    Koloa Talake |  | tuvalu | government | 2001-12-14 | 2002-08-02
    Komlan Mally |  | togo | government | 2008-01-01 | 2008-09-30
    Kon Dabbaransi |  | thailand | government | 2004-04-01 | 2004-11-30
    Kon Dabbaransi |  | thailand | government | 2005-01-01 | 2005-09-30
    Kon Thappharansi |  | thailand | government | 2003-01-01 | 2003-11-30
    Kong Cho Ha |  | malaysia | government | 2009-05-01 | 2010-06-30
    Kong Vibol |  | cambodia | government | 2003-01-01 | 2004-11-30
    Kongsak Wantana |  | thailand | government | 2005-10-01 | 2006-10-31
    Konstandinos Karamanlis |  | greece | government | 1974-12-14 | 1974-12-18
    Konstandinos Karamanlis |  | greece | government | 1980-05-15 | 1985-03-10
    Konstandinos Karamanlis |  | greece | government | 1990-05-04 | 1995-03-10
    Konstandinos Simitis |  | greece | government | 1996-01-22 | 2004-03-10
    Konstandinos Skandalidis |  | greece | government | 2003-01-01 | 2004-03-31
    Konstandinos Stephanopoulos |  | greece | government | 1995-03-10 | 2005-03-12
    Konstantin Chernenko |  | russia | government | 1984-02-13 | 1985-03-10
    Konstantin Chernenko |  | russia | government | 1984-04-11 | 1985-03-10
    Konstantin Merzlikin | Konstantin Eduardovich Merzlikin | russia | government | 2003-07-01 | 2004-03-31
    Konstantin Totskiy | Konstantin Vasilyevich Totskiy | russia | government | 2003-01-01 | 2003-02-28
    Konstantinos Karamanlis |  | greece | government | 1974-07-23 | 1980-05-09
    Konstantinos Karamanlis |  | greece | government | 1974-12-14 | 1974-12-18
    Konstantinos Karamanlis |  | greece | government | 1980-05-15 | 1985-03-10
    Konstantinos Karamanlis |  | greece | government | 1990-05-04 | 1995-03-10
    Konstantinos Mitsotakis |  | greece | government | 1990-04-11 | 1993-10-13
    Konstantinos Tsatsos |  | greece | government | 1975-06-20 | 1980-05-14
    Kopsak Saphawasu |  | thailand | government | 2009-01-01 | 2010-01-31
    Koroney Maoude |  | niger | government | 2003-01-01 | 2005-01-31
    Kostadin Paskalev |  | bulgaria | government | 2003-01-01 | 2003-07-31
    Kostas Simitis |  | greece | government | 1996-01-22 | 2004-03-10
    Kosti Manibe |  | sudan | government | 2005-11-01 | 2007-10-31
    Kosti Manibe |  | sudan | government | 2009-01-01 | 2010-06-30
    Kostis Stephanopoulos |  | greece | government | 1995-03-10 | 2005-03-12
    Kowit Wattana |  | thailand | government | 2008-09-01 | 2008-12-31
    Kpa Ju Sang Song |  | north-korea | government | 2009-11-01 | 2010-10-31
    Kpa Kim Jong Gak |  | north-korea | government | 2009-11-01 | 2010-06-30
    Kpa Okuk Ryol |  | north-korea | government | 2009-11-01 | 2010-10-31
    Kpa Utong Chuk |  | north-korea | government | 2009-11-01 | 2010-10-31
    Kpa Vjo Myong Rok |  | north-korea | government | 2009-11-01 | 2010-10-31
    Kpa Vkim Il Chol |  | north-korea | government | 2009-11-01 | 2010-06-30
    Kpa Vkim Yong Chun |  | north-korea | government | 2009-11-01 | 2010-10-31
    Kpa Vri Yong Mu |  | north-korea | government | 2009-11-01 | 2010-10-31
    Kriangsak Chomanan |  | thailand | government | 1977-11-12 | 1980-03-03
    Krishna Lal Thakali |  | nepal | government | 2004-08-01 | 2005-12-31
    Krishna Prasad Bhattarai |  | nepal | government | 1990-04-19 | 1991-05-26
    Krishna Prasad Bhattarai |  | nepal | government | 1999-05-31 | 2000-03-22
    Krishna Prasad Sitaula |  | nepal | government | 2007-05-01 | 2008-09-30
    Krishna Sitaula |  | nepal | government | 2006-06-01 | 2007-04-30
    Kristian Jensen |  | denmark | government | 2004-09-01 | 2010-02-28
    Kristin Halvorsen |  | norway | government | 2005-11-01 | 2009-10-31
    Krit Kanchanakunchon |  | thailand | government | 2007-06-01 | 2008-07-31
    Krzysztof Janik |  | poland | government | 2003-01-01 | 2004-01-31
    Krzysztof Opawski |  | poland | government | 2004-06-01 | 2004-06-30
    Krzysztof Opawski |  | poland | government | 2004-08-01 | 2005-11-30
    Krzysztof Pater |  | poland | government | 2004-06-01 | 2005-11-30
    Ksor Phuoc |  | vietnam | government | 2003-01-01 | 2007-08-31
    Kuan Yew Lee |  | singapore | government | 2003-01-01 | 2004-04-30
    Kuido Merits |  | philippines | government | 2004-08-01 | 2005-01-31
    Kukoi Samba Sanyang |  | gambia | government | 1981-07-30 | 1981-08-05
    Kukrit Pramoj |  | thailand | government | 1975-03-14 | 1976-04-20
    Kumba Iala |  | guinea-bissau | government | 2000-02-17 | 2003-09-14
    Kuniko Inoguchi |  | japan | government | 2005-12-01 | 2006-09-30
    Kunio Lemari |  | marshall-islands | government | 1996-12-20 | 1997-01-14
    Kuniwo Nakamura |  | palau | government | 1993-01-01 | 2001-01-01
    Kuo Yao Chi |  | taiwan | government | 2005-01-01 | 2008-02-28
    Kursad Tuzmen |  | turkey | government | 2003-01-01 | 2003-02-28
    Kursad Tuzmen |  | turkey | government | 2004-11-01 | 2009-05-31
    Kurt Waldheim |  | austria | government | 1986-07-08 | 1992-07-08
    Kusmayanto Kadiman |  | indonesia | government | 2004-11-01 | 2009-10-31
    Kwado Adjei Darko |  | ghana | government | 2003-04-01 | 2003-06-30
    Kwado Adjei Darko |  | ghana | government | 2003-08-01 | 2005-03-31
    Kwadwo Baah Wiredu |  | ghana | government | 2005-04-01 | 2009-03-31
    Kwak Pom Gi |  | north-korea | government | 2004-12-01 | 2010-06-30
    Kwak Pom Ki |  | north-korea | government | 2003-01-01 | 2004-11-30
    Kwamena Bartels |  | ghana | government | 2007-09-01 | 2009-03-31
    Kwassi Klutse |  | togo | government | 1996-08-20 | 1999-05-21
    Kweronda Ruhemba |  | uganda | government | 2003-01-01 | 2004-09-30
    Kweronda Ruhemba |  | uganda | government | 2004-11-01 | 2006-06-30
    Kwesi Nduom |  | ghana | government | 2003-01-01 | 2003-03-31
    Kwon O Kyu |  | south-korea | government | 2007-03-07 | 2007-04-02
    Kwon O Ryong | Kwon Oh Ryong | south-korea | government | 2006-10-01 | 2009-02-28
    Kwon Okyu |  | south-korea | government | 2006-10-01 | 2008-03-31
    Kwon Oryong |  | south-korea | government | 2009-03-01 | 2010-03-31
    Kyaw Tint Swe | Kyaw Tint Shwe | myanmar | government | 2004-03-01 | 2009-02-28
    Kyoko Nakayama |  | japan | government | 2008-09-01 | 2008-09-30
    L. K. Siddiqi |  | bangladesh | government | 2003-01-01 | 2003-06-30
    L.f. Ramdat Misier |  | suriname | government | 1982-02-08 | 1988-01-25
    Lagitupu Tuilimu |  | tuvalu | government | 2000-12-08 | 2001-02-24
    Lagumot Harris |  | nauru | government | 1978-04-19 | 1978-05-15
    Lagumot Harris |  | nauru | government | 1995-11-22 | 1996-11-11
    Lai In Jaw |  | taiwan | government | 2008-03-01 | 2008-05-31
    Lai In Jaw |  | taiwan | government | 2010-05-01 | 2011-01-31
    Laila Davoy |  | norway | government | 2003-01-01 | 2005-10-31
    Laila Freivalds |  | sweden | government | 2003-11-01 | 2006-03-31
    Laili Zamane |  | comoros | government | 2008-05-01 | 2008-06-30
    Laisenia Qarase |  | fiji | government | 2000-07-04 | 2001-03-14
    Laisenia Qarase |  | fiji | government | 2001-03-16 | 2006-12-05
    Laisenia Qarase |  | fiji | government | 2003-01-01 | 2007-08-31
    Laksamana Sukardi |  | indonesia | government | 2003-01-01 | 2004-10-31
    Laksanachanthon Laohaphan |  | thailand | government | 2004-03-01 | 2007-08-31
    Lakshman Kadirgamar |  | sri-lanka | government | 2004-06-01 | 2005-08-31
    Lal Krishna Advani |  | india | government | 2003-01-01 | 2004-05-31
    Lalit Mansingh |  | india | government | 2003-01-01 | 2004-06-30
    Laloo Prasad Yadav |  | india | government | 2004-06-01 | 2009-07-31
    Lam Akol Ajawin |  | sudan | government | 2005-11-01 | 2007-12-31
    Lambert Mende Omalanga |  | democratic-republic-of-the-congo | government | 2007-12-01 | 2008-10-31
    Lamberto Dini |  | italy | government | 1995-01-17 | 1996-05-18
    Lamin Bojang |  | gambia | government | 2008-05-01 | 2011-01-31
    Lamin Kaba Bajo |  | gambia | government | 2005-12-01 | 2006-10-31
    Lamine Ba |  | senegal | government | 2007-01-01 | 2007-07-31
    Lamine Kawah |  | liberia | government | 2003-01-01 | 2006-08-31
    Lamine Sidime |  | guinea | government | 1999-03-08 | 2004-02-23
    Lamuel Stanislaus |  | grenada | government | 2003-01-01 | 2004-11-30
    Lamyr Nguelet |  | republic-of-the-congo | government | 2008-03-01 | 2009-09-30
    Landing Savane |  | senegal | government | 2007-01-01 | 2007-03-31
    Lansana Kouyate |  | guinea | government | 2007-03-01 | 2008-05-23
    Laotegguelnodji Koumtog |  | chad | government | 2003-01-01 | 2005-08-31
    Laouali Amadou |  | niger | government | 2003-01-01 | 2004-03-31
    Larry Anthony |  | australia | government | 2003-01-01 | 2004-11-30
    Lars Barfoed |  | denmark | government | 2005-03-01 | 2006-12-31
    Lars Erik Lovden |  | sweden | government | 2003-01-01 | 2004-11-30
    Lassana Seidi |  | guinea | government | 2004-07-01 | 2006-05-31
    Lassana Traore |  | mali | government | 2003-01-01 | 2004-07-31
    Laszlo Kovacs |  | hungary | government | 2003-01-01 | 2004-11-30
    Laszlo Molnar |  | hungary | government | 2003-01-01 | 2007-11-30
    Latchezar Petkov |  | bulgaria | government | 2009-07-01 | 2010-04-30
    Latifa Akherbach |  | morocco | government | 2007-11-01 | 2009-07-31
    Latifur Rahman |  | bangladesh | government | 2001-07-15 | 2001-10-10
    Latoala Metia |  | tuvalu | government | 2010-06-01 | 2010-10-31
    Laura Chinchilla |  | costa-rica | government | 2006-07-01 | 2009-03-31
    Laurens Jan Brinkhorst |  | netherlands | government | 2003-06-01 | 2007-02-28
    Laurent Fabius |  | france | government | 1984-07-17 | 1986-03-20
    Laurent Otete Omanga |  | democratic-republic-of-the-congo | government | 2005-02-01 | 2007-01-31
    Laurent Simon Ikenge Lisambola |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2008-10-31
    Laurent Wauquiez |  | france | government | 2007-07-01 | 2008-03-31
    Laurette Onkelinx |  | belgium | government | 2003-01-01 | 2007-12-31
    Laurie Chan |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    Laurie Chan |  | solomon-islands | government | 2004-01-01 | 2007-05-31
    Lauro Baja | Lauro L. Baja | philippines | government | 2003-08-01 | 2004-07-31
    Lauro Baja | Lauro L. Baja | philippines | government | 2005-02-01 | 2007-01-31
    Lavaka Ata Ulukalala |  | tonga | government | 2003-01-01 | 2006-08-31
    Lawan Gana Buba | Lawan Gana Guba | nigeria | government | 2003-08-01 | 2007-01-31
    Lawan Gana Buba | Lawan Gana Guba | nigeria | government | 2007-07-01 | 2007-07-31
    Lawrence Eagleburger | Lawrence S. Eagleburger; Lawrence Sidney Eagleburger | united-states | government | 1957-01-01 | 1984-05-01
    Lawrence Eagleburger | Lawrence S. Eagleburger; Lawrence Sidney Eagleburger | united-states | government | 1989-01-20 | 1992-08-23
    Lawrence Eagleburger | Lawrence S. Eagleburger; Lawrence Sidney Eagleburger | united-states | government | 1992-08-23 | 1993-01-19
    Lay Prohoah |  | cambodia | government | 2003-01-01 | 2004-11-30
    Lazarus Salii |  | palau | government | 1985-10-25 | 1988-08-20
    Le Duc Anh |  | vietnam | government | 1992-09-23 | 1997-09-24
    Le Kha Phieu |  | vietnam | government | 1997-12-29 | 2001-04-22
    Le Thi Thu |  | vietnam | government | 2004-03-01 | 2007-08-31
    Lea Doumta |  | central-african-republic | government | 2003-04-01 | 2003-08-31
    Lea Doumta |  | central-african-republic | government | 2003-10-01 | 2006-08-31
    Leandre Houage |  | benin | government | 2008-12-01 | 2010-06-30
    Lebohang Fine Maema |  | lesotho | government | 2005-11-01 | 2009-04-30
    Lebohang Kenneth Moleko |  | lesotho | government | 2003-01-01 | 2005-10-31
    Lech Nikolski |  | poland | government | 2003-01-01 | 2003-09-30
    Lech Walesa |  | poland | government | 1990-12-22 | 1995-12-23
    Lee Byung Wan |  | south-korea | government | 2005-10-01 | 2007-04-30
    Lee Ching Lung |  | taiwan | government | 2005-01-01 | 2008-02-28
    Lee Hae Chan |  | south-korea | government | 2004-06-30 | 2006-03-14
    Lee Han Dong |  | south-korea | government | 2000-05-22 | 2002-07-11
    Lee Han Key |  | south-korea | government | 1987-05-26 | 1987-07-14
    Lee Hoi Chang |  | south-korea | government | 1993-12-17 | 1994-04-22
    Lee Hong Koo |  | south-korea | government | 1994-12-17 | 1995-12-18
    Lee Huan |  | taiwan | government | 1989-05-21 | 1990-05-30
    Lee Hun Jai |  | south-korea | government | 2000-05-19 | 2000-05-22
    Lee Hun Jai |  | south-korea | government | 2004-05-25 | 2004-06-30
    Lee Hun Jai |  | south-korea | government | 2004-10-01 | 2005-03-31
    Lee Hyun Jae |  | south-korea | government | 1988-02-25 | 1988-12-05
    Lee Jae Joung |  | south-korea | government | 2007-01-01 | 2008-03-31
    Lee Jong Seok |  | south-korea | government | 2006-03-01 | 2006-11-30
    Lee Kuan Yew |  | singapore | government | 1959-06-05 | 1990-11-28
    Lee Mlanga |  | malawi | government | 2003-01-01 | 2003-03-31
    Lee Shu Te |  | taiwan | government | 2008-06-01 | 2008-10-31
    Lee Soo Sung |  | south-korea | government | 1995-12-18 | 1997-03-04
    Lee Su Hoon |  | south-korea | government | 2005-10-01 | 2008-07-31
    Lee Tae Sik |  | south-korea | government | 2005-10-01 | 2009-04-30
    Lee Teng Hui |  | taiwan | government | 1981-12-05 | 1984-05-20
    Lee Teng Hui |  | taiwan | government | 1988-01-13 | 2000-05-20
    Lee Yi Yang |  | taiwan | government | 2008-03-01 | 2008-05-31
    Lee Yock Suan |  | singapore | government | 2004-05-01 | 2004-08-31
    Lee Yong Sup |  | south-korea | government | 2006-06-01 | 2007-05-31
    Lee Youn Ho |  | south-korea | government | 2008-04-01 | 2010-03-31
    Lee Yung Duk |  | south-korea | government | 1994-04-29 | 1994-12-17
    Leila Hammou Boutleis |  | algeria | government | 2003-01-01 | 2004-06-30
    Leila Rachid |  | paraguay | government | 2003-01-01 | 2006-08-31
    Lekene Donfack |  | cameroon | government | 2003-01-01 | 2005-01-31
    Lenard Montoute | Lenard Spider Montoute | saint-lucia | government | 2007-03-01 | 2007-09-30
    Lenny Saith |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Leo A. Falcam |  | micronesia | government | 1999-05-11 | 2003-05-11
    Leo Tindemans |  | belgium | government | 1974-04-25 | 1978-10-20
    Leo de Gale |  | grenada | government | 1974-01-24 | 1974-02-07
    Leo de Gale |  | grenada | government | 1974-02-07 | 1978-10-04
    Leon Febres Cordero Rivadeneira |  | ecuador | government | 1984-08-10 | 1988-08-10
    Leon Mebiame |  | gabon | government | 1975-04-16 | 1990-05-03
    Leon Panetta | Leon E. Panetta | united-states | government | 1994-06-27 | 1997-01-20
    Leonard Iipumbu |  | namibia | government | 2003-01-01 | 2009-12-31
    Leonard Ngaithe |  | kenya | government | 2003-10-01 | 2003-11-30
    Leonard Njogu Ngaithe |  | kenya | government | 2004-08-01 | 2007-06-30
    Leonard She Okitundu |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Leonardo Simao |  | mozambique | government | 2003-01-01 | 2005-02-28
    Leonardo Somarriba |  | nicaragua | government | 2006-02-01 | 2007-01-31
    Leonel Cardoso |  | angola | government | 1975-08-26 | 1975-11-10
    Leonel Fernandez |  | dominican-republic | government | 1996-08-16 | 2000-08-16
    Leonid Brezhnev | Leonid Ilyich Brezhnev | russia | government | 1964-10-14 | 1982-11-10
    Leonid Brezhnev | Leonid Ilyich Brezhnev | russia | government | 1977-06-16 | 1982-11-10
    Leonidas Rosa Bautista |  | honduras | government | 2003-11-01 | 2005-07-31
    Leopold Gnininvi |  | togo | government | 2008-09-01 | 2009-02-28
    Leopoldo Calvo Sotelo Y Bustelo |  | spain | government | 1981-02-25 | 1982-12-02
    Leopoldo Galtieri |  | argentina | government | 1981-12-22 | 1982-06-18
    Lesao Lehohla |  | lesotho | government | 2003-01-01 | 2003-06-30
    Lesley Obora |  | nigeria | government | 2006-08-01 | 2007-07-31
    Leslie Voltaire |  | haiti | government | 2003-01-01 | 2004-03-31
    Leslie Wilson Johnson |  | papua-new-guinea | government | 1970-01-01 | 1973-01-01
    Leslie Wilson Johnson |  | papua-new-guinea | government | 1973-01-01 | 1974-03-01
    Lester Bird |  | antigua-and-barbuda | government | 1994-03-09 | 2004-03-24
    Lester Bird |  | antigua-and-barbuda | government | 2003-01-01 | 2004-03-31
    Leszek Miller |  | poland | government | 2001-10-19 | 2004-05-02
    Letsie III |  | lesotho | government | 1990-11-12 | 1995-01-25
    Levaula Kamu Luagalau |  | samoa | government | 2003-01-01 | 2003-09-30
    Levy Mwanawasa | Levy Patrick Mwanawasa | zambia | government | 2005-02-01 | 2008-08-31
    Lho Shin Yong |  | south-korea | government | 1985-02-19 | 1987-05-26
    Li Chiun Cheng |  | taiwan | government | 2004-10-01 | 2004-12-31
    Li Dek Su | Li Dezhu | china | government | 2003-01-01 | 2003-04-30
    Li Dek Su | Li Dezhu | china | government | 2003-05-01 | 2007-07-31
    Li Dek Su | Li Dezhu | china | government | 2007-08-01 | 2008-03-31
    Li Gun Mo |  | north-korea | government | 1986-12-29 | 1988-12-12
    Li Jong Ok |  | north-korea | government | 1977-12-16 | 1984-01-27
    Li Lanqing |  | china | government | 2003-01-01 | 2003-04-30
    Li Peng |  | china | government | 1987-11-24 | 1998-03-17
    Li Sush Der |  | taiwan | government | 2008-11-01 | 2010-04-30
    Li Xiannian |  | china | government | 1983-06-18 | 1988-04-08
    Li Xueju |  | china | government | 2003-05-01 | 2010-07-31
    Li Yeh Fu |  | taiwan | government | 2004-10-01 | 2004-12-31
    Li Yizhong |  | china | government | 2007-01-01 | 2008-03-31
    Li Zhaoxing |  | china | government | 2003-05-01 | 2007-05-31
    Li Zhilun |  | china | government | 2003-05-01 | 2007-08-31
    Liam Byrne |  | united-kingdom | government | 2008-11-01 | 2010-05-31
    Liam Hamilton |  | ireland | government | 1997-09-12 | 1997-11-10
    Liam T. Cosgrave |  | ireland | government | 1997-09-12 | 1997-11-10
    Lianne Dalziel |  | new-zealand | government | 2003-01-01 | 2004-11-30
    Lianne Dalziel |  | new-zealand | government | 2008-05-01 | 2008-12-31
    Liao Liao I |  | taiwan | government | 2008-06-01 | 2010-04-30
    Liaqat Ali Jatoi |  | pakistan | government | 2004-11-01 | 2007-12-31
    Libertina Amathila |  | namibia | government | 2005-05-01 | 2010-03-31
    Libio Florentin Bogado |  | paraguay | government | 2007-11-01 | 2008-08-31
    Lidiya Shuleva |  | bulgaria | government | 2003-01-01 | 2005-02-28
    Lien Chan |  | taiwan | government | 1990-06-16 | 1993-02-25
    Lien Chan |  | taiwan | government | 1993-02-10 | 1997-09-01
    Liese Prokop |  | austria | government | 2005-01-01 | 2007-01-31
    Lilian Patel |  | malawi | government | 2003-01-01 | 2004-06-30
    Liliane Pande Muaba |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-11-30
    Lim Hng Kiang |  | singapore | government | 2004-05-01 | 2004-08-31
    Lim Jock Seng |  | brunei | government | 2005-08-01 | 2005-10-31
    Lin Chia Cheng |  | taiwan | government | 2008-03-01 | 2008-05-31
    Lin Chuan |  | taiwan | government | 2005-01-01 | 2008-02-28
    Lin Ferng Ching |  | taiwan | government | 2005-01-01 | 2008-05-31
    Lin Jin Chang |  | taiwan | government | 2008-03-01 | 2008-05-31
    Lin Kuang Hua |  | taiwan | government | 2003-10-10 | 2006-01-25
    Lin Mun Lee |  | taiwan | government | 2008-03-01 | 2008-05-31
    Lin Sheng Fong |  | taiwan | government | 2005-01-01 | 2008-02-28
    Lin Si Yao |  | taiwan | government | 2007-12-21 | 2008-05-20
    Lin Si Yao |  | taiwan | government | 2008-03-01 | 2008-05-31
    Lin Yang Kang |  | taiwan | government | 1978-06-12 | 1981-12-05
    Lin Yi Fu |  | taiwan | government | 2005-01-01 | 2008-02-28
    Lina Pedraza Rodriguez |  | cuba | government | 2003-01-01 | 2006-05-31
    Linah Jebii Kilimo |  | kenya | government | 2003-01-01 | 2004-03-31
    Linah Jebii Kilimo |  | kenya | government | 2004-05-01 | 2006-03-31
    Linda Bihire |  | rwanda | government | 2008-04-01 | 2009-12-31
    Linda Lanzilotta |  | italy | government | 2006-06-01 | 2008-05-31
    Lindiwe Benedicta Hendricks |  | south-africa | government | 2007-10-01 | 2009-05-31
    Lindiwe Nonceba Sisulu | Lindiwe Sisulu | south-africa | government | 2004-06-01 | 2009-05-31
    Lindsay Tanner |  | australia | government | 2008-01-01 | 2010-09-30
    Lineth Saborio |  | costa-rica | government | 2003-01-01 | 2006-06-30
    Linn Myaing |  | myanmar | government | 2004-03-01 | 2007-04-30
    Lionel Hurst |  | antigua-and-barbuda | government | 2003-01-01 | 2009-04-30
    Lionel Jospin |  | france | government | 1997-06-03 | 2002-05-06
    Lisa Raitt |  | canada | government | 2008-11-01 | 2010-01-31
    Lisa Shoman |  | belize | government | 2003-01-01 | 2008-02-28
    Liu Chao Shiuan |  | taiwan | government | 2008-06-01 | 2010-04-30
    Liu Yuh San |  | taiwan | government | 2008-03-01 | 2008-05-31
    Liuga Faumuina |  | samoa | government | 2004-03-01 | 2004-03-31
    Livingston T. Merchant |  | united-states | government | 1961-01-20 | 1961-01-21
    Liyel Imoke |  | nigeria | government | 2003-08-01 | 2007-01-31
    Liza Frulla |  | canada | government | 2004-08-01 | 2006-02-28
    Ljubo Jurcic |  | croatia | government | 2003-01-01 | 2004-01-31
    Lokendra Bahadur Chand |  | nepal | government | 1983-07-12 | 1986-03-21
    Lokendra Bahadur Chand |  | nepal | government | 1990-04-06 | 1990-04-19
    Lokendra Bahadur Chand |  | nepal | government | 1997-03-12 | 1997-10-07
    Lokendra Bahadur Chand |  | nepal | government | 2002-10-11 | 2003-06-05
    Lokendra Bahadur Chand |  | nepal | government | 2003-01-01 | 2003-08-31
    Lol Mahamat Choua |  | chad | government | 1979-04-29 | 1979-09-03
    Lon Nol |  | cambodia | government | 1969-08-14 | 1972-03-11
    Lon Nol |  | cambodia | government | 1972-03-10 | 1972-03-14
    Lon Nol |  | cambodia | government | 1972-03-14 | 1975-04-12
    Long Boret |  | cambodia | government | 1973-12-26 | 1975-04-17
    Lopo Do Nascimento |  | angola | government | 1975-11-11 | 1978-12-09
    Loris Francini |  | san-marino | government | 2003-01-01 | 2006-12-31
    Loris Francini |  | san-marino | government | 2006-04-01 | 2006-10-01
    Losseni Kamara |  | liberia | government | 2003-11-01 | 2003-11-30
    Lothar de Maiziere |  | east-germany | government | 1990-04-12 | 1990-10-02
    Louis Bapes Bapes |  | cameroon | government | 2003-01-01 | 2004-01-31
    Louis Bapes Bapes |  | cameroon | government | 2004-03-01 | 2005-01-31
    Louis Beel |  | netherlands | government | 1946-07-03 | 1948-08-07
    Louis Beel |  | netherlands | government | 1958-12-22 | 1959-05-19
    Louis Lansana Beavogui |  | guinea | government | 1972-04-26 | 1984-04-03
    Louis Lansana Beavogui |  | guinea | government | 1984-03-27 | 1984-04-03
    Louis Marie Abogo Nkono |  | cameroon | government | 2005-02-01 | 2007-10-31
    Louis Michel |  | belgium | government | 2003-01-01 | 2004-07-31
    Louis Straker |  | saint-vincent-and-the-grenadines | government | 2003-01-01 | 2010-12-31
    Louis Sylvain Goma |  | republic-of-the-congo | government | 1991-01-08 | 1991-06-08
    Louka Katseli |  | greece | government | 2009-11-01 | 2010-09-30
    Lu Lay Sreng |  | cambodia | government | 2003-01-01 | 2008-09-30
    Luamanuvao Winnie Laban |  | new-zealand | government | 2006-12-01 | 2008-12-31
    Luan Rama |  | albania | government | 2003-01-01 | 2003-12-31
    Lubna al Qasimi |  | united-arab-emirates | government | 2005-02-01 | 2008-04-30
    Lubomir Jahnatek |  | slovakia | government | 2006-08-01 | 2010-07-31
    Luc Ayang |  | cameroon | government | 1983-08-22 | 1984-01-25
    Luc Rukingama |  | burundi | government | 2003-01-01 | 2003-12-31
    Luc van den Bossche |  | belgium | government | 2003-01-01 | 2003-07-31
    Lucas Chomera |  | mozambique | government | 2005-03-01 | 2010-01-31
    Lucas Papademos | Lucas Demetrios Papademos | greece | government | 2011-11-11 | 2012-05-16
    Lucienne Robillard |  | canada | government | 2003-01-01 | 2003-12-31
    Lucienne Robillard |  | canada | government | 2004-08-01 | 2006-02-28
    Lucio Gutierrez |  | ecuador | government | 2003-01-15 | 2005-04-20
    Lucio Izaguirre |  | honduras | government | 2006-03-01 | 2010-01-31
    Lucio Stanca |  | italy | government | 2003-01-01 | 2006-05-31
    Lucius Kanyumba |  | malawi | government | 2009-07-01 | 2011-01-31
    Luckson Mapushi |  | zambia | government | 2003-01-01 | 2003-01-31
    Ludoviko Shati |  | malawi | government | 2003-04-01 | 2004-02-28
    Ludwig Scotty |  | nauru | government | 2003-05-29 | 2003-08-08
    Ludwig Scotty |  | nauru | government | 2003-07-01 | 2003-08-31
    Ludwig Scotty |  | nauru | government | 2004-06-22 | 2007-12-19
    Ludwig Scotty |  | nauru | government | 2004-08-01 | 2008-10-31
    Ludwig Sondashi |  | zambia | government | 2003-01-01 | 2005-01-31
    Ludwik Dorn |  | poland | government | 2005-12-01 | 2007-07-31
    Luigi Lonfernini |  | san-marino | government | 2001-04-01 | 2001-10-01
    Luigi Nicolais |  | italy | government | 2006-06-01 | 2008-05-31
    Luis Alberto Echazu |  | bolivia | government | 2007-04-01 | 2010-02-28
    Luis Alberto Herreria Bonnet |  | ecuador | government | 2005-05-01 | 2006-02-28
    Luis Alberto Lacalle |  | uruguay | government | 1990-03-01 | 1995-03-01
    Luis Alberto Moreno Mejia |  | colombia | government | 2003-01-01 | 2005-12-31
    Luis Alfredo Torcatt Zanabria |  | venezuela | government | 2005-05-01 | 2006-03-31
    Luis Alva Castro |  | peru | government | 2007-03-01 | 2008-10-31
    Luis Amado |  | portugal | government | 2006-08-01 | 2009-08-31
    Luis Angel Gonzalez Macchi |  | paraguay | government | 1999-03-28 | 2003-08-15
    Luis Camilo Osorio |  | colombia | government | 2003-01-01 | 2005-08-31
    Luis Campos Ecunha |  | portugal | government | 2005-04-01 | 2005-08-31
    Luis Carlos Figueroa Alcala |  | venezuela | government | 2005-09-01 | 2006-07-31
    Luis Carlos Jemio |  | bolivia | government | 2004-12-01 | 2006-01-31
    Luis Carranza Ugarte |  | peru | government | 2006-09-01 | 2008-07-31
    Luis Carranza Ugarte |  | peru | government | 2009-02-01 | 2009-12-31
    Luis Carrero Blanco |  | spain | government | 1973-06-08 | 1973-12-20
    Luis Castiglioni |  | paraguay | government | 2003-09-01 | 2007-10-31
    Luis Cosenza |  | honduras | government | 2003-01-01 | 2005-07-31
    Luis Diego Escalante |  | costa-rica | government | 2009-11-01 | 2010-05-31
    Luis Echeverria Alvarez |  | mexico | government | 1970-12-01 | 1976-11-30
    Luis Ernesto Derbez Bautista |  | mexico | government | 2003-01-01 | 2006-11-30
    Luis Fishman |  | costa-rica | government | 2003-01-01 | 2005-10-31
    Luis Gallegos |  | ecuador | government | 2003-01-01 | 2005-03-31
    Luis Garcia Meza Tejada |  | bolivia | government | 1980-07-18 | 1981-08-04
    Luis Guillermo Giraldo |  | colombia | government | 2003-01-01 | 2004-12-31
    Luis Hierro |  | uruguay | government | 2003-01-01 | 2005-02-28
    Luis Lusquinos |  | argentina | government | 2001-12-23 | 2001-12-31
    Luis Marques Mendes |  | portugal | government | 2003-01-01 | 2004-07-31
    Luis Mijangos |  | guatemala | government | 2003-01-01 | 2005-05-31
    Luis Oscar Estrada |  | guatemala | government | 2007-03-01 | 2008-02-28
    Luis Reyes Reyes |  | venezuela | government | 2009-01-01 | 2010-03-31
    Luis Solari |  | peru | government | 2002-07-12 | 2003-06-28
    Luis Solari de la Fuente |  | peru | government | 2003-01-01 | 2003-07-31
    Luis Tapia |  | ecuador | government | 2003-01-01 | 2004-05-31
    Luis Valdivieso Montano |  | peru | government | 2008-08-01 | 2009-01-31
    Luis de Matos Monteiro da Fonseca |  | cape-verde | government | 2003-01-01 | 2004-08-31
    Luisa Diogo | Luisa Dias Diogo | mozambique | government | 2003-01-01 | 2010-01-31
    Luisa Ortega Diaz |  | venezuela | government | 2008-03-01 | 2011-01-31
    Luo Gan |  | china | government | 2003-01-01 | 2003-04-30
    Lupando Mwape |  | zambia | government | 2004-11-01 | 2006-10-31
    Luseni Donzo |  | liberia | government | 2006-09-01 | 2009-04-30
    Lusine Kamara |  | liberia | government | 2003-12-01 | 2006-03-31
    Lutfar Rahman Khan Azad |  | bangladesh | government | 2004-06-01 | 2007-02-28
    Lutfo Dlamini |  | eswatini | government | 2009-08-01 | 2010-10-31
    Lutfozzaman Babor | Lutfozzaman Babar | bangladesh | government | 2004-04-01 | 2007-02-28
    Luvsangiin Erdenechuluun |  | mongolia | government | 2003-01-01 | 2005-04-30
    Luz Estela Arango |  | colombia | government | 2003-02-01 | 2003-02-28
    Luzeria dos Santos Jalo |  | guinea | government | 2003-07-01 | 2003-09-30
    Lydia Gueiler Tejada |  | bolivia | government | 1979-11-17 | 1980-07-18
    Lydie Polfer |  | luxembourg | government | 2003-01-01 | 2004-08-31
    Lygia Kraag Keteldijk |  | suriname | government | 2005-09-01 | 2010-08-31
    Lynden O. Pindling |  | bahamas | government | 1969-01-01 | 1992-08-21
    Lyndon B. Johnson | Lyndon Baines Johnson | united-states | government | 1961-01-20 | 1963-11-22
    Lyndon B. Johnson | Lyndon Baines Johnson | united-states | government | 1963-11-22 | 1969-01-20
    Lyonpo Jigmi Thinley |  | bhutan | government | 1998-07-20 | 1999-07-09
    Lyonpo Jigmi Thinley |  | bhutan | government | 2003-08-30 | 2004-08-18
    Lyonpo Khandu Wangchuk |  | bhutan | government | 2001-08-08 | 2002-08-14
    Lyonpo Khandu Wangchuk |  | bhutan | government | 2006-09-07 | 2007-07-31
    Lyonpo Kinzang Dorji |  | bhutan | government | 2002-08-14 | 2003-08-30
    Lyonpo Kinzang Dorji |  | bhutan | government | 2007-07-31 | 2008-04-09
    Lyonpo Sangay Ngedup |  | bhutan | government | 1999-07-09 | 2000-07-20
    Lyonpo Sangay Ngedup |  | bhutan | government | 2005-09-05 | 2006-09-07
    Lyonpo Yeshey Zimba |  | bhutan | government | 2000-07-20 | 2001-08-08
    Lyonpo Yeshey Zimba |  | bhutan | government | 2004-08-18 | 2005-09-05
    Lyuben Berov |  | bulgaria | government | 1992-12-30 | 1994-10-17
    M Oosa Fathy |  | maldives | government | 2003-12-01 | 2003-12-31
    M. A. Matin |  | bangladesh | government | 2007-03-01 | 2009-01-31
    M. H. Mohamed |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    M. Hafizuddin Ahmed |  | bangladesh | government | 2003-01-01 | 2007-02-28
    M. Hatta Rajasa |  | indonesia | government | 2003-01-01 | 2004-10-31
    M. Humayun Kabir |  | bangladesh | government | 2007-10-01 | 2010-01-31
    M. Morshed Khan |  | bangladesh | government | 2003-01-01 | 2007-02-28
    M. Prakosa |  | indonesia | government | 2003-01-01 | 2003-09-30
    M. S. Kaban |  | indonesia | government | 2004-11-01 | 2008-04-30
    M. Salifur Rahman |  | bangladesh | government | 2003-01-01 | 2003-06-30
    M. Shamsul Islam |  | bangladesh | government | 2003-01-01 | 2005-05-31
    M. Tamim |  | bangladesh | government | 2008-03-01 | 2009-01-31
    Maaouya Ould Sid'ahmed Taya |  | mauritius | government | 1981-04-25 | 1984-03-08
    Maaouya Ould Sid'ahmed Taya |  | mauritius | government | 1984-12-12 | 1992-04-18
    Maaouya Ould Sid'ahmed Taya |  | mauritius | government | 1992-04-18 | 2005-08-03
    Maati Bouabid |  | morocco | government | 1979-03-22 | 1983-11-30
    Maatia Toafa |  | tuvalu | government | 2004-08-27 | 2006-08-14
    Maatia Toafa |  | tuvalu | government | 2004-10-01 | 2007-05-31
    Maatia Toafa |  | tuvalu | government | 2010-11-01 | 2011-01-31
    Mack Mclarty |  | united-states | government | 1993-01-20 | 1994-06-27
    Macky Sall |  | senegal | government | 2003-09-01 | 2003-10-31
    Macky Sall |  | senegal | government | 2003-12-01 | 2007-07-31
    Macky Sall |  | senegal | government | 2004-04-21 | 2007-06-19
    Macrio Fortes de Almeida |  | brazil | government | 2006-06-01 | 2006-12-31
    Madeleine Albright | Madeleine Jana Korbel Albright; Madeleine K. Albright; Madeleine Korbel Albright | united-states | government | 1993-01-27 | 1997-01-21
    Madeleine Albright | Madeleine Jana Korbel Albright; Madeleine K. Albright; Madeleine Korbel Albright | united-states | government | 1997-01-23 | 2001-01-20
    Madhu Raman Acharya |  | nepal | government | 2006-08-01 | 2009-12-31
    Madhukar Shumsher Rana |  | nepal | government | 2005-03-01 | 2005-12-31
    Madicke Niang |  | senegal | government | 2003-01-01 | 2003-08-31
    Madikaba Camara |  | guinea | government | 2006-11-01 | 2007-07-31
    Madobe Nouno | Madobe Nunow Mohamed | somalia | government | 2009-05-01 | 2010-12-31
    Magaji Mohamed | Magaji Mohammed | nigeria | government | 2005-08-01 | 2006-07-31
    Magdalena Barreiro Riofrio |  | ecuador | government | 2005-11-01 | 2006-01-31
    Magnus Stefansson |  | iceland | government | 2006-07-01 | 2007-06-30
    Magnus Ugbesia |  | nigeria | government | 2003-02-01 | 2003-07-31
    Mahamadou Issoufou |  | niger | government | 1993-04-17 | 1994-09-28
    Mahamane Ousmane |  | niger | government | 1993-04-16 | 1996-01-27
    Mahamat Ali Adoum |  | chad | government | 2005-09-01 | 2009-07-31
    Mahamat Ali Hassan |  | chad | government | 2006-10-01 | 2008-04-30
    Mahamat Ali Tolli |  | chad | government | 2006-10-01 | 2008-04-30
    Mahamat Saleh Annadif |  | chad | government | 2003-01-01 | 2003-07-31
    Mahamat Zene Bada |  | chad | government | 2004-09-01 | 2005-08-31
    Mahamud Abdullahi Jama |  | somalia | government | 2006-12-01 | 2007-03-31
    Mahamud Salad Nur |  | somalia | government | 2006-12-01 | 2007-03-31
    Mahanta Thakur |  | nepal | government | 2007-05-01 | 2007-12-31
    Mahara Okeroa |  | new-zealand | government | 2006-12-01 | 2008-12-31
    Mahathir bin Mohamad |  | malaysia | government | 2003-01-01 | 2004-01-31
    Mahbub Jamil |  | bangladesh | government | 2008-03-01 | 2009-01-31
    Mahdavi Kani |  | iran | government | 1981-08-30 | 1981-10-13
    Mahendra Chaudhry |  | fiji | government | 1999-05-19 | 2000-05-27
    Mahendra Paswan |  | nepal | government | 2009-04-01 | 2009-06-30
    Maher al Madadha |  | jordan | government | 2007-12-01 | 2009-02-28
    Mahinda Rajapakse |  | sri-lanka | government | 2004-04-06 | 2005-11-21
    Mahinda Samarasinghe |  | sri-lanka | government | 2006-03-01 | 2006-08-31
    Mahinda Wijeysekera | Mahinda Wijesekera | sri-lanka | government | 2007-03-01 | 2010-04-30
    Mahinda Yapa Abeywardena |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Mahmat Ali Abdallah |  | chad | government | 2005-09-01 | 2006-09-30
    Mahmat Ali Hassan |  | chad | government | 2005-09-01 | 2006-09-30
    Mahmat Tolli |  | chad | government | 2005-09-01 | 2006-09-30
    Mahmoud Abbas |  | palestine | government | 2003-04-30 | 2003-10-07
    Mahmoud Abed al Khaleq |  | lebanon | government | 2004-12-01 | 2005-07-31
    Mahmoud Ahmadinejad | Mahmoud Ahmedinejad | iran | government | 2005-08-03 | 2013-08-03
    Mahmoud Fawzi |  | egypt | government | 1970-10-21 | 1972-01-17
    Mahmoud Khoudri | Mahmoud Khedri | algeria | government | 2004-07-01 | 2005-05-31
    Mahmoud Mohamed Aboud |  | comoros | government | 2003-08-01 | 2007-03-31
    Mahmoud Mohamed Aboud |  | comoros | government | 2007-09-01 | 2007-10-31
    Mahmoud Zuabi |  | syria | government | 1987-11-01 | 2000-03-13
    Mahmud Ali Durrani |  | pakistan | government | 2007-02-01 | 2008-07-31
    Mahmud Hammoud |  | lebanon | government | 2003-01-01 | 2003-04-30
    Mahmud Hammoud |  | lebanon | government | 2004-11-01 | 2005-07-31
    Mahmud Sulayman al Maghribi |  | libya | government | 1969-09-08 | 1970-01-16
    Maimouna Ndir | Maimouna Sourang Ndir | senegal | government | 2004-03-01 | 2006-02-28
    Maimouna Ndir | Maimouna Sourang Ndir | senegal | government | 2007-01-01 | 2007-07-31
    Mainul Hossein |  | bangladesh | government | 2007-03-01 | 2008-02-28
    Maizama Hadiza |  | niger | government | 2007-07-01 | 2009-05-31
    Majid bin Said al Nuaymi |  | united-arab-emirates | government | 2003-01-01 | 2003-08-31
    Majid bin Said al Nuaymi |  | united-arab-emirates | government | 2003-10-01 | 2005-01-31
    Makale Traore |  | guinea | government | 2008-08-01 | 2009-03-31
    Makenkesi Stofile |  | south-africa | government | 2004-06-01 | 2010-10-31
    Makhdoom Ali Khan |  | pakistan | government | 2003-01-01 | 2007-12-31
    Makhdoom Faisal Saleh Hayat |  | pakistan | government | 2006-01-01 | 2007-01-31
    Makhdoom Shah Mehmood Qureshi |  | pakistan | government | 2008-05-01 | 2008-07-31
    Makmar Widodo |  | indonesia | government | 2003-01-01 | 2003-06-30
    Maktum bin Rashid al Maktum |  | united-arab-emirates | government | 2003-01-01 | 2006-01-31
    Makwac Teny |  | sudan | government | 2003-01-01 | 2003-06-30
    Mal Brough |  | australia | government | 2004-08-01 | 2007-12-31
    Malafi Jarju |  | gambia | government | 2003-01-01 | 2005-11-30
    Malam Adamu Ciroma |  | nigeria | government | 2003-01-01 | 2003-07-31
    Malam Mane Juventude |  | guinea | government | 2003-01-01 | 2003-01-31
    Malam Sambat Kaban |  | indonesia | government | 2008-05-01 | 2009-10-31
    Malam Yahaya Abdulkarim |  | nigeria | government | 2005-08-01 | 2007-07-31
    Malcolm Fraser |  | australia | government | 1975-11-11 | 1983-03-11
    Malimba Masheke |  | zambia | government | 1989-03-15 | 1991-08-31
    Mamadi Traore |  | guinea | government | 2003-01-01 | 2003-06-30
    Mamadou Dembele |  | mali | government | 1986-06-06 | 1988-06-06
    Mamadou Diop |  | senegal | government | 2003-01-01 | 2003-08-31
    Mamadou Doumbouya |  | guinea | government | 2006-11-01 | 2007-07-31
    Mamadou Lamine Loum |  | senegal | government | 1998-07-03 | 2000-04-05
    Mamadou Makalou |  | senegal | government | 2007-08-01 | 2009-05-31
    Mamadou Niang |  | senegal | government | 2003-01-01 | 2003-08-31
    Mamadou Sande |  | guinea | government | 2009-04-01 | 2010-12-31
    Mamadou Seck | Mamadou Mansour Seck | senegal | government | 2003-01-01 | 2003-10-31
    Mamadou Seck | Mamadou Mansour Seck | senegal | government | 2003-12-01 | 2004-02-28
    Mamadouba Max Bangoura |  | guinea | government | 2009-04-01 | 2011-01-31
    Mamady Conde |  | guinea | government | 2006-11-01 | 2007-07-31
    Mamady Soumah |  | guinea | government | 2007-08-01 | 2008-07-31
    Mamata Banerjee |  | india | government | 2003-10-01 | 2004-05-31
    Mamdouh Salem |  | egypt | government | 1975-04-16 | 1978-10-02
    Mamdouh el Beltagi |  | egypt | government | 2005-03-01 | 2006-01-31
    Mame Madior Boye |  | senegal | government | 2001-03-03 | 2002-11-04
    Mamoune Niasse |  | senegal | government | 2007-01-01 | 2007-07-31
    Mamphono Khaketla |  | lesotho | government | 2004-12-01 | 2007-10-31
    Man Mohan Adhikari |  | nepal | government | 1994-11-30 | 1995-09-12
    Man Mohan Adhikari |  | nepal | government | 1995-09-12 | 1997-03-12
    Man Mohan Adhikari |  | nepal | government | 2001-07-26 | 2002-10-04
    Man Mohan Adhikari |  | nepal | government | 2004-06-03 | 2005-02-01
    Manasseh Maelanga |  | solomon-islands | government | 2009-09-01 | 2010-04-30
    Manasseh Sogavare |  | solomon-islands | government | 2000-06-30 | 2001-12-17
    Manasseh Sogavare |  | solomon-islands | government | 2006-05-04 | 2007-12-20
    Mande Sidibe |  | mali | government | 2000-02-15 | 2002-03-18
    Manea Manescu |  | romania | government | 1974-03-29 | 1979-03-29
    Manel Pons |  | andorra | government | 2005-07-01 | 2007-05-31
    Manfred Gerlach |  | east-germany | government | 1989-12-06 | 1990-04-05
    Mangosuthu Buthelezi |  | south-africa | government | 2003-01-01 | 2004-06-30
    Mangu Odion Ugbesa |  | nigeria | government | 2003-08-01 | 2005-07-31
    Mani Shankar Aiyar |  | india | government | 2004-06-01 | 2009-07-31
    Manolis Kefaloyiannis |  | greece | government | 2004-04-01 | 2007-09-30
    Mansur Borqei |  | iran | government | 2007-08-01 | 2009-10-31
    Mansur Muhtar |  | nigeria | government | 2009-02-01 | 2010-04-30
    Mansur bin Rajab |  | bahrain | government | 2007-01-01 | 2010-08-31
    Manto Tshabalala Msimang |  | south-africa | government | 2008-11-01 | 2009-05-31
    Manuchehr Motaki |  | iran | government | 2005-09-01 | 2010-12-31
    Manuel Acosta Bonilla |  | honduras | government | 2003-01-01 | 2006-07-31
    Manuel Arturo Soto Aguirre |  | guatemala | government | 2004-02-01 | 2004-07-31
    Manuel Bonoan |  | philippines | government | 2007-02-01 | 2007-08-31
    Manuel Chang |  | mozambique | government | 2005-03-01 | 2009-01-31
    Manuel Crespo |  | dominican-republic | government | 2004-09-01 | 2008-08-31
    Manuel Esquivel |  | belize | government | 1984-12-17 | 1989-11-07
    Manuel Esquivel |  | belize | government | 1993-07-03 | 1998-08-28
    Manuel Jose Nunes |  | angola | government | 2010-07-01 | 2010-10-31
    Manuel Millares Rodriguez |  | cuba | government | 2003-01-01 | 2003-06-30
    Manuel Noli de Castro |  | philippines | government | 2005-08-01 | 2010-07-31
    Manuel Noriega |  | panama | government | 1989-12-15 | 1989-12-20
    Manuel Nunes Junior |  | angola | government | 2008-12-01 | 2010-06-30
    Manuel Pimentel Pereira dos Santos |  | mozambique | government | 1972-01-01 | 1974-04-27
    Manuel Pinho |  | portugal | government | 2005-04-01 | 2009-07-31
    Manuel Rodriguez Cuadros |  | peru | government | 2004-01-01 | 2005-08-31
    Manuel Saturnino da Costa |  | guinea-bissau | government | 1994-10-26 | 1997-06-06
    Manuela Ferreira Leite |  | portugal | government | 2003-01-01 | 2004-07-31
    Manuela Ramin Osmundsen |  | norway | government | 2007-11-01 | 2008-06-30
    Mao Zedong |  | china | government | 1935-01-08 | 1976-09-09
    Marafa Hamidou Yaya |  | cameroon | government | 2003-01-01 | 2004-09-30
    Marafa Hamidou Yaya |  | cameroon | government | 2004-11-01 | 2005-01-31
    Marc Akitem |  | togo | government | 2005-07-01 | 2009-02-28
    Marc Bazin |  | haiti | government | 1992-06-19 | 1993-06-15
    Marc Bazin |  | haiti | government | 1992-06-19 | 1993-08-30
    Marc Forne Molne |  | andorra | government | 1994-12-07 | 2005-05-27
    Marc Forne Molne |  | andorra | government | 2003-01-01 | 2005-06-30
    Marc Nteturuye |  | burundi | government | 2003-01-01 | 2006-03-31
    Marc Philippe Daubresse | Marc Phillipe Daubresse | france | government | 2004-04-01 | 2005-06-30
    Marc Philippe Daubresse | Marc Phillipe Daubresse | france | government | 2010-05-01 | 2010-11-30
    Marcel Beti Marace |  | central-african-republic | government | 2003-01-01 | 2003-03-31
    Marcel Cardona |  | belize | government | 2008-03-01 | 2009-04-30
    Marcel Malonga |  | central-african-republic | government | 2003-04-01 | 2004-04-30
    Marcel Malonga |  | central-african-republic | government | 2004-06-01 | 2006-08-31
    Marcel Mbani |  | republic-of-the-congo | government | 2004-09-01 | 2008-02-28
    Marcelino Oyono Edu |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Marcelino Oyono Ntutumu |  | equatorial-guinea | government | 2004-07-01 | 2006-09-30
    Marcelino Simoes Perreira |  | guinea | government | 2004-07-01 | 2006-05-31
    Marcelino dos Santos |  | mozambique | government | 1986-10-19 | 1986-11-06
    Marcello Pera |  | italy | government | 2003-01-01 | 2006-05-31
    Marcello Spatafora |  | italy | government | 2003-03-01 | 2008-09-30
    Marcin Kaszuba |  | poland | government | 2004-03-01 | 2004-05-31
    Marcio Cuevas |  | guatemala | government | 2004-02-01 | 2007-02-28
    Marcio Fortes de Almeida |  | brazil | government | 2007-01-01 | 2010-12-31
    Marco Banguli |  | democratic-republic-of-the-congo | government | 2005-12-01 | 2007-01-31
    Marco Conti |  | san-marino | government | 2010-09-01 | 2010-09-30
    Marco Follini |  | italy | government | 2005-01-01 | 2005-04-30
    Marco Vinicio Cerezo Arevalo |  | guatemala | government | 1986-01-14 | 1991-01-14
    Marcolino Moco |  | angola | government | 1992-12-02 | 1996-06-03
    Marcos Geraldo Namashulua |  | mozambique | government | 2003-01-01 | 2009-06-30
    Marcus Stephen |  | nauru | government | 2003-09-01 | 2004-04-30
    Marcus Stephen |  | nauru | government | 2004-06-01 | 2004-11-30
    Marek Belka |  | poland | government | 1997-10-17 | 1997-10-31
    Marek Belka |  | poland | government | 2004-05-02 | 2005-10-31
    Marek Belka |  | poland | government | 2004-06-01 | 2005-11-30
    Marek Borowski |  | poland | government | 2003-01-01 | 2004-05-31
    Marek Grobarczyk |  | poland | government | 2007-09-01 | 2007-11-30
    Marek Pol |  | poland | government | 2003-01-01 | 2004-05-31
    Marek Wagner |  | poland | government | 2003-01-01 | 2004-05-31
    Margaret Beckett |  | united-kingdom | government | 2006-06-01 | 2007-06-30
    Margaret Hughes Ferrari |  | saint-vincent-and-the-grenadines | government | 2003-01-01 | 2008-08-31
    Margaret Keita |  | gambia | government | 2005-04-01 | 2005-06-30
    Margaret Thatcher |  | united-kingdom | government | 1979-05-04 | 1990-11-28
    Margaret Wilson |  | new-zealand | government | 2003-01-01 | 2006-11-30
    Margareta Winberg |  | sweden | government | 2003-01-01 | 2003-10-31
    Margaritis Tzimas |  | greece | government | 2007-10-01 | 2009-01-31
    Margarito Gary Teves | Margarito B. Teves | philippines | government | 2005-08-01 | 2010-07-31
    Maria Angela Holguin Cuellar |  | colombia | government | 2005-01-01 | 2007-01-31
    Maria Antonieta del Cid |  | guatemala | government | 2004-02-01 | 2006-09-30
    Maria Antonio Trujillo |  | spain | government | 2004-05-01 | 2004-05-31
    Maria Antonio Trujillo |  | spain | government | 2004-07-01 | 2004-07-31
    Maria Antonio Trujillo |  | spain | government | 2004-09-01 | 2007-07-31
    Maria Apoudjak |  | togo | government | 2003-08-01 | 2005-06-30
    Maria Consuelo Araujo Castro |  | colombia | government | 2006-09-01 | 2007-02-28
    Maria Das Neves |  | sao-tome-and-principe | government | 2002-10-07 | 2003-07-16
    Maria Das Neves |  | sao-tome-and-principe | government | 2003-07-23 | 2004-09-18
    Maria Do Carmo Silveira |  | sao-tome-and-principe | government | 2005-06-08 | 2006-04-21
    Maria Domenica Michelotti |  | san-marino | government | 2000-04-01 | 2000-10-01
    Maria Elsa Viteri |  | ecuador | government | 2008-11-01 | 2010-04-30
    Maria Eugenia Brizuela de Avila |  | el-salvador | government | 2003-01-01 | 2004-04-30
    Maria Eugenia Brizuela de Avila |  | el-salvador | government | 2004-06-01 | 2004-06-30
    Maria Fernanda Espinosa |  | ecuador | government | 2007-02-01 | 2007-03-31
    Maria Isabella Godoy Pena |  | venezuela | government | 2010-07-01 | 2010-10-31
    Maria Justine Elliot |  | australia | government | 2010-04-01 | 2010-09-30
    Maria Mutagamba |  | uganda | government | 2003-01-01 | 2006-06-30
    Maria Santos Tebus Torres |  | sao-tome-and-principe | government | 2003-01-01 | 2006-04-30
    Maria Soledad Alvear Valenzuela |  | chile | government | 2003-01-01 | 2004-10-31
    Maria Tebus | Maria Tedus | sao-tome-and-principe | government | 2006-05-01 | 2008-07-31
    Maria Teresa Fernandez de la Vega |  | spain | government | 2004-05-01 | 2010-10-31
    Maria Teresa Gouveia |  | portugal | government | 2003-11-01 | 2004-07-31
    Maria Teresa Herrera Tello |  | mexico | government | 2003-01-01 | 2003-03-31
    Maria da Conceicao Nobre Cabral |  | guinea | government | 2007-08-01 | 2009-03-31
    Maria de Jesus Veiga Miranda Mascarenhas |  | cape-verde | government | 2003-01-01 | 2004-07-31
    Maria de Los Angeles Duarte |  | ecuador | government | 2009-09-01 | 2010-04-30
    Maria van der Hoeven |  | netherlands | government | 2007-03-01 | 2010-10-31
    Mariam Alaji Diallo | Mariam Aladji Boni Diallo | benin | government | 2006-05-01 | 2007-06-30
    Mariam Moussa Ali |  | chad | government | 2006-10-01 | 2008-04-30
    Mariam Muhammad Khalfan al Rumi |  | united-arab-emirates | government | 2007-12-01 | 2009-06-30
    Mariam Muhammad al Rumi |  | united-arab-emirates | government | 2006-03-01 | 2007-11-30
    Marian Hobbs |  | new-zealand | government | 2003-01-01 | 2005-11-30
    Mariano Arana |  | uruguay | government | 2006-06-01 | 2008-03-31
    Mariano Browne |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Mariano Fernandez |  | chile | government | 2006-08-01 | 2010-03-31
    Mariano Rajoy Brey |  | spain | government | 2003-01-01 | 2003-08-31
    Mariano de Araujo Matsinhe |  | mozambique | government | 1986-10-19 | 1986-11-06
    Marich Man Singh Shrestha |  | nepal | government | 1986-06-15 | 1990-04-06
    Marie Anne Montchamp |  | france | government | 2004-04-01 | 2005-06-30
    Marie Arena |  | belgium | government | 2003-08-01 | 2004-07-31
    Marie Arena |  | belgium | government | 2008-04-01 | 2009-07-31
    Marie Goreth Nizigama |  | burundi | government | 2005-09-01 | 2006-09-30
    Marie Josee Roig |  | france | government | 2004-04-01 | 2005-06-30
    Marie Levens |  | suriname | government | 2003-01-01 | 2005-08-31
    Marie Luce Penchard |  | france | government | 2009-07-01 | 2009-11-30
    Marie Pierre Sarr |  | senegal | government | 2006-03-01 | 2007-03-31
    Marie Therese Boisseau |  | france | government | 2003-01-01 | 2004-04-30
    Marijan Mlinaric |  | croatia | government | 2004-02-01 | 2009-02-28
    Marina Annette Valere |  | trinidad-and-tobago | government | 2004-01-01 | 2008-07-31
    Marina Barampama |  | burundi | government | 2006-10-01 | 2007-02-28
    Marino Riccardi |  | san-marino | government | 2004-04-01 | 2004-10-01
    Marino Riccardi |  | san-marino | government | 2004-07-01 | 2004-12-31
    Marino Villanueva Callot |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Mario Antonio Andino |  | el-salvador | government | 1979-10-17 | 1980-01-05
    Mario Arana |  | nicaragua | government | 2005-02-01 | 2007-01-31
    Mario Awn |  | lebanon | government | 2008-08-01 | 2009-11-30
    Mario Baccini |  | italy | government | 2005-04-01 | 2006-05-31
    Mario Canahuati |  | honduras | government | 2010-02-01 | 2010-04-30
    Mario Canessa |  | ecuador | government | 2003-01-01 | 2003-08-31
    Mario Fernandez |  | chile | government | 2003-01-01 | 2003-02-28
    Mario Fortin |  | honduras | government | 2005-08-01 | 2006-02-28
    Mario Frick |  | liechtenstein | government | 1993-12-15 | 2001-04-05
    Mario German Iguaran Arana |  | colombia | government | 2005-09-01 | 2010-08-31
    Mario Lopes da Rosa |  | guinea | government | 2003-01-01 | 2003-12-31
    Mario Michel |  | saint-lucia | government | 2003-01-01 | 2007-02-28
    Mario Miguel Canahuati |  | honduras | government | 2003-01-01 | 2005-07-31
    Mario Moreno Viruez |  | bolivia | government | 2005-07-01 | 2006-01-31
    Mario Pires |  | guinea-bissau | government | 2002-11-17 | 2003-09-14
    Mario Vaz |  | guinea | government | 2009-04-01 | 2009-10-31
    Mario da Graca Machungo |  | mozambique | government | 1986-07-17 | 1994-12-16
    Mario da Graca Machungo |  | mozambique | government | 1986-10-19 | 1986-11-06
    Marisol Argueta de Barillas |  | el-salvador | government | 2008-03-01 | 2009-06-30
    Mariusz Blaszczak |  | poland | government | 2005-12-01 | 2007-11-30
    Mark Burton |  | new-zealand | government | 2003-01-01 | 2005-08-31
    Mark Burton |  | new-zealand | government | 2005-09-01 | 2008-04-30
    Mark Chen |  | taiwan | government | 2004-05-01 | 2008-02-28
    Mark Eyskens |  | belgium | government | 1981-04-06 | 1981-12-17
    Mark Filip |  | united-states | government | 2009-01-20 | 2009-02-03
    Mark Gosche |  | new-zealand | government | 2003-01-01 | 2003-08-31
    Mark Rutte |  | netherlands | government | 1963-07-24 | 1965-04-14
    Mark Rutte |  | netherlands | government | 2003-06-01 | 2005-01-31
    Mark Rutte |  | netherlands | government | 2010-11-01 | 2010-11-30
    Mark Vaile |  | australia | government | 2006-05-01 | 2007-12-31
    Marko Bello |  | albania | government | 2004-02-01 | 2005-09-30
    Markos Kyprianou |  | cyprus | government | 2003-03-01 | 2004-07-31
    Markos Kyprianou |  | cyprus | government | 2004-09-01 | 2005-08-31
    Marlene Fernandez del Granado |  | bolivia | government | 2003-01-01 | 2003-01-31
    Marlene Yadira Cordova |  | venezuela | government | 2005-05-01 | 2007-01-31
    Marouf al Bakhit | Marouf Al-Bakhit; Marouf Bakhit; Marouf Suleiman Al-Bakhit | jordan | government | 2005-11-27 | 2007-11-25
    Marouf al Bakhit | Marouf Al-Bakhit; Marouf Bakhit; Marouf Suleiman Al-Bakhit | jordan | government | 2006-01-01 | 2007-11-30
    Marouf al Bakhit | Marouf Al-Bakhit; Marouf Bakhit; Marouf Suleiman Al-Bakhit | jordan | government | 2011-02-09 | 2011-10-24
    Marta Horvaska Fekszi |  | hungary | government | 2010-07-01 | 2010-08-31
    Martha Karua |  | kenya | government | 2003-01-01 | 2006-03-31
    Martha Nasho |  | malawi | government | 2003-01-01 | 2003-03-31
    Martial Celestin |  | haiti | government | 1988-02-09 | 1988-06-20
    Martin Amidu |  | ghana | government | 2010-03-01 | 2011-01-31
    Martin Andjaba |  | namibia | government | 2003-01-01 | 2007-08-31
    Martin Aristide Okouda |  | cameroon | government | 2005-02-01 | 2006-10-31
    Martin Belinga Eboutou |  | cameroon | government | 2003-01-01 | 2008-11-30
    Martin Bitijula Mahimba |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-11-30
    Martin Bursik |  | czech-republic | government | 2007-02-01 | 2009-06-30
    Martin Butora |  | slovakia | government | 2003-01-01 | 2003-08-31
    Martin Cullen |  | ireland | government | 2007-07-01 | 2008-05-31
    Martin Hirsch |  | france | government | 2007-07-01 | 2009-11-30
    Martin Jahn |  | czech-republic | government | 2004-09-01 | 2006-01-31
    Martin Lousteau |  | argentina | government | 2008-01-01 | 2008-04-30
    Martin Mabala |  | gabon | government | 2003-01-01 | 2004-02-28
    Martin Mabala |  | gabon | government | 2004-04-01 | 2008-03-31
    Martin Magga |  | solomon-islands | government | 2008-04-01 | 2009-08-31
    Martin Magga |  | solomon-islands | government | 2010-05-01 | 2010-09-30
    Martin Malwal Arop |  | sudan | government | 2003-01-01 | 2003-05-31
    Martin Malwal Arop |  | sudan | government | 2004-09-01 | 2005-10-31
    Martin Nduwimana |  | burundi | government | 2005-09-01 | 2007-11-30
    Martin Nivyabandi |  | burundi | government | 2007-12-01 | 2010-09-30
    Martin Pado |  | slovakia | government | 2006-03-01 | 2006-07-31
    Martin Palous |  | czech-republic | government | 2003-01-01 | 2011-01-31
    Martin Pecina |  | czech-republic | government | 2009-07-01 | 2010-07-31
    Martin Ziguele |  | central-african-republic | government | 2001-04-01 | 2003-03-15
    Martinho Cabi |  | guinea | government | 2007-05-01 | 2008-08-31
    Martti Ahtisaari |  | finland | government | 1994-03-01 | 2000-03-01
    Martti Korhonen |  | finland | government | 2003-01-01 | 2003-04-30
    Martti Miettunen |  | finland | government | 1975-11-30 | 1977-05-15
    Marwan Hamadeh |  | lebanon | government | 2003-01-01 | 2004-10-31
    Marwan Muasher |  | jordan | government | 2003-01-01 | 2005-04-30
    Marwan Muasher |  | jordan | government | 2005-08-01 | 2006-05-31
    Mary Banda |  | malawi | government | 2003-01-01 | 2003-03-31
    Mary Coughlan |  | ireland | government | 2003-01-01 | 2004-10-31
    Mary Hanafin |  | ireland | government | 2008-06-01 | 2010-03-31
    Mary Harney |  | ireland | government | 2003-01-01 | 2006-10-31
    Mary Nagu | Mary Michael Nagu | tanzania | government | 2007-08-01 | 2008-02-28
    Mary Robinson |  | ireland | government | 1990-12-03 | 1997-09-12
    Maryan Street |  | new-zealand | government | 2008-05-01 | 2008-12-31
    Maryse Guiteau |  | haiti | government | 2003-01-01 | 2004-03-31
    Masahiko Komura |  | japan | government | 2007-11-01 | 2008-09-30
    Masajuro Shiokawa |  | japan | government | 2003-01-01 | 2003-11-30
    Masayoshi Ito |  | japan | government | 1980-06-12 | 1980-07-17
    Masayoshi Ohira |  | japan | government | 1978-12-07 | 1980-06-12
    Mashiur Rahman |  | bangladesh | government | 1978-06-29 | 1979-03-12
    Massimo Cenci |  | san-marino | government | 2009-04-01 | 2010-03-31
    Massimo D'alema |  | italy | government | 1998-10-21 | 2000-04-26
    Massimo Dalema |  | italy | government | 2006-06-01 | 2008-05-31
    Mat Hias Dzon |  | republic-of-the-congo | government | 2003-05-01 | 2003-05-31
    Mata'afa Mulinu'u II |  | samoa | government | 1959-10-01 | 1970-02-25
    Mata'afa Mulinu'u II |  | samoa | government | 1973-03-01 | 1975-05-20
    Matan Vilnai |  | israel | government | 2005-02-01 | 2005-12-31
    Mateus Meira Rita |  | sao-tome-and-principe | government | 2003-01-01 | 2005-08-31
    Mathias Dzon |  | republic-of-the-congo | government | 2003-01-01 | 2003-04-30
    Mathias Dzon |  | republic-of-the-congo | government | 2003-06-01 | 2003-11-30
    Mathias Dzon |  | republic-of-the-congo | government | 2004-01-01 | 2004-08-31
    Mathieu Kerekou |  | benin | government | 1996-04-04 | 2006-04-06
    Matia Semakula Mulumba Kiwanuka |  | uganda | government | 2003-06-01 | 2005-01-31
    Mato Crkvenac |  | croatia | government | 2003-01-01 | 2004-01-31
    Matrika Prasad Yadav |  | nepal | government | 2007-05-01 | 2007-10-31
    Matrika Yadav |  | nepal | government | 2008-01-01 | 2009-03-31
    Mats Odell |  | sweden | government | 2006-11-01 | 2010-10-31
    Matthias Reichhold |  | austria | government | 2003-01-01 | 2003-10-31
    Mattlan Zackhras |  | marshall-islands | government | 2004-02-01 | 2006-02-28
    Mau Kuen Wu |  | taiwan | government | 2004-10-01 | 2004-12-31
    Maud Olofsson |  | sweden | government | 2006-11-01 | 2010-10-31
    Maulid Maane Mahamud |  | somalia | government | 2007-04-01 | 2008-04-30
    Maumoon Abdul Gayoom |  | maldives | government | 2003-01-01 | 2008-11-30
    Maung Aung |  | myanmar | government | 2003-01-01 | 2003-09-30
    Maung Maung |  | myanmar | government | 1988-08-19 | 1988-09-18
    Maung Maung |  | myanmar | government | 2003-01-01 | 2003-09-30
    Maung Maung Kha |  | myanmar | government | 1977-03-29 | 1988-07-26
    Maung Maung Swe |  | myanmar | government | 2006-07-01 | 2008-06-30
    Mauno Koivisto |  | finland | government | 1979-05-26 | 1982-01-27
    Mauno Koivisto |  | finland | government | 1982-01-27 | 1994-03-01
    Mauricio Davalos Guevara |  | ecuador | government | 2007-05-01 | 2007-12-31
    Mauricio Gandara Gallegos |  | ecuador | government | 2005-05-01 | 2005-10-31
    Mauricio Medinacelli |  | bolivia | government | 2005-12-01 | 2006-01-31
    Mauricio Pozo |  | ecuador | government | 2003-01-01 | 2004-08-31
    Mauricio Yepez |  | ecuador | government | 2004-09-01 | 2005-04-30
    Maurits Hassankhan |  | suriname | government | 2005-09-01 | 2010-08-31
    Maurizio Bevilacqua |  | canada | government | 2003-01-01 | 2003-12-31
    Mauro Chiaruzzi |  | san-marino | government | 2002-10-01 | 2003-04-01
    Maviano Arana |  | uruguay | government | 2005-03-01 | 2006-05-31
    Mawlawi Abdul Kabir |  | afghanistan | government | 2001-04-16 | 2001-11-13
    Maxime Bernier |  | canada | government | 2007-09-01 | 2008-05-31
    Maxime Carlot Korman |  | vanuatu | government | 1996-02-23 | 1996-09-30
    Maxime Carlot Korman |  | vanuatu | government | 2004-09-01 | 2004-09-30
    Maxime Carlot Korman |  | vanuatu | government | 2005-05-01 | 2005-07-31
    Maxime Jacques Marcel Verhagen |  | netherlands | government | 2010-05-01 | 2010-11-30
    Maxime Verhagen |  | netherlands | government | 2007-03-01 | 2010-04-30
    Maximiliano Donoso |  | ecuador | government | 2005-07-01 | 2006-02-28
    Mba Legzim Bitor |  | togo | government | 2003-01-01 | 2005-06-30
    Mbusa Nyamwisi |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2007-01-31
    Mbuyamu Matungulu |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-01-31
    Mcgeorge Bundy |  | united-states | government | 1961-01-20 | 1966-02-28
    Meechai Ruchupan |  | thailand | government | 1992-05-24 | 1992-06-10
    Mefi Eliud Rodriguez Garcia |  | guatemala | government | 2007-09-01 | 2008-02-28
    Megawati Sukarnoputri |  | indonesia | government | 2001-07-23 | 2004-10-20
    Meglena Kuneva |  | bulgaria | government | 2003-09-01 | 2007-05-31
    Meglena Plugchieva |  | bulgaria | government | 2008-05-01 | 2009-08-31
    Mehdi Bazargan |  | iran | government | 1979-02-05 | 1979-11-06
    Mehdi Hashemi |  | iran | government | 2008-08-01 | 2008-08-31
    Mehmet Ali Sahin |  | turkey | government | 2003-01-01 | 2007-08-31
    Mehmet Shehu |  | albania | government | 1954-07-20 | 1981-12-18
    Mei Yueh Ho |  | taiwan | government | 2004-10-01 | 2004-12-31
    Meir Shitreet | Meir Sheetrit | israel | government | 2003-03-01 | 2004-09-30
    Meir Shitreet | Meir Sheetrit | israel | government | 2006-06-01 | 2009-03-31
    Melchior Ndadaye |  | burundi | government | 1993-07-10 | 1993-10-21
    Melchior Wathelet |  | belgium | government | 2009-01-01 | 2009-11-30
    Melchor Esono Edjo |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Meles Zenawi |  | ethiopia | government | 1991-05-28 | 1995-08-22
    Men Sam An |  | cambodia | government | 2004-12-01 | 2005-02-28
    Menachem Begin |  | israel | government | 1977-06-21 | 1983-10-10
    Menachem Mazuz |  | israel | government | 2004-05-01 | 2009-03-31
    Menachem Mazuz |  | israel | government | 2009-05-01 | 2010-08-31
    Mendsaikhan Enkhsaikhan |  | mongolia | government | 2006-03-01 | 2007-12-31
    Mendsaikhany Enkhsaikhan |  | mongolia | government | 1996-07-19 | 1998-04-23
    Mengistu Haile Mariam |  | ethiopia | government | 1974-11-17 | 1974-11-28
    Mengistu Haile Mariam |  | ethiopia | government | 1977-02-11 | 1987-09-10
    Mengistu Haile Mariam |  | ethiopia | government | 1987-09-10 | 1991-05-21
    Mercedes Araoz Fernandez |  | peru | government | 2009-08-01 | 2010-09-30
    Mercedes Cabanillas Bustamante |  | peru | government | 2009-03-01 | 2009-07-31
    Meritxell Mateu |  | andorra | government | 2007-06-01 | 2009-06-30
    Mesut Yilmaz |  | turkey | government | 1991-06-23 | 1991-11-20
    Mesut Yilmaz |  | turkey | government | 1996-03-06 | 1996-06-28
    Mesut Yilmaz |  | turkey | government | 1997-06-30 | 1999-01-11
    Mfomfo Nkambule |  | eswatini | government | 2004-01-01 | 2006-06-30
    Mhammed Khalifa |  | morocco | government | 2003-03-01 | 2004-06-30
    Mia Mottley |  | barbados | government | 2003-01-01 | 2008-02-28
    Mian Khursheed Mehmood Kasuri | Mian Khurshid Mahmood Kasuri | pakistan | government | 2003-01-01 | 2007-12-31
    Mian Raza Rabbani |  | pakistan | government | 2008-12-01 | 2009-08-31
    Mian Shamim Haider |  | pakistan | government | 2004-11-01 | 2007-12-31
    Michael Arneaud |  | trinidad-and-tobago | government | 2003-01-01 | 2003-12-31
    Michael Chertoff |  | united-states | government | 2005-02-15 | 2009-01-21
    Michael Chong |  | canada | government | 2006-03-01 | 2006-12-31
    Michael Cullen | Michael John Cullen | new-zealand | government | 2003-01-01 | 2008-12-31
    Michael Defensor |  | philippines | government | 2006-03-01 | 2007-01-31
    Michael Fortier |  | canada | government | 2006-03-01 | 2008-06-30
    Michael Frendo |  | malta | government | 2004-08-01 | 2008-03-31
    Michael Gene |  | papua-new-guinea | government | 2003-01-01 | 2007-08-31
    Michael Glos |  | germany | government | 2005-12-01 | 2009-02-28
    Michael H. Armacost | Michael Armacost | united-states | government | 1982-01-01 | 1984-01-01
    Michael H. Armacost | Michael Armacost | united-states | government | 1984-01-01 | 1989-01-20
    Michael H. Armacost | Michael Armacost | united-states | government | 1989-01-20 | 1993-01-20
    Michael Holcombe Wilson |  | canada | government | 2009-06-01 | 2009-11-30
    Michael Jeffery |  | australia | government | 2004-09-01 | 2007-08-31
    Michael Jong Tjien Fa |  | suriname | government | 2005-09-01 | 2010-08-31
    Michael Kaase Aondoakaa | Michael Kaase Aondokaa | nigeria | government | 2009-02-01 | 2010-04-30
    Michael Kergin |  | canada | government | 2003-01-01 | 2005-02-28
    Michael Konelios |  | marshall-islands | government | 2003-01-01 | 2004-01-31
    Michael Konelios |  | marshall-islands | government | 2006-03-01 | 2008-07-31
    Michael Lashley |  | barbados | government | 2008-03-01 | 2010-10-31
    Michael Mabenga |  | zambia | government | 2003-01-01 | 2003-01-31
    Michael Manley |  | jamaica | government | 1972-03-02 | 1980-11-01
    Michael Manley |  | jamaica | government | 1989-02-10 | 1992-03-30
    Michael Mukasey |  | united-states | government | 2007-11-09 | 2009-01-20
    Michael Nali |  | papua-new-guinea | government | 2003-09-01 | 2004-01-31
    Michael Nali |  | papua-new-guinea | government | 2004-08-01 | 2006-02-28
    Michael Ogio |  | papua-new-guinea | government | 2007-09-01 | 2007-09-30
    Michael Somare | Michael Thomas Somare | papua-new-guinea | government | 1972-04-27 | 1975-09-16
    Michael Somare | Michael Thomas Somare | papua-new-guinea | government | 1975-09-16 | 1980-03-11
    Michael Somare | Michael Thomas Somare | papua-new-guinea | government | 1982-08-02 | 1985-11-21
    Michael Suen | Michael M. Y. Suen | china | government | 2003-01-01 | 2007-07-31
    Michael Thawley |  | australia | government | 2003-01-01 | 2006-04-30
    Michael Wilson |  | canada | government | 2006-04-01 | 2009-05-31
    Michaelle Jean |  | canada | government | 2005-10-01 | 2010-09-30
    Michail Stasinopoulos |  | greece | government | 1974-12-18 | 1975-06-20
    Michal Kleiber |  | poland | government | 2003-01-01 | 2005-11-30
    Michal Kovac |  | slovakia | government | 1993-03-02 | 1998-03-02
    Michal Tober |  | poland | government | 2003-01-01 | 2004-02-28
    Michale Tshipinare |  | botswana | government | 2003-01-01 | 2004-11-30
    Michalis Chrysochoidis |  | greece | government | 2003-01-01 | 2003-07-31
    Michalis Chrysochoidis |  | greece | government | 2009-11-01 | 2010-09-30
    Michalis Sarris |  | cyprus | government | 2005-09-01 | 2008-02-28
    Michel Aoun |  | lebanon | government | 1988-09-23 | 1990-10-13
    Michel Barnier |  | france | government | 2004-04-01 | 2005-06-30
    Michel Borghini |  | monaco | government | 2003-09-01 | 2005-08-31
    Michel Gbezera Bria |  | central-african-republic | government | 1997-01-30 | 1999-02-01
    Michel Leveque |  | monaco | government | 1997-02-03 | 2000-01-01
    Michel Lokola Elemba |  | democratic-republic-of-the-congo | government | 2008-11-01 | 2010-02-28
    Michel Marto |  | jordan | government | 2003-01-01 | 2003-10-31
    Michel Mevaa Meboutou |  | cameroon | government | 2003-01-01 | 2005-01-31
    Michel Musa | Michel Moussa | lebanon | government | 2003-05-01 | 2003-08-31
    Michel Musa | Michel Moussa | lebanon | government | 2003-10-01 | 2004-09-30
    Michel Pharoan | Michel Pharaon | lebanon | government | 2003-01-01 | 2003-04-30
    Michel Pharoan | Michel Pharaon | lebanon | government | 2005-08-01 | 2008-07-31
    Michel Rocard |  | france | government | 1988-05-10 | 1991-05-15
    Michel Wolter |  | luxembourg | government | 2003-01-01 | 2004-08-31
    Michele Alliot Marie |  | france | government | 2007-04-01 | 2009-06-30
    Michele Duvivier Pierre Louis |  | haiti | government | 2008-10-01 | 2009-11-30
    Micheline Calmy Rey |  | switzerland | government | 2007-01-01 | 2007-12-31
    Michelle Bachelet |  | chile | government | 2006-05-01 | 2010-03-31
    Mieczyslaw Rakowski |  | poland | government | 1988-09-27 | 1989-08-02
    Mifta al Usta Umar |  | libya | government | 1984-02-15 | 1990-10-07
    Miftah Muhammad Kuayba |  | libya | government | 2008-04-01 | 2009-03-31
    Miguel Abdon Saguier |  | paraguay | government | 2007-11-01 | 2007-11-30
    Miguel Abia |  | equatorial-guinea | government | 2003-01-01 | 2003-10-31
    Miguel Abia |  | equatorial-guinea | government | 2003-12-01 | 2004-06-30
    Miguel Abia Biteo Borico |  | equatorial-guinea | government | 2004-06-14 | 2006-08-14
    Miguel Abia Biteo Boriko |  | equatorial-guinea | government | 2003-01-01 | 2003-01-31
    Miguel Abia Biteo Boriko |  | equatorial-guinea | government | 2003-03-01 | 2004-04-30
    Miguel Abia Biteo Boriko |  | equatorial-guinea | government | 2004-06-01 | 2004-06-30
    Miguel Angel Gomez Acosta |  | paraguay | government | 2008-06-01 | 2008-08-31
    Miguel Angel Moratinos |  | spain | government | 2004-05-01 | 2010-10-31
    Miguel Angel Rodriguez Echeverria |  | costa-rica | government | 1998-05-08 | 2002-05-08
    Miguel Cardenas |  | panama | government | 2003-01-01 | 2004-09-30
    Miguel Lacayo |  | el-salvador | government | 2003-01-01 | 2003-05-31
    Miguel Lacayo |  | el-salvador | government | 2003-07-01 | 2004-06-30
    Miguel Oyono Ndong |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Miguel Peirano |  | argentina | government | 2007-08-01 | 2007-12-31
    Miguel de la Madrid |  | mexico | government | 1982-12-01 | 1988-11-30
    Mihail Mikov |  | bulgaria | government | 2008-05-01 | 2009-08-31
    Mikael Imru |  | ethiopia | government | 1974-08-03 | 1974-09-12
    Mike Browne |  | saint-vincent-and-the-grenadines | government | 2005-06-01 | 2006-03-31
    Mike Espat |  | belize | government | 2006-05-01 | 2008-02-28
    Mike Moore |  | new-zealand | government | 1990-09-04 | 1990-11-02
    Mikhail Fradkov | Mikhail Y. Fradkov; Mikhail Yefimovich Fradkov | russia | government | 2004-03-05 | 2007-09-14
    Mikhail Fradkov | Mikhail Y. Fradkov; Mikhail Yefimovich Fradkov | russia | government | 2004-04-01 | 2007-09-30
    Mikhail Gorbachev | Mikhail S. Gorbachev; Mikhail Sergeyevich Gorbachev | russia | government | 1985-03-11 | 1991-08-24
    Mikhail Gorbachev | Mikhail S. Gorbachev; Mikhail Sergeyevich Gorbachev | russia | government | 1988-10-01 | 1989-05-25
    Mikhail Gorbachev | Mikhail S. Gorbachev; Mikhail Sergeyevich Gorbachev | russia | government | 1989-05-25 | 1990-03-15
    Mikhail Gorbachev | Mikhail S. Gorbachev; Mikhail Sergeyevich Gorbachev | russia | government | 1990-03-15 | 1991-12-25
    Mikhail Kasyanov | Mikhail Mikhaylovich Kasyanov | russia | government | 2000-05-07 | 2004-02-24
    Mikhail Kasyanov | Mikhail Mikhaylovich Kasyanov | russia | government | 2003-01-01 | 2004-02-28
    Mikhail Wahba |  | syria | government | 2003-01-01 | 2003-09-30
    Mikio Aoki |  | japan | government | 2000-04-03 | 2000-04-05
    Miklos Nemeth |  | hungary | government | 1988-11-23 | 1990-05-23
    Mikulas Dzurinda |  | slovakia | government | 1998-10-30 | 1999-06-15
    Mikulas Dzurinda |  | slovakia | government | 1998-10-30 | 2006-07-04
    Mikulas Dzurinda |  | slovakia | government | 2003-01-01 | 2006-07-31
    Milagros Ortiz Bosch |  | dominican-republic | government | 2003-01-01 | 2004-08-31
    Milan Cic |  | slovakia | government | 1989-12-12 | 1990-06-27
    Milen Velchev |  | bulgaria | government | 2003-01-01 | 2005-08-31
    Milinda Moragoda |  | sri-lanka | government | 2003-01-01 | 2004-05-31
    Milko Kovachev |  | bulgaria | government | 2005-03-01 | 2005-08-31
    Milner Tozaka |  | solomon-islands | government | 2008-04-01 | 2010-09-30
    Milo Dukanovic | Milo Djukanovic | montenegro | government | 2003-01-08 | 2006-11-10
    Milo Dukanovic | Milo Djukanovic | montenegro | government | 2008-02-29 | 2010-12-29
    Milo Dukanovic | Milo Djukanovic | montenegro | government | 2012-12-04 | ?
    Milos Alcalay |  | venezuela | government | 2003-01-01 | 2005-04-30
    Milos Zeman |  | czech-republic | government | 1998-07-17 | 2002-07-12
    Milroy Fernando |  | sri-lanka | government | 2004-06-01 | 2005-11-30
    Miltiadhis Papaioannou |  | greece | government | 2003-01-01 | 2006-02-28
    Milton Jimenez Puerto |  | honduras | government | 2006-03-01 | 2008-02-28
    Milton Ray Guevara |  | dominican-republic | government | 2003-01-01 | 2003-05-31
    Min Thein |  | myanmar | government | 2003-01-01 | 2003-08-31
    Mingkwan Saengsuwan |  | thailand | government | 2008-03-01 | 2008-08-31
    Minita Gordon |  | belize | government | 1981-09-21 | 1993-11-17
    Minoru Yanagida |  | japan | government | 2010-10-01 | 2011-01-31
    Miomir Zuzul |  | croatia | government | 2004-02-01 | 2005-02-28
    Miquel Alvarez Marfany |  | andorra | government | 2003-01-01 | 2005-06-30
    Mir Hossein Moussavi |  | iran | government | 1981-10-31 | 1989-08-03
    Mir Mohammad Amin Farhang |  | afghanistan | government | 2005-01-01 | 2006-05-31
    Mir Zafarullah Khan Jamali |  | pakistan | government | 2002-11-23 | 2004-06-30
    Miraj Khalid |  | pakistan | government | 1996-11-05 | 1997-02-17
    Mireia Maestre Cortadella |  | andorra | government | 2003-01-01 | 2005-06-30
    Mireya Moscoso |  | panama | government | 1999-09-01 | 2004-09-01
    Miria Matembe |  | uganda | government | 2003-01-01 | 2003-05-31
    Miriam Lamizana |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Miriam Mejia |  | honduras | government | 2006-03-01 | 2008-11-30
    Mirko Tomassoni |  | san-marino | government | 2007-10-01 | 2008-04-01
    Mirko Tremaglia |  | italy | government | 2003-01-01 | 2006-05-31
    Miroslav Kalousek |  | czech-republic | government | 2007-02-01 | 2009-06-30
    Miroslav Lajcak |  | slovakia | government | 2009-02-01 | 2010-07-31
    Miroslaw Barszcz |  | poland | government | 2007-09-01 | 2007-11-30
    Miroslaw Drzewiecki |  | poland | government | 2007-12-01 | 2009-11-30
    Miroslaw Gronicki |  | poland | government | 2004-10-01 | 2005-11-30
    Mirtha Quevedo |  | bolivia | government | 2003-09-01 | 2003-10-31
    Mirza Abbas |  | bangladesh | government | 2003-01-01 | 2007-02-28
    Mirza Azizul Islam |  | bangladesh | government | 2007-03-01 | 2009-01-31
    Misael Pastrana Borrero |  | colombia | government | 1970-08-07 | 1974-08-07
    Mita Ririnui |  | new-zealand | government | 2006-12-01 | 2008-12-31
    Mitib bin Abdallah bin Abd al Aziz al Saud |  | saudi-arabia | government | 2003-01-01 | 2003-05-31
    Miyeegombo Enkhbold |  | mongolia | government | 2006-01-25 | 2007-11-22
    Miyeegombo Enkhbold |  | mongolia | government | 2006-03-01 | 2007-11-30
    Mizanur Rahman Chowdhury |  | bangladesh | government | 1986-07-09 | 1988-03-27
    Mizengo Pinda | Mizengo Kayanza Peter Pinda | tanzania | government | 2006-03-01 | 2008-02-28
    Mizuho Fukushima |  | japan | government | 2009-10-01 | 2010-06-30
    Moana Carcasses | Moana Kakases | vanuatu | government | 2003-12-01 | 2004-08-31
    Moctar Ouane |  | mali | government | 2003-01-01 | 2003-07-31
    Modibo Keita |  | mali | government | 2002-03-18 | 2002-06-09
    Modibo Sylla |  | mali | government | 2004-08-01 | 2007-10-31
    Mody Munkaila |  | niger | government | 2005-02-01 | 2007-06-30
    Mody Zandberg |  | israel | government | 2003-03-01 | 2004-07-31
    Moeen Qureshi |  | pakistan | government | 1993-07-18 | 1993-10-19
    Mohamad Prakosa |  | indonesia | government | 2003-10-01 | 2004-10-31
    Mohamed Abdi Hayir |  | somalia | government | 2007-04-01 | 2008-04-30
    Mohamed Abdi Hayir |  | somalia | government | 2009-05-01 | 2010-12-31
    Mohamed Abdou Madi |  | comoros | government | 1994-01-02 | 1994-10-14
    Mohamed Abdulahi Omar |  | somalia | government | 2009-05-01 | 2009-07-31
    Mohamed Abdullahi Omaar | Mohamed Abdullahi Omar | somalia | government | 2009-08-01 | 2009-09-30
    Mohamed Ahmed |  | comoros | government | 1978-05-23 | 1978-10-03
    Mohamed Ahmed al Fadul |  | sudan | government | 2003-01-01 | 2003-06-30
    Mohamed Ahmed al Tahir abu Kalabish |  | sudan | government | 2008-05-01 | 2010-06-30
    Mohamed Ali Haga |  | somalia | government | 2009-05-01 | 2010-12-31
    Mohamed Ali Ibrahim |  | somalia | government | 2009-05-01 | 2010-12-31
    Mohamed Ali Sheni |  | tanzania | government | 2003-01-01 | 2007-07-31
    Mohamed Bacar |  | comoros | government | 2003-01-01 | 2008-04-30
    Mohamed Bedjaoui |  | algeria | government | 2005-06-01 | 2006-04-30
    Mohamed Benaissa |  | morocco | government | 2003-01-01 | 2007-10-31
    Mohamed Bennouna |  | morocco | government | 2003-08-01 | 2006-04-30
    Mohamed Bolkiah |  | brunei | government | 2003-01-01 | 2005-10-31
    Mohamed Boudiaf |  | algeria | government | 1992-01-14 | 1994-01-31
    Mohamed Boussaid |  | morocco | government | 2004-07-01 | 2007-10-31
    Mohamed Bouzouba | Mohamed Bouzoubaa | morocco | government | 2003-01-01 | 2003-02-28
    Mohamed Caambi el Yachrouti | Mohamed Caabi el Yachroutu | comoros | government | 2003-01-01 | 2003-05-31
    Mohamed Caambi el Yachrouti | Mohamed Caabi el Yachroutu | comoros | government | 2003-08-01 | 2003-08-31
    Mohamed Effendi bin Norwawi |  | malaysia | government | 2004-02-01 | 2004-10-31
    Mohamed Elbaradei | Mohamed Mustafa Elbaradei | egypt | government | 2013-07-14 | 2013-08-14
    Mohamed Fazul |  | comoros | government | 2003-01-01 | 2003-05-31
    Mohamed Hussain |  | maldives | government | 2003-01-01 | 2005-05-31
    Mohamed Hussain |  | maldives | government | 2005-08-01 | 2008-08-31
    Mohamed Hussain Maniku |  | maldives | government | 2008-05-01 | 2009-04-30
    Mohamed Hussein Tantawi |  | egypt | government | 2011-02-11 | 2012-06-30
    Mohamed Ibrahim Soliman |  | egypt | government | 2003-01-01 | 2006-01-31
    Mohamed Isa Abdul Samad |  | malaysia | government | 2004-11-01 | 2005-10-31
    Mohamed Jaleel |  | maldives | government | 2005-06-01 | 2005-07-31
    Mohamed Karim Lamrani |  | morocco | government | 1971-08-06 | 1972-11-02
    Mohamed Karim Lamrani |  | morocco | government | 1983-11-30 | 1986-09-30
    Mohamed Karim Lamrani |  | morocco | government | 1992-08-11 | 1994-05-25
    Mohamed Khatib Seif |  | tanzania | government | 2008-03-01 | 2010-12-31
    Mohamed Khouna Ould Haidalla |  | mauritius | government | 1979-05-31 | 1980-12-12
    Mohamed Khouna Ould Haidalla |  | mauritius | government | 1980-01-04 | 1984-12-12
    Mohamed Khouna Ould Haidalla |  | mauritius | government | 1984-03-08 | 1984-12-12
    Mohamed Latheef |  | maldives | government | 2003-01-01 | 2007-08-31
    Mohamed Lemine Ould Guig |  | mauritius | government | 1997-12-18 | 1998-11-16
    Mohamed Loulichki |  | morocco | government | 2008-12-01 | 2009-03-31
    Mohamed Mahmoud Ould Louly |  | mauritius | government | 1979-06-03 | 1980-01-04
    Mohamed Mauroof Jameel |  | maldives | government | 2005-08-01 | 2008-11-30
    Mohamed Mohamud Guled Gamadhere |  | somalia | government | 2007-04-01 | 2008-04-30
    Mohamed Morsi | Mohamed Mursi | egypt | government | 2012-10-30 | 2013-07-03
    Mohamed Mursal |  | somalia | government | 2009-05-01 | 2010-12-31
    Mohamed Nadir Hamimid |  | algeria | government | 2003-01-01 | 2005-05-31
    Mohamed Nurani Bakar |  | somalia | government | 2007-04-01 | 2008-04-30
    Mohamed Rachid Kechiche |  | tunisia | government | 2005-01-01 | 2010-02-28
    Mohamed Saad el Alami |  | morocco | government | 2003-03-01 | 2009-12-31
    Mohamed Said Fazul |  | comoros | government | 2003-06-01 | 2007-08-31
    Mohamed Seif Khatibu |  | tanzania | government | 2003-01-01 | 2003-01-31
    Mohamed Shihab |  | maldives | government | 2009-12-01 | 2011-01-31
    Mohamed Souef el Amine |  | comoros | government | 2003-01-01 | 2003-09-30
    Mohamed Souef el Amine |  | comoros | government | 2003-11-01 | 2004-09-30
    Mohamed Souef el Amine |  | comoros | government | 2004-11-01 | 2004-12-31
    Mohamed Souef el Amine |  | comoros | government | 2005-02-01 | 2005-07-31
    Mohamed Souef el Amine |  | comoros | government | 2007-04-01 | 2007-08-31
    Mohamed Swarray Deen |  | sierra-leone | government | 2005-10-01 | 2007-10-31
    Mohamed Tahir Ailla | Mohamed Tahir Eila | sudan | government | 2003-01-01 | 2004-08-31
    Mohamed Taieb Rhafes |  | morocco | government | 2003-03-01 | 2004-06-30
    Mohamed Taki Abdoulkarim |  | comoros | government | 1992-01-07 | 1992-07-15
    Mohamed Taki Abdoulkarim |  | comoros | government | 1995-10-02 | 1995-10-05
    Mohamed Taki Abdoulkarim |  | comoros | government | 1996-03-25 | 1998-11-06
    Mohamed Terbeche |  | algeria | government | 2003-01-01 | 2004-06-30
    Mohamed Thiam |  | guinea | government | 2003-01-01 | 2006-10-31
    Mohamed Waheed Deen |  | maldives | government | 2005-08-01 | 2007-07-31
    Mohamed Zahir Hussain |  | maldives | government | 2003-01-01 | 2005-05-31
    Mohamed Zaid Ibrahim |  | malaysia | government | 2008-04-01 | 2009-04-30
    Mohamed Zin Mohamed |  | malaysia | government | 2008-04-01 | 2009-04-30
    Mohamed al Amin Khalifa |  | sudan | government | 2003-01-01 | 2005-10-31
    Mohamed ben Ahmed Abdelghan |  | algeria | government | 1979-03-08 | 1984-01-22
    Mohamed el Gahs |  | morocco | government | 2004-07-01 | 2007-10-31
    Mohammad Affash al Udwan |  | jordan | government | 2003-01-01 | 2003-10-31
    Mohammad Ali Raja'i |  | iran | government | 1980-08-12 | 1981-08-04
    Mohammad Ali Raja'i |  | iran | government | 1981-06-22 | 1981-08-02
    Mohammad Ali Raja'i |  | iran | government | 1981-08-02 | 1981-08-30
    Mohammad Amin Farhang |  | afghanistan | government | 2003-01-01 | 2004-12-31
    Mohammad Aref Noorzai |  | afghanistan | government | 2003-01-01 | 2004-12-31
    Mohammad Daoudiyeh |  | jordan | government | 2003-11-01 | 2005-01-31
    Mohammad Fahim Khan |  | afghanistan | government | 2003-01-01 | 2005-01-31
    Mohammad Habibur Rahman |  | bangladesh | government | 1996-03-30 | 1996-06-23
    Mohammad Halaiqa |  | jordan | government | 2003-11-01 | 2005-01-31
    Mohammad Hanif Atmar |  | afghanistan | government | 2008-11-01 | 2010-06-30
    Mohammad Hassan Sharq |  | afghanistan | government | 1988-05-26 | 1989-02-21
    Mohammad Jalil Shams |  | afghanistan | government | 2006-10-01 | 2010-01-31
    Mohammad Karim Brahawi |  | afghanistan | government | 2006-06-01 | 2008-12-31
    Mohammad Khan Junejo |  | pakistan | government | 1985-03-24 | 1988-05-29
    Mohammad Khatami |  | iran | government | 1997-08-03 | 2005-08-03
    Mohammad Mansoor Ali |  | bangladesh | government | 1975-01-26 | 1975-08-15
    Mohammad Mehdi Zahedi |  | iran | government | 2005-09-01 | 2009-09-30
    Mohammad Mohammadullah |  | bangladesh | government | 1973-12-26 | 1975-01-25
    Mohammad Musa Shafiq |  | afghanistan | government | 1972-12-12 | 1973-07-17
    Mohammad Najibullah |  | afghanistan | government | 1987-09-30 | 1987-11-30
    Mohammad Najibullah |  | afghanistan | government | 1987-11-30 | 1992-04-16
    Mohammad Nazemi Ardakani |  | iran | government | 2005-11-01 | 2007-12-31
    Mohammad Nur Ahmad Etemadi |  | afghanistan | government | 1967-11-01 | 1971-06-09
    Mohammad Odeh Najadaat |  | jordan | government | 2005-08-01 | 2006-05-31
    Mohammad Rafiq Tarar |  | pakistan | government | 1998-01-01 | 2001-06-20
    Mohammad Reza Aref Yazdi |  | iran | government | 2003-01-01 | 2005-10-31
    Mohammad Reza Eskandari |  | iran | government | 2005-09-01 | 2009-09-30
    Mohammad Reza Faraji Dana |  | iran | government | 2003-09-01 | 2003-10-31
    Mohammad Reza Pahlavi |  | iran | government | 1941-09-16 | 1979-02-05
    Mohammad Salifur Rahman |  | bangladesh | government | 2003-07-01 | 2007-02-28
    Mohammad Satari Far |  | iran | government | 2003-01-01 | 2005-10-31
    Mohammad Shaker Kargar |  | afghanistan | government | 2003-01-01 | 2004-12-31
    Mohammad Yusuf Asyari |  | indonesia | government | 2004-11-01 | 2009-10-31
    Mohammad Zahir Shah |  | afghanistan | government | 1933-11-08 | 1973-07-17
    Mohammad Zarif Khonsari | Mohammad Javad Zarif; Mohammad Javad Zarif Khonsari | iran | government | 2003-01-01 | 2007-07-31
    Mohammad Zia Ul Haq |  | pakistan | government | 1977-07-05 | 1985-03-24
    Mohammad Zia Ul Haq |  | pakistan | government | 1978-09-16 | 1988-08-17
    Mohammad Zia Ul Haq |  | pakistan | government | 1988-06-09 | 1988-08-17
    Mohammad abu Hammour |  | jordan | government | 2003-11-01 | 2005-04-30
    Mohammadmian Soomro |  | pakistan | government | 2007-11-16 | 2008-03-25
    Mohammed Abba Gana |  | nigeria | government | 2003-01-01 | 2003-07-31
    Mohammed Abdi Ibrahim |  | somalia | government | 2009-05-01 | 2010-12-31
    Mohammed Asraf Ally Dulull |  | mauritius | government | 2005-09-01 | 2009-07-31
    Mohammed Bedjaoui |  | algeria | government | 2006-05-01 | 2007-06-30
    Mohammed Botan Harankunah |  | somalia | government | 2006-04-01 | 2007-03-31
    Mohammed Chattah |  | lebanon | government | 2008-08-01 | 2009-11-30
    Mohammed Halaiqa |  | jordan | government | 2003-01-01 | 2003-10-31
    Mohammed Kuti |  | kenya | government | 2006-04-01 | 2008-02-28
    Mohammed Meydane Burale |  | somalia | government | 2003-01-01 | 2006-03-31
    Mohammed Munavvar |  | maldives | government | 2003-01-01 | 2005-05-31
    Mohammed Musa |  | nigeria | government | 2004-02-01 | 2004-02-28
    Mohammed Nur Jiley |  | somalia | government | 2003-01-01 | 2006-03-31
    Mohammed Shata |  | nigeria | government | 2003-01-01 | 2003-07-31
    Mohammed Tahir Eila |  | sudan | government | 2004-09-01 | 2005-10-31
    Mohammed Warsame Ali |  | somalia | government | 2003-01-01 | 2006-11-30
    Mohammed Youla |  | guinea | government | 2007-08-01 | 2008-07-31
    Mohammedmian Soomro |  | pakistan | government | 2008-01-01 | 2008-04-30
    Mohammedmian Soomro |  | pakistan | government | 2008-09-01 | 2008-09-30
    Mohlabi Tsekoa | Mohlabi Kenneth Tsekoa | lesotho | government | 2003-01-01 | 2004-11-30
    Mohsen Mehr Alizadeh |  | iran | government | 2003-01-01 | 2005-10-31
    Moi Avei |  | papua-new-guinea | government | 2006-03-01 | 2007-08-31
    Moise Nyarugabo |  | democratic-republic-of-the-congo | government | 2006-11-01 | 2007-01-31
    Mokdad Sifi |  | algeria | government | 1994-04-11 | 1995-12-31
    Mokin Stephen |  | vanuatu | government | 2003-12-01 | 2004-08-31
    Molelkeng Ernestina Rapolaki |  | lesotho | government | 2003-07-01 | 2008-07-31
    Momodou Lamin Sedat Jobe |  | gambia | government | 2003-01-01 | 2003-12-31
    Momodu Koroma |  | sierra-leone | government | 2003-01-01 | 2007-10-31
    Mompat Imerahfe |  | botswana | government | 2003-12-01 | 2003-12-31
    Mompati Merafhe | Mompati Merahfe | botswana | government | 2003-01-01 | 2003-11-30
    Mona Sahlin |  | sweden | government | 2003-01-01 | 2004-11-30
    Monica Dacon |  | saint-vincent-and-the-grenadines | government | 2001-01-01 | 2002-09-02
    Monie Captan |  | liberia | government | 2003-01-01 | 2003-10-31
    Monika Lamperth |  | hungary | government | 2003-01-01 | 2006-06-30
    Monique Nsanzabaganwa | Monique Nsoshorangamba | rwanda | government | 2004-07-01 | 2004-10-31
    Monique Nsanzabaganwa | Monique Nsoshorangamba | rwanda | government | 2005-09-01 | 2008-03-31
    Monise Laafai |  | tuvalu | government | 2010-11-01 | 2011-01-31
    Monte Solberg |  | canada | government | 2006-03-01 | 2007-01-31
    Moody Awori |  | kenya | government | 2003-01-01 | 2008-02-28
    Moon Chung In |  | south-korea | government | 2005-03-01 | 2005-09-30
    Moon Jae In |  | south-korea | government | 2007-05-01 | 2008-07-31
    Moosa Fathy |  | maldives | government | 2003-01-01 | 2003-11-30
    Moosa Fathy |  | maldives | government | 2004-01-01 | 2005-05-31
    Moqbal Zarar |  | afghanistan | government | 2006-06-01 | 2007-03-31
    Morarji Desai |  | india | government | 1977-03-24 | 1979-07-28
    Morgan Hwang Ing San |  | taiwan | government | 2006-06-01 | 2008-02-28
    Morihiro Hosokawa |  | japan | government | 1993-08-09 | 1994-04-25
    Moritz Leuenberger |  | switzerland | government | 2006-01-01 | 2006-12-31
    Morris Dukuly | Morris M. Dukuly | liberia | government | 2006-05-01 | 2006-08-31
    Morris Saytumah |  | liberia | government | 2006-05-01 | 2010-12-31
    Morten Andreas Meyer |  | norway | government | 2004-09-01 | 2005-10-31
    Mory Kaba | Mory Karamoko Kaba | guinea | government | 2008-04-01 | 2009-05-31
    Moses Akaranga |  | kenya | government | 2006-04-01 | 2008-02-28
    Moses Ali |  | uganda | government | 2003-01-01 | 2006-06-30
    Moses Blah |  | liberia | government | 2003-08-11 | 2003-10-14
    Moses Kacoul Machar |  | sudan | government | 2003-01-01 | 2005-10-31
    Moses Kapu |  | sierra-leone | government | 2007-11-01 | 2009-03-31
    Moses Maladina |  | papua-new-guinea | government | 2004-02-01 | 2007-08-31
    Moses Pitakaka |  | solomon-islands | government | 1994-07-07 | 1999-07-07
    Moses Zeh Blah |  | liberia | government | 2003-01-01 | 2003-10-31
    Moshe Katsav |  | israel | government | 2000-08-01 | 2007-07-01
    Moshoeshoe II |  | lesotho | government | 1995-01-25 | 1996-01-15
    Mosibudi Mangena |  | south-africa | government | 2004-06-01 | 2009-05-31
    Mostafa Moin Najafabadi |  | iran | government | 2003-01-01 | 2003-08-31
    Mostafa Pur Mohammadi |  | iran | government | 2005-09-01 | 2008-07-31
    Motiur Rahman |  | bangladesh | government | 2007-03-01 | 2008-02-28
    Motoo Hyashi | Motoo Hayashi | japan | government | 2008-09-01 | 2008-09-30
    Motsoahae Thomas Thabane |  | lesotho | government | 2003-07-01 | 2004-11-30
    Moudud Ahmed |  | bangladesh | government | 1988-03-27 | 1989-08-12
    Mouloud Hamrouche |  | algeria | government | 1989-09-09 | 1991-06-05
    Moumouni Djermakoye |  | niger | government | 2004-04-01 | 2005-01-31
    Moumouni Fabre |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Mounkaila Sanda |  | niger | government | 2004-04-01 | 2005-01-31
    Mousa Bala Gaye |  | gambia | government | 2004-01-01 | 2005-03-31
    Mousa Bala Gaye |  | gambia | government | 2005-09-01 | 2011-01-31
    Mousa Maani |  | jordan | government | 2003-01-01 | 2003-10-31
    Moussa Bala Diakite |  | mali | government | 2004-08-01 | 2006-08-31
    Moussa Dadis Camara |  | guinea | government | 2009-04-01 | 2009-05-31
    Moussa Faki |  | chad | government | 2003-06-24 | 2005-02-03
    Moussa Faki Mahamat |  | chad | government | 2003-08-01 | 2005-10-31
    Moussa Okanla |  | benin | government | 2007-07-01 | 2008-11-30
    Moussa Solano |  | guinea | government | 2003-01-01 | 2006-10-31
    Moussavi Ardabili |  | iran | government | 1981-06-22 | 1981-08-02
    Moussavi Ardabili |  | iran | government | 1981-08-30 | 1981-10-13
    Moustapha Niasse |  | senegal | government | 1983-04-03 | 1983-04-29
    Moustapha Niasse |  | senegal | government | 2000-04-05 | 2001-03-03
    Mowlid Maane Mahamud |  | somalia | government | 2006-12-01 | 2007-03-31
    Mroz Arkadiusz |  | poland | government | 2003-01-01 | 2003-02-28
    Muammar Gaddafi | Muammar El-Qaddafi; Muammar Gadhafi; Muammar Qaddafi; Muammar Qadhafi | libya | government | 1969-09-01 | 2011-08-23
    Mubarak Abdallah al Shamikh |  | libya | government | 2000-03-01 | 2003-06-14
    Mubarak Abdullah al Shamikh |  | libya | government | 2003-01-01 | 2003-06-30
    Mubarak Abdullah al Shamikh |  | libya | government | 2008-04-01 | 2010-03-31
    Mubarak al Fadil al Mahdi |  | sudan | government | 2003-01-01 | 2005-01-31
    Mubarrak Muhammed |  | ghana | government | 2009-04-01 | 2010-02-28
    Mudar Badran |  | jordan | government | 1989-12-04 | 1991-06-19
    Mugur Isarescu |  | romania | government | 1999-12-22 | 2000-12-28
    Muhammad Abd al Ghaffar |  | bahrain | government | 2003-01-01 | 2005-02-28
    Muhammad Abd al Ghaffar |  | bahrain | government | 2005-09-01 | 2006-12-31
    Muhammad Abdi Yusuf |  | somalia | government | 2003-12-08 | 2004-11-03
    Muhammad Abdul Rachman |  | indonesia | government | 2003-01-01 | 2004-10-31
    Muhammad Abdullahi Omar |  | somalia | government | 2009-10-01 | 2010-12-31
    Muhammad Ahmad al Mangoush |  | libya | government | 1997-12-29 | 2000-03-01
    Muhammad Ali Hamud |  | somalia | government | 2008-05-01 | 2009-04-30
    Muhammad Ali Samatar |  | somalia | government | 1987-02-01 | 1990-09-03
    Muhammad Ali Ya |  | yemen | government | 2003-06-01 | 2009-06-30
    Muhammad Ali al Huwayz |  | libya | government | 2004-10-01 | 2009-03-31
    Muhammad Az Zaruq Rajab |  | libya | government | 1981-01-07 | 1984-02-15
    Muhammad Az Zaruq Rajab |  | libya | government | 1984-02-16 | 1986-03-03
    Muhammad Hawadle Madar |  | somalia | government | 1990-09-03 | 1991-01-24
    Muhammad Husayn al Shali |  | united-arab-emirates | government | 2006-03-01 | 2008-04-30
    Muhammad Ishaq Dar |  | pakistan | government | 2008-05-01 | 2008-07-31
    Muhammad Mahamud Guleed |  | somalia | government | 2006-12-01 | 2007-03-31
    Muhammad Maruf |  | indonesia | government | 2004-11-01 | 2008-04-30
    Muhammad Medhat Hassanein |  | egypt | government | 2003-01-01 | 2004-07-31
    Muhammad Mian Soomro |  | pakistan | government | 2007-11-16 | 2008-03-25
    Muhammad Mian Soomro |  | pakistan | government | 2008-08-18 | 2008-09-09
    Muhammad Mustafa Mero |  | syria | government | 2000-03-13 | 2003-09-10
    Muhammad Mustafa Miru |  | syria | government | 2003-01-01 | 2003-09-30
    Muhammad Nihad Mushantat |  | syria | government | 2005-07-01 | 2006-02-28
    Muhammad Said al Attar |  | yemen | government | 1994-05-09 | 1994-10-06
    Muhammad Said al Badi |  | united-arab-emirates | government | 2003-01-01 | 2003-05-31
    Muhammad Said al Badi |  | united-arab-emirates | government | 2003-07-01 | 2005-01-31
    Muhammad Thuneibat |  | jordan | government | 2007-01-01 | 2007-11-30
    Muhammad Yahya Hamud al Sharafi |  | yemen | government | 2003-06-01 | 2006-03-31
    Muhammad Yahya Kharat | Muhammad Yahya Kharrat | syria | government | 2003-10-01 | 2010-05-31
    Muhammad Yusuf Abdallah |  | sudan | government | 2003-06-01 | 2003-06-30
    Muhammad Yusuf Kalla |  | indonesia | government | 2004-11-01 | 2009-10-31
    Muhammad Ziyad al Ayubi | Muhammad Ziyad al Ayyubi | syria | government | 2004-11-01 | 2005-06-30
    Muhammad Zuhayr Mashariqa |  | syria | government | 2003-01-01 | 2003-09-30
    Muhammad al Allaf |  | jordan | government | 2007-09-01 | 2010-10-31
    Muhammad al Atrash |  | syria | government | 2003-01-01 | 2003-09-30
    Muhammad al Husayn |  | syria | government | 2003-01-01 | 2003-11-30
    Muhammad al Zanati |  | libya | government | 2003-01-01 | 2008-03-31
    Muhammad bin Abd al Aziz al Shaykh |  | saudi-arabia | government | 2003-01-01 | 2003-06-30
    Muhammad bin Abd al Ghaffar bin Abdallah |  | bahrain | government | 2005-03-01 | 2005-08-31
    Muhammad bin Abd al Latif bin Abd al Rahman al Manei |  | qatar | government | 2004-08-01 | 2005-04-30
    Muhammad bin Abd al Rauf Ziyadah |  | syria | government | 2003-01-01 | 2004-10-31
    Muhammad bin Ali al Qatabi |  | oman | government | 2003-01-01 | 2004-09-30
    Muhammad bin Ali bin Thani al Khussaiby |  | oman | government | 2003-04-01 | 2005-04-30
    Muhammad bin Ali bin Thani al Khussaiby |  | oman | government | 2005-10-01 | 2006-01-31
    Muhammad bin Ibrahim al Mutawa |  | bahrain | government | 2003-01-01 | 2005-04-30
    Muhammad bin Isa bin Hamad al Muhanadi |  | qatar | government | 2005-04-01 | 2005-04-30
    Muhammad bin Khalid al Thani |  | qatar | government | 2003-01-01 | 2005-02-28
    Muhammad bin Khalifa al Thani |  | qatar | government | 2003-01-01 | 2005-03-31
    Muhammad bin Khalifa bin Khalifa |  | bahrain | government | 2003-01-01 | 2004-09-30
    Muhammadu Buhari |  | nigeria | government | 1983-12-31 | 1985-08-27
    Muhammed Adamu Aliero |  | nigeria | government | 2009-02-01 | 2010-04-30
    Muhammed Sanusi Daggasi |  | nigeria | government | 2007-08-01 | 2009-01-31
    Muhidin Touq |  | jordan | government | 2007-01-01 | 2007-11-30
    Mukeshwar Choonee |  | mauritius | government | 2003-01-01 | 2003-10-31
    Muktari Shagari |  | nigeria | government | 2003-01-01 | 2006-07-31
    Mullah Mohammad Rabbani |  | afghanistan | government | 1996-09-27 | 2001-04-16
    Mun Il Bong |  | north-korea | government | 2004-12-01 | 2009-04-30
    Mun Il Pong |  | north-korea | government | 2003-01-01 | 2004-11-30
    Mundia Sikatana |  | zambia | government | 2006-11-01 | 2007-08-31
    Munir Akram |  | pakistan | government | 2003-01-01 | 2008-09-30
    Murari Raj Sharma |  | nepal | government | 2003-01-01 | 2005-07-31
    Murasoli Maran |  | india | government | 2003-05-01 | 2003-09-30
    Murat Basesgioglu |  | turkey | government | 2007-09-01 | 2009-05-31
    Musa Mohamed | Musa Mohammed | nigeria | government | 2005-08-01 | 2006-07-31
    Musallam bin Ali al Busaidi |  | oman | government | 2003-01-01 | 2004-09-30
    Mushtaq Ali Cheema |  | pakistan | government | 2004-11-01 | 2007-01-31
    Musikari Kombo | Musikari Nazi Kombo | kenya | government | 2004-08-01 | 2008-02-28
    Mustafa Khalil |  | egypt | government | 1978-10-02 | 1980-05-15
    Mustafa Miftah Belid al Dersi |  | libya | government | 2006-04-01 | 2008-03-31
    Mustafa Osman Ismail |  | sudan | government | 2003-01-01 | 2005-10-31
    Mustafa Ould Salek |  | mauritius | government | 1978-07-10 | 1979-06-03
    Mustafa Said Yazicioglu |  | turkey | government | 2007-09-01 | 2009-05-31
    Mustafa al Qais |  | jordan | government | 2003-01-01 | 2003-10-31
    Mustapa Mohamad | Mustapa Mohamed | malaysia | government | 2004-11-01 | 2006-02-28
    Mustapha Abdul Hamid |  | trinidad-and-tobago | government | 2008-09-01 | 2010-06-30
    Mustapha Benbada | Mustapha Bedbada | algeria | government | 2005-06-01 | 2010-06-30
    Mustapha Sahel |  | morocco | government | 2003-03-01 | 2004-04-30
    Mustapha Sahel |  | morocco | government | 2004-06-01 | 2008-11-30
    Mutahir al Saidi |  | yemen | government | 2003-01-01 | 2003-05-31
    Mutasim bin Hamud bin Naal Busaidi |  | oman | government | 2003-01-01 | 2004-09-30
    Mutombo Kyamakosa | Mutombo Kiamakosa | democratic-republic-of-the-congo | government | 2003-08-01 | 2003-10-31
    Mutua Katuku |  | kenya | government | 2006-04-01 | 2008-02-28
    Mwelwa Musambachime |  | zambia | government | 2003-01-01 | 2005-12-31
    Mwesigwa Rukutana |  | uganda | government | 2003-01-01 | 2003-05-31
    Myint Lwin |  | myanmar | government | 2007-05-01 | 2009-11-30
    Myint Thein |  | myanmar | government | 2003-01-01 | 2003-09-30
    Mze Soule el Bak |  | comoros | government | 2003-01-01 | 2003-05-31
    N'garta Tombalbaye |  | chad | government | 1959-03-26 | 1975-04-13
    N'garta Tombalbaye |  | chad | government | 1960-08-11 | 1975-04-13
    N. Sanjiva Reddy |  | india | government | 1977-07-25 | 1982-07-25
    Nabi Sensoy |  | turkey | government | 2006-03-01 | 2010-05-31
    Nabil Fahmy |  | egypt | government | 2003-01-01 | 2008-09-30
    Nabil Shaath |  | palestine | government | 2005-12-15 | 2005-12-24
    Nabin Hamad bin Mubarak al Khalifa |  | qatar | government | 2005-11-01 | 2007-05-31
    Nabin Muhammad al Balushi |  | bahrain | government | 2005-11-01 | 2008-08-31
    Naboua Ratieta |  | kiribati | government | 1974-05-01 | 1978-03-01
    Nader Dahabi | Nader Dhahabi; Nader al Dahabi | jordan | government | 2007-11-25 | 2009-12-14
    Nader Dahabi | Nader Dhahabi; Nader al Dahabi | jordan | government | 2007-12-01 | 2009-12-31
    Nader Therat |  | jordan | government | 2006-06-01 | 2007-11-30
    Nadine Morano |  | france | government | 2008-04-01 | 2009-11-30
    Nadjalta Mirangaye |  | chad | government | 2006-10-01 | 2008-04-30
    Nael Rufai |  | nigeria | government | 2003-09-01 | 2007-07-31
    Nagendra Prasad Rijal |  | nepal | government | 1973-07-16 | 1975-12-01
    Nagendra Prasad Rijal |  | nepal | government | 1986-03-21 | 1986-06-15
    Nagora Bogan |  | papua-new-guinea | government | 2003-01-01 | 2003-07-31
    Nagoum Yamassoum |  | chad | government | 1999-12-13 | 2002-06-12
    Nagoum Yamassoum |  | chad | government | 2003-08-01 | 2005-08-31
    Nagubal Kheir Abdel Wahab |  | sudan | government | 2003-01-01 | 2003-06-30
    Naiqama Lalabalavu | Naiqama Vave Lalabalavu | fiji | government | 2003-01-01 | 2007-08-31
    Najib Mikati |  | lebanon | government | 2003-05-01 | 2004-10-31
    Najib Mikati |  | lebanon | government | 2005-04-19 | 2005-07-19
    Najib Mikati |  | lebanon | government | 2005-06-01 | 2005-07-31
    Najib Tun Abdul Razad | Najib Tun Abdul Razak | malaysia | government | 2004-02-01 | 2004-12-31
    Najib Zerouali |  | morocco | government | 2003-03-01 | 2004-06-30
    Nam Duck Woo |  | south-korea | government | 1980-09-02 | 1982-01-04
    Nam Ki Myoung |  | south-korea | government | 2007-06-01 | 2008-03-31
    Nambaryn Enkhbayar |  | mongolia | government | 2000-07-26 | 2004-08-13
    Namid Bayartsaikhan |  | mongolia | government | 2006-03-01 | 2007-12-31
    Namik Dokle |  | albania | government | 2004-02-01 | 2005-09-30
    Nana Akufu Addo | Nana Akufo Addo | ghana | government | 2003-01-01 | 2007-08-31
    Nana Effah Apenteng |  | ghana | government | 2003-01-01 | 2007-08-31
    Nana Obiri Boahen |  | ghana | government | 2007-09-01 | 2009-03-31
    Nanaia Mahuta |  | new-zealand | government | 2006-12-01 | 2008-12-31
    Nancy Bakir |  | jordan | government | 2009-03-01 | 2009-12-31
    Nando da Piedade Dias dos Santos |  | angola | government | 2005-01-01 | 2008-11-30
    Nangolo Mbumba |  | namibia | government | 2003-01-01 | 2003-05-31
    Narayan Singh Pun |  | nepal | government | 2003-01-01 | 2003-08-31
    Narayan Singh Pun |  | nepal | government | 2006-01-01 | 2006-05-31
    Narendra Bikram Shah |  | nepal | government | 2003-01-01 | 2003-08-31
    Nasser Pangandaman |  | philippines | government | 2006-03-01 | 2010-07-31
    Nassib Lahoud |  | lebanon | government | 2008-08-01 | 2009-11-30
    Nassoro Malocho |  | tanzania | government | 2003-01-01 | 2003-01-31
    Nassour Guelendouksia Ouaido |  | chad | government | 1997-05-17 | 1999-12-13
    Natalia Barillas |  | nicaragua | government | 2003-01-01 | 2004-01-31
    Natan Sharansky |  | israel | government | 2003-01-01 | 2005-05-31
    Nathaniel Barnes |  | liberia | government | 2006-09-01 | 2007-08-31
    Nathaniel Waena |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    Nathaniel Waena |  | solomon-islands | government | 2004-01-01 | 2009-08-31
    Natie Plea |  | mali | government | 2006-09-01 | 2007-10-31
    Natsagiyn Bagabandi |  | mongolia | government | 1997-06-20 | 2005-06-24
    Nawal el Moutawakil |  | morocco | government | 2007-11-01 | 2009-07-31
    Nawaz Sharif |  | pakistan | government | 1990-11-06 | 1993-04-18
    Nawaz Sharif |  | pakistan | government | 1993-05-26 | 1993-07-18
    Nawaz Sharif |  | pakistan | government | 1997-02-17 | 1999-10-12
    Naya Ponce Fortun |  | bolivia | government | 2005-07-01 | 2006-01-31
    Nayef Hadid |  | jordan | government | 2005-02-01 | 2005-04-30
    Nayef al Qadi |  | jordan | government | 2009-03-01 | 2010-11-30
    Nayla Mouawad | Nayla Moawad | lebanon | government | 2005-08-01 | 2008-07-31
    Nazha Chakrouni |  | morocco | government | 2003-02-01 | 2003-02-28
    Nazih Baydun |  | lebanon | government | 2003-01-01 | 2003-04-30
    Nazim Ekren |  | turkey | government | 2007-09-01 | 2009-05-31
    Ndeye Diop | Ndeye Khady Diop | senegal | government | 2003-09-01 | 2003-10-31
    Ndeye Diop | Ndeye Khady Diop | senegal | government | 2003-12-01 | 2006-12-31
    Necmettin Erbakan |  | turkey | government | 1996-06-28 | 1997-06-30
    Negasso Gidada |  | ethiopia | government | 1995-08-22 | 2001-10-08
    Nehmeh Tohme |  | lebanon | government | 2005-08-01 | 2008-07-31
    Nejib Hachana |  | tunisia | government | 2005-06-01 | 2008-09-30
    Nelly Olin |  | france | government | 2004-04-01 | 2004-11-30
    Nelson A. Rockefeller |  | united-states | government | 1974-12-19 | 1977-01-20
    Nelson Alcides Mora |  | paraguay | government | 2004-11-01 | 2005-07-31
    Nelson Jose Merentes Diaz |  | venezuela | government | 2005-05-01 | 2007-01-31
    Nelson Kile |  | solomon-islands | government | 2004-09-01 | 2008-03-31
    Nelson Mandela |  | south-africa | government | 1994-05-10 | 1999-06-16
    Nelson Merentes |  | venezuela | government | 2003-01-01 | 2004-07-31
    Nelson Merentes |  | venezuela | government | 2005-01-01 | 2005-04-30
    Nenadi Esther Usman |  | nigeria | government | 2003-08-01 | 2007-01-31
    Neng Pai Lin |  | taiwan | government | 2003-01-01 | 2004-09-30
    Neoclis Sylikiotis |  | cyprus | government | 2007-02-01 | 2007-07-31
    Nestor Kirchner |  | argentina | government | 2003-05-25 | 2007-12-10
    Neven Jurica |  | croatia | government | 2004-11-01 | 2009-06-30
    Neven Mimica |  | croatia | government | 2003-01-01 | 2004-01-31
    Nevers Mumba |  | zambia | government | 2003-07-01 | 2004-10-31
    Neville Wisdom |  | bahamas | government | 2006-03-01 | 2007-06-30
    Nexhat Daci |  | kosovo | government | 2006-01-21 | 2008-02-17
    Nezhdet Mollov |  | bulgaria | government | 2003-01-01 | 2003-07-31
    Ngandu Peter Magande |  | zambia | government | 2003-08-01 | 2008-11-30
    Ngarikutuke Tjiriange |  | namibia | government | 2003-06-01 | 2010-03-31
    Ngconde Balfour |  | south-africa | government | 2003-01-01 | 2004-05-31
    Ngconde Balfour |  | south-africa | government | 2005-03-01 | 2009-05-31
    Ngiratkel Etpison |  | palau | government | 1989-01-01 | 1993-01-01
    Ngo Pin |  | cambodia | government | 2003-01-01 | 2004-11-30
    Ngoyam Djaibe |  | chad | government | 2003-08-01 | 2006-09-30
    Ngozi Okonjo Iweala |  | nigeria | government | 2003-08-01 | 2006-08-31
    Nguyen Ba Can |  | vietnam | government | 1975-04-04 | 1975-04-24
    Nguyen Danh Thai |  | vietnam | government | 2003-01-01 | 2007-08-31
    Nguyen Dy Nien |  | vietnam | government | 2003-01-01 | 2006-06-30
    Nguyen Huu Tho |  | vietnam | government | 1980-03-30 | 1981-07-04
    Nguyen Phu Trong |  | vietnam | government | 2006-07-01 | 2007-08-31
    Nguyen Sinh Hung |  | vietnam | government | 2003-01-01 | 2005-02-28
    Nguyen Tam Chien |  | vietnam | government | 2003-01-01 | 2008-06-30
    Nguyen Thanh Chau |  | vietnam | government | 2003-01-01 | 2005-11-30
    Nguyen van An |  | vietnam | government | 2003-01-01 | 2006-06-30
    Nguyen van Linh |  | vietnam | government | 1986-12-18 | 1991-06-27
    Nguyen van Thieu |  | vietnam | government | 1965-06-14 | 1975-04-21
    Nhasse Na Man |  | guinea | government | 2006-06-01 | 2007-07-31
    Nhasse Namane |  | guinea | government | 2003-01-01 | 2003-01-31
    Nhek Bun Chhay |  | cambodia | government | 2004-07-13 | 2004-07-22
    Niamatullah Shahrani |  | afghanistan | government | 2003-01-01 | 2005-01-31
    Nicanor Alejandro Serrano Aguilar |  | ecuador | government | 2005-06-01 | 2007-01-31
    Nicephore Soglo |  | benin | government | 1990-03-12 | 1991-04-04
    Nicephore Soglo |  | benin | government | 1991-04-04 | 1996-04-04
    Nicholas Brathwaite |  | grenada | government | 1983-12-09 | 1984-12-04
    Nicholas Brathwaite |  | grenada | government | 1990-03-16 | 1995-02-01
    Nicholas Deb. Katzenbach |  | united-states | government | 1964-09-04 | 1966-09-30
    Nicholas Frederick |  | saint-lucia | government | 2007-03-01 | 2010-07-31
    Nicholas Goche |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Nicholas Minchin |  | australia | government | 2006-05-01 | 2007-12-31
    Nick Brown |  | united-kingdom | government | 2003-01-01 | 2003-06-30
    Nick Brown |  | united-kingdom | government | 2008-11-01 | 2010-05-31
    Nick Minchin |  | australia | government | 2003-01-01 | 2006-04-30
    Nick Sherry |  | australia | government | 2008-01-01 | 2010-03-31
    Nicolae Vacaroiu |  | romania | government | 1992-11-04 | 1996-12-12
    Nicolae Vacaroiu |  | romania | government | 2007-04-20 | 2007-05-23
    Nicolas Eyzaguirre Guzman |  | chile | government | 2003-01-01 | 2006-04-30
    Nicolas Sarkozy |  | france | government | 2006-02-01 | 2007-03-31
    Nicolas Sarkozy |  | france | government | 2007-05-16 | 2012-05-15
    Nicolas Schmit |  | luxembourg | government | 2005-01-01 | 2009-07-31
    Nicole Ameline |  | france | government | 2003-01-01 | 2003-06-30
    Nicole Ameline |  | france | government | 2003-08-01 | 2004-07-31
    Nicole Ameline |  | france | government | 2004-09-01 | 2005-06-30
    Nicole Guedj |  | france | government | 2004-04-01 | 2005-06-30
    Nidel L. Lora |  | marshall-islands | government | 2006-03-01 | 2008-07-31
    Nidel Lorak |  | marshall-islands | government | 2003-09-01 | 2004-01-31
    Nidia Vilchez Yucra |  | peru | government | 2008-12-01 | 2009-06-30
    Nigel Scullion |  | australia | government | 2007-09-01 | 2007-12-31
    Nihad Mushantat |  | syria | government | 2003-10-01 | 2004-03-31
    Nihad Mushantat |  | syria | government | 2004-05-01 | 2005-06-30
    Nii Amaa Ollennu |  | ghana | government | 1970-08-07 | 1970-08-31
    Nikica Valentic |  | croatia | government | 1993-03-29 | 1995-11-04
    Nikita Khrushchev | Nikita Khruschchev; Nikita Khruschev; Nikita Kruchev; Nikita Kruscev; Nikita Kruschev; Nikita Kruschov; Nikita Krushchev; Nikita Krushev; Nikita Krushov; Nikita Sergeyevich Khrushchev | russia | government | 1939-03-22 | 1964-11-16
    Nikolai Vasilev |  | bulgaria | government | 2003-01-01 | 2005-08-31
    Nikolai Vassilev |  | bulgaria | government | 2005-09-01 | 2010-12-31
    Nikolaos Sifounakis |  | greece | government | 2003-01-01 | 2004-03-31
    Nikolay Podgorny |  | russia | government | 1965-12-09 | 1977-06-16
    Nikolay Ryzhkov |  | russia | government | 1985-09-27 | 1991-01-14
    Nikolay Tikhonov |  | russia | government | 1980-10-23 | 1985-09-27
    Nikos Khristodoulakis |  | greece | government | 2003-01-01 | 2004-03-31
    Nikos Tsiartsionis |  | greece | government | 2004-04-01 | 2006-02-28
    Nilofar Bakhtiar |  | pakistan | government | 2003-01-01 | 2004-07-31
    Nimet Cubukcu |  | turkey | government | 2005-07-01 | 2009-05-31
    Nimrod Botelanga |  | nauru | government | 2003-01-01 | 2003-06-30
    Nina Pacari |  | ecuador | government | 2003-01-01 | 2003-08-31
    Ninu Zammit |  | malta | government | 2004-05-01 | 2008-03-31
    Nirupam Sen |  | india | government | 2004-07-01 | 2009-08-31
    Nisar Ali Khan |  | pakistan | government | 2008-05-01 | 2008-09-30
    Nit Phibunsongkhram | Nit Phibunsongkram | thailand | government | 2006-11-01 | 2008-02-28
    Nitish Kumar |  | india | government | 2003-01-01 | 2004-05-31
    Njenga Karume |  | kenya | government | 2004-08-01 | 2006-03-31
    Njiemoun Mama |  | cameroon | government | 2003-01-01 | 2005-01-31
    Nkosazana Cladlamini Zuma |  | south-africa | government | 2003-01-01 | 2004-05-31
    Nkulu Mitumba Kilombo |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2008-10-31
    No Mu Hyon |  | south-korea | government | 2003-03-01 | 2004-09-30
    No Tu Chol |  | north-korea | government | 2003-10-01 | 2004-11-30
    Noboru Takeshita |  | japan | government | 1987-11-06 | 1989-06-02
    Nobutaka Machimura |  | japan | government | 2004-10-01 | 2005-11-30
    Nobutaka Machimura |  | japan | government | 2007-09-01 | 2008-09-30
    Nobuteru Ishihara |  | japan | government | 2003-01-01 | 2003-11-30
    Noel Fahey |  | ireland | government | 2003-01-01 | 2008-02-28
    Noelle Lenoir |  | france | government | 2003-01-01 | 2004-03-31
    Noellie Alexander |  | seychelles | government | 2003-01-01 | 2006-08-31
    Noer Hassan Wirajuda | Noer Hasan Wirajuda | indonesia | government | 2003-01-01 | 2009-10-31
    Noli de Castro |  | philippines | government | 2004-08-01 | 2005-07-31
    Nollen Leni |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    Nollen Leni |  | solomon-islands | government | 2004-01-01 | 2004-09-30
    Nong Duc Manh |  | vietnam | government | 2003-01-01 | 2006-11-30
    Noppadon Pattama |  | thailand | government | 2008-03-01 | 2008-07-31
    Nora Berra |  | france | government | 2009-07-01 | 2009-11-30
    Norbert Likulia Bolongo |  | democratic-republic-of-the-congo | government | 1997-04-09 | 1997-05-16
    Norberto Delgado Duran |  | panama | government | 2003-01-01 | 2004-09-30
    Norberto Gonzales | Norberto B. Gonzales | philippines | government | 2004-10-01 | 2005-03-31
    Norman Caldera |  | nicaragua | government | 2003-01-01 | 2007-01-31
    Norman Eric Kirk |  | new-zealand | government | 1972-12-08 | 1974-08-31
    Norman Garcia |  | honduras | government | 2006-03-01 | 2007-10-31
    Norodom Ranariddh |  | cambodia | government | 2003-01-01 | 2004-11-30
    Norodom Ranariddh |  | cambodia | government | 2004-12-01 | 2006-06-30
    Norodom Sihanouk |  | cambodia | government | 1993-09-24 | 2004-10-06
    Norodom Sirivudh |  | cambodia | government | 2004-12-01 | 2006-06-30
    Norov Altanhuyag |  | mongolia | government | 2005-07-01 | 2006-02-28
    Nouhak Phoumsavan |  | laos | government | 1992-11-25 | 1998-02-24
    Nouraiz Shakur Khan |  | pakistan | government | 2004-11-01 | 2007-12-31
    Nourdine Bourhane |  | comoros | government | 1997-12-07 | 1998-05-30
    Noureddine Mejdoub |  | tunisia | government | 2003-01-01 | 2003-07-31
    Noureddine Taleb |  | algeria | government | 2003-01-01 | 2004-06-30
    Nouzha Chekrouni |  | morocco | government | 2003-03-01 | 2007-10-31
    Nsimye Sebuturo |  | uganda | government | 2003-06-01 | 2003-07-31
    Ntsu Mokhehle |  | lesotho | government | 1993-04-02 | 1994-08-17
    Ntsu Mokhehle |  | lesotho | government | 1994-09-14 | 1998-05-29
    Nu Sangkhan |  | cambodia | government | 2003-01-01 | 2004-11-30
    Nuno Morais Sarmento |  | portugal | government | 2003-01-01 | 2005-03-31
    Nur Idow Beyle |  | somalia | government | 2008-05-01 | 2009-04-30
    Nur Mohammad Qarqin |  | afghanistan | government | 2006-06-01 | 2010-01-31
    Nur Mohammad Taraki |  | afghanistan | government | 1978-04-30 | 1979-09-16
    Nur Mohammad Taraki |  | afghanistan | government | 1978-05-01 | 1979-03-27
    Nuris Orihuela |  | venezuela | government | 2008-06-01 | 2009-03-31
    Nurul Amin |  | pakistan | government | 1971-12-07 | 1971-12-20
    Nyam Osoryn Tuyaa |  | mongolia | government | 1999-07-22 | 1999-07-30
    Nyamyn Jagvaral |  | mongolia | government | 1984-08-23 | 1984-12-12
    Nyan Win |  | myanmar | government | 2004-10-01 | 2005-02-28
    Nymaa Enkhbold |  | mongolia | government | 2006-03-01 | 2008-10-31
    Nzuzi Wa Mbombo |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2004-07-31
    O Myong |  | south-korea | government | 2004-02-01 | 2006-02-28
    O Su Yong |  | north-korea | government | 2009-05-01 | 2010-06-30
    Obed Dlamini |  | eswatini | government | 1989-07-12 | 1993-10-25
    Obiaqeli Ezekwasili | Obiaqeli Ezekwesili | nigeria | government | 2005-08-01 | 2006-07-31
    Octavio Lepage |  | venezuela | government | 1993-05-21 | 1993-06-05
    Octavio Salazar Miranda |  | peru | government | 2009-08-01 | 2010-09-30
    Odeen Ishmael |  | guyana | government | 2003-01-01 | 2004-06-30
    Odette Nyiramirimo |  | rwanda | government | 2003-02-01 | 2004-06-30
    Odion Ajumogobia |  | nigeria | government | 2010-05-01 | 2010-05-31
    Oh Young Kyo |  | south-korea | government | 2005-03-01 | 2006-03-31
    Ojo Madueke | Ojo Maduekwe | nigeria | government | 2007-08-01 | 2010-04-30
    Okere Adams |  | sierra-leone | government | 2003-01-01 | 2005-09-30
    Okuk Ryol |  | north-korea | government | 2009-03-01 | 2009-10-31
    Olafur Johannesson |  | iceland | government | 1971-07-14 | 1974-08-28
    Olafur Johannesson |  | iceland | government | 1978-09-01 | 1979-10-15
    Olarn Chaipravat |  | thailand | government | 2008-10-01 | 2008-12-31
    Ole Peter Kolby |  | norway | government | 2003-01-01 | 2003-08-31
    Oleg Lobov |  | russia | government | 1991-09-26 | 1991-11-06
    Olenchery Rajagopal | O. Rajagopal | india | government | 2003-01-01 | 2004-01-31
    Olhaye Oudine Roble |  | djibouti | government | 2003-01-01 | 2006-08-31
    Oliver Seraphine |  | dominica | government | 1979-06-21 | 1980-07-21
    Olivia Muchena |  | zimbabwe | government | 2004-03-01 | 2009-02-28
    Olivier Chastel |  | belgium | government | 2009-01-01 | 2009-11-30
    Olivio Dutra |  | brazil | government | 2003-01-01 | 2006-05-31
    Olu Adeniji |  | nigeria | government | 2003-08-01 | 2007-07-31
    Olu Agunloye |  | nigeria | government | 2003-01-01 | 2003-07-31
    Olubanke Akerele |  | liberia | government | 2007-09-01 | 2010-12-31
    Olusegun Obasanjo |  | nigeria | government | 1999-05-29 | 2007-05-29
    Oluwole Rotimi |  | nigeria | government | 2009-02-01 | 2010-04-30
    Oly Millan Campos |  | venezuela | government | 2006-03-01 | 2007-01-31
    Om Pradhan |  | bhutan | government | 2003-01-01 | 2003-08-31
    Omar Abdullah |  | india | government | 2003-01-01 | 2003-04-30
    Omar Bashir Mohamed Manis |  | sudan | government | 2006-08-01 | 2006-10-31
    Omar Davies |  | jamaica | government | 2003-01-01 | 2007-09-30
    Omar Fassi Fehri |  | morocco | government | 2003-04-01 | 2003-04-30
    Omar Karami |  | lebanon | government | 1990-12-24 | 1992-05-13
    Omar Karami |  | lebanon | government | 2004-10-21 | 2005-04-19
    Omar Ramadhani Mapuri |  | tanzania | government | 2003-02-01 | 2006-02-28
    Omar Sa |  | senegal | government | 2005-09-01 | 2006-12-31
    Omar Torrijos Herrera |  | panama | government | 1972-10-11 | 1978-10-11
    Omer Egwake | Omer Egbake | democratic-republic-of-the-congo | government | 2003-08-01 | 2005-02-28
    Omwony Ojwok |  | uganda | government | 2003-01-01 | 2007-11-30
    Ong Ka Chuan |  | malaysia | government | 2008-04-01 | 2009-04-30
    Ong Ka Ting |  | malaysia | government | 2003-01-01 | 2008-03-31
    Ong Teng Cheong |  | singapore | government | 1993-09-01 | 1999-09-01
    Opah Ndiaye |  | senegal | government | 2003-09-01 | 2003-10-31
    Opah Ndiaye |  | senegal | government | 2003-12-01 | 2006-12-31
    Ophir Pines Paz |  | israel | government | 2005-02-01 | 2005-12-31
    Orlando Fiorotto |  | paraguay | government | 2003-11-01 | 2004-10-31
    Orlando Ramon Agosti |  | argentina | government | 1976-03-24 | 1976-03-29
    Orlando Requeijo Gual |  | cuba | government | 2004-03-01 | 2005-08-31
    Orlando Requeijo Gual |  | cuba | government | 2005-11-01 | 2005-12-31
    Orville Turnquest |  | bahamas | government | 1995-01-03 | 2001-11-13
    Osborne Riviere |  | dominica | government | 2003-01-01 | 2004-01-31
    Osborne Riviere |  | dominica | government | 2004-01-06 | 2004-01-08
    Oscar Ayerve |  | ecuador | government | 2005-04-01 | 2005-04-30
    Oscar Berger Perdomo |  | guatemala | government | 2004-01-14 | 2008-01-14
    Oscar Coca Antezana |  | bolivia | government | 2008-04-01 | 2009-02-28
    Oscar Crespo Soliz |  | bolivia | government | 2003-01-01 | 2003-02-28
    Oscar Fernandes |  | india | government | 2005-03-01 | 2006-10-31
    Oscar Herdocia Lacayo |  | nicaragua | government | 2003-01-01 | 2004-01-31
    Oscar Humberto Mejia Victores |  | guatemala | government | 1983-08-08 | 1986-01-14
    Oscar Ivan Zuluaga |  | colombia | government | 2007-03-01 | 2010-08-31
    Oscar Luigi Scalfaro |  | italy | government | 1992-05-28 | 1999-05-15
    Oscar Maurtua de Romana | Oscar Maurtua Romana | peru | government | 2005-09-01 | 2006-08-31
    Oscar Mina |  | san-marino | government | 2009-04-01 | 2010-03-31
    Oscar Pammo Rodriguez |  | bolivia | government | 1981-08-04 | 1981-09-04
    Oscar Parrilli |  | argentina | government | 2003-06-01 | 2006-10-31
    Oscar Ribas Reig |  | andorra | government | 1982-01-08 | 1984-05-21
    Oscar Ribas Reig |  | andorra | government | 1990-01-12 | 1994-12-07
    Oscar de la Puente Raygada |  | peru | government | 1992-04-06 | 1993-08-28
    Osman Faruk Logoglu |  | turkey | government | 2005-06-01 | 2006-02-28
    Osman Gunes |  | turkey | government | 2007-06-01 | 2007-08-31
    Osman Hassan Ali Atto |  | somalia | government | 2006-04-01 | 2006-11-30
    Osman Mohammed Osman |  | egypt | government | 2003-01-01 | 2006-02-28
    Osman Pepe |  | turkey | government | 2003-01-01 | 2004-09-30
    Osmani Cienfuegos Gorriaran |  | cuba | government | 2003-01-01 | 2009-03-31
    Osvaldo Hurtado Larrea |  | ecuador | government | 1981-05-24 | 1984-08-10
    Osvaldo Puccio |  | chile | government | 2005-06-01 | 2006-04-30
    Osvaldo Ruben Benitez |  | paraguay | government | 2003-02-01 | 2003-08-31
    Oswaldo de Jesus Serra van Dunem |  | angola | government | 2003-04-01 | 2006-02-28
    Oswaldo de Rivero |  | peru | government | 2003-01-01 | 2006-08-31
    Otinielu Tausi |  | tuvalu | government | 2003-01-01 | 2004-09-30
    Otmar Hassler |  | liechtenstein | government | 2003-01-01 | 2009-06-30
    Otto Rivero Torres |  | cuba | government | 2005-01-01 | 2009-03-31
    Otto Schily |  | germany | government | 2003-01-01 | 2004-08-31
    Otto Schily |  | germany | government | 2004-10-01 | 2005-11-30
    Otto Stich |  | switzerland | government | 1994-01-01 | 1994-12-31
    Ouch Borith |  | cambodia | government | 2003-01-01 | 2004-11-30
    Oumar Boukar | Oumar Boukar Gana | chad | government | 2004-09-01 | 2010-03-31
    Oumar Hamadoun Dicko |  | mali | government | 2004-08-01 | 2007-10-31
    Oumar Idriss al Farouk |  | chad | government | 2006-10-01 | 2010-03-31
    Oumar Khassimou Dia |  | senegal | government | 2007-01-01 | 2007-07-31
    Oumar Sarr |  | senegal | government | 2007-01-01 | 2009-05-31
    Oumare Kouyate |  | guinea | government | 2003-01-01 | 2006-10-31
    Oumou Khairy Gueye Seck |  | senegal | government | 2005-01-01 | 2007-12-31
    Oury Bailo Bah |  | guinea | government | 2006-11-01 | 2009-03-31
    Ousman Badjie |  | gambia | government | 2003-01-01 | 2003-12-31
    Ousman Matar Breme |  | chad | government | 2008-05-01 | 2010-03-31
    Ousmane Dore |  | guinea | government | 2007-08-01 | 2009-03-31
    Ousmane Issoufi Maiga |  | mali | government | 2003-01-01 | 2007-10-31
    Ousmane Issoufi Maiga |  | mali | government | 2004-04-30 | 2007-09-28
    Ousmane Moutari |  | niger | government | 2003-01-01 | 2006-08-31
    Ousmane Ngom |  | senegal | government | 2004-12-01 | 2009-05-31
    Ousmane Sanoko |  | guinea | government | 2003-01-01 | 2006-10-31
    Ovid Tseng |  | taiwan | government | 2008-06-01 | 2010-04-30
    Ovidio Manuel Barbosa Pequeno |  | sao-tome-and-principe | government | 2005-09-01 | 2006-04-30
    Owen Arthur |  | barbados | government | 1994-09-07 | 2008-01-16
    Owen Arthur |  | barbados | government | 2003-01-01 | 2008-02-28
    Oystein Djupedal |  | norway | government | 2005-11-01 | 2008-11-30
    P. Chidambaram |  | india | government | 2004-06-01 | 2005-05-31
    P. Dayaratne |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    P. J. Patterson |  | jamaica | government | 2003-01-01 | 2006-03-31
    P. M. Sayeed |  | india | government | 2004-06-01 | 2006-10-31
    P.j. Patterson |  | jamaica | government | 1992-03-30 | 2006-03-30
    P.v. Narasimha Rao |  | india | government | 1991-06-21 | 1996-05-16
    Paa Kwesi Nduom |  | ghana | government | 2006-06-01 | 2009-03-31
    Paavo Lipponen |  | finland | government | 1995-04-13 | 2003-04-17
    Pacifique Issoikbeka |  | republic-of-the-congo | government | 2008-03-01 | 2009-09-30
    Pae Tal Chun |  | north-korea | government | 2003-01-01 | 2004-11-30
    Paek Nam Sun |  | north-korea | government | 2003-01-01 | 2007-01-31
    Paek Se Bong | Paek Se Pong | north-korea | government | 2003-10-01 | 2005-05-31
    Pagan Amum Okiech |  | sudan | government | 2008-01-01 | 2008-12-31
    Paias Wingti |  | papua-new-guinea | government | 1985-11-21 | 1988-07-04
    Paias Wingti |  | papua-new-guinea | government | 1992-07-17 | 1994-08-30
    Paik Too Chin |  | south-korea | government | 1970-12-20 | 1971-06-04
    Pak Ho Kun |  | south-korea | government | 2003-03-01 | 2004-01-31
    Pak Kil Yon |  | north-korea | government | 2003-01-01 | 2008-05-31
    Pak Myong Son |  | north-korea | government | 2009-11-01 | 2010-06-30
    Pak Pong Chu |  | north-korea | government | 2003-10-01 | 2004-11-30
    Pak Pong Hum |  | south-korea | government | 2003-03-01 | 2004-01-31
    Pak Pong Ju |  | north-korea | government | 2003-09-03 | 2007-04-11
    Pak Song Chol |  | north-korea | government | 1976-04-29 | 1977-12-16
    Pak Sun Hui |  | north-korea | government | 2003-10-01 | 2009-04-30
    Pak Tae Hwa | Pak Thae Hwa | north-korea | government | 2003-10-01 | 2007-01-31
    Pal Csaky |  | slovakia | government | 2003-01-01 | 2003-09-30
    Pal Csaky |  | slovakia | government | 2005-02-01 | 2006-07-31
    Pampha Bhusal |  | nepal | government | 2008-10-01 | 2009-06-30
    Panagiotis Pikrammenos |  | greece | government | 2012-05-16 | 2012-06-20
    Panayotov Plamen |  | bulgaria | government | 2003-08-01 | 2005-04-30
    Pandeli Majko |  | albania | government | 1998-10-02 | 1999-10-29
    Pandeli Majko |  | albania | government | 2002-02-22 | 2002-07-31
    Pandelis Kouros |  | cyprus | government | 2003-01-01 | 2003-02-28
    Panjit Charusombat |  | thailand | government | 2003-01-01 | 2003-11-30
    Panjit Charusombat |  | thailand | government | 2004-11-01 | 2005-11-30
    Pansy Wong |  | new-zealand | government | 2009-01-01 | 2010-11-30
    Paolo Bollini |  | san-marino | government | 2004-04-01 | 2004-10-01
    Paolo Bollini |  | san-marino | government | 2004-07-01 | 2004-12-31
    Paolo Bonaiuti |  | italy | government | 2005-04-01 | 2006-05-31
    Papa Louis Fall |  | senegal | government | 2003-01-01 | 2003-10-31
    Papa Louis Fall |  | senegal | government | 2003-12-01 | 2004-02-28
    Papa Owusu Ankoma |  | ghana | government | 2003-01-01 | 2006-05-31
    Par Nuder |  | sweden | government | 2003-01-01 | 2006-10-31
    Paramanga Ernest Yonli |  | burkina-faso | government | 2000-11-07 | 2007-06-04
    Paramanga Ernest Yonli |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Pardonn Kaliba Mulanga |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-11-30
    Parekura Horomia |  | new-zealand | government | 2003-01-01 | 2008-12-31
    Park Choong Hoon |  | south-korea | government | 1980-05-22 | 1980-09-02
    Park Choong Hoon |  | south-korea | government | 1980-08-16 | 1980-09-01
    Park Myung Jae |  | south-korea | government | 2007-06-01 | 2008-03-31
    Park Tae Joon |  | south-korea | government | 2000-01-13 | 2000-05-19
    Parviz Davudi |  | iran | government | 2005-11-01 | 2009-08-31
    Pascal Couchepin |  | switzerland | government | 1996-01-01 | 1996-12-31
    Pascal Couchepin |  | switzerland | government | 2003-01-01 | 2009-10-31
    Pascal Egbenda |  | sierra-leone | government | 2005-10-01 | 2007-10-31
    Pascal Firmin Ndimira |  | burundi | government | 1996-07-31 | 1998-06-12
    Pascal Lissouba |  | republic-of-the-congo | government | 1992-08-31 | 1997-10-15
    Pascal Yoadimnadji |  | chad | government | 2005-02-03 | 2007-02-23
    Pascal Yoadimnadji |  | chad | government | 2005-11-01 | 2007-03-31
    Pascoal Mocumbi | Pascoal Manuel Mocumbi | mozambique | government | 1994-12-16 | 2004-02-17
    Pasteur Bizimungu |  | rwanda | government | 1994-07-19 | 2000-03-23
    Patrice Trovoada |  | sao-tome-and-principe | government | 2008-02-14 | 2008-06-22
    Patricia Isabel Rodas Baca |  | honduras | government | 2009-03-01 | 2010-01-31
    Patricia Poblete |  | chile | government | 2006-05-01 | 2010-03-31
    Patricia Ramirez Ceberg |  | guatemala | government | 2003-01-01 | 2004-01-31
    Patricio Acosta |  | ecuador | government | 2003-01-01 | 2004-05-31
    Patricio Aylwin Azocar |  | chile | government | 1990-03-11 | 1994-03-11
    Patricio Johnson |  | ecuador | government | 2004-06-01 | 2005-04-30
    Patricio Zuquilanda |  | ecuador | government | 2003-09-01 | 2005-04-30
    Patrick Chinamasa |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Patrick Devedjian |  | france | government | 2003-01-01 | 2004-04-30
    Patrick Devedjian |  | france | government | 2009-04-01 | 2010-11-30
    Patrick Dewael |  | belgium | government | 2003-08-01 | 2008-12-31
    Patrick Ho |  | china | government | 2003-01-01 | 2007-07-31
    Patrick Leclercq |  | monaco | government | 2000-01-01 | 2005-06-01
    Patrick Leclercq |  | monaco | government | 2003-01-01 | 2005-07-31
    Patrick Lewis |  | antigua-and-barbuda | government | 2003-01-01 | 2004-06-30
    Patrick Manning |  | trinidad-and-tobago | government | 2003-01-01 | 2010-06-30
    Patrick Mbewe |  | malawi | government | 2003-01-01 | 2004-06-30
    Patrick Okumu Ringa |  | uganda | government | 2003-01-01 | 2006-06-30
    Patrick Pillay | Patrick Georges Pillay | seychelles | government | 2005-05-01 | 2010-06-30
    Patrick Pruaitch |  | papua-new-guinea | government | 2003-01-01 | 2003-05-31
    Patrick Pruaitch |  | papua-new-guinea | government | 2003-07-01 | 2010-06-30
    Patrick R. John |  | dominica | government | 1974-07-27 | 1978-11-03
    Patrick R. John |  | dominica | government | 1978-11-03 | 1979-06-21
    Patteson Oti |  | solomon-islands | government | 2007-06-01 | 2007-06-30
    Paty Ripple Kyndiah |  | india | government | 2004-10-01 | 2009-07-31
    Paul Adderley |  | bahamas | government | 2005-12-01 | 2006-02-01
    Paul Badji |  | senegal | government | 2004-03-01 | 2010-11-30
    Paul Berenger | Paul Raymond Berenger | mauritius | government | 2003-01-01 | 2005-08-31
    Paul Bernie |  | haiti | government | 2005-03-01 | 2006-06-30
    Paul Biya |  | cameroon | government | 1975-06-30 | 1982-11-06
    Paul Biyoghe Mba |  | gabon | government | 2003-01-01 | 2004-09-30
    Paul Biyoghe Mba |  | gabon | government | 2004-11-01 | 2007-04-30
    Paul Biyoghe Mba |  | gabon | government | 2007-06-01 | 2008-03-31
    Paul Boateng |  | united-kingdom | government | 2003-01-01 | 2005-05-31
    Paul Boundoukou Latha |  | gabon | government | 2003-01-01 | 2008-03-31
    Paul Chiu |  | taiwan | government | 2008-06-01 | 2010-04-30
    Paul Dijoud |  | monaco | government | 1994-12-02 | 1997-02-03
    Paul Duret |  | haiti | government | 2003-01-01 | 2004-03-31
    Paul Heinbecker |  | canada | government | 2003-01-01 | 2004-02-28
    Paul Keating |  | australia | government | 1991-12-20 | 1996-03-11
    Paul Magloire |  | haiti | government | 2005-07-01 | 2006-06-30
    Paul Manasseh Nshutiu |  | rwanda | government | 2005-09-01 | 2006-03-31
    Paul Mangwana |  | zimbabwe | government | 2003-01-01 | 2004-02-28
    Paul Mangwana |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Paul Martin |  | canada | government | 2003-12-12 | 2006-02-06
    Paul Murphy | Paul Peter Murphy | united-kingdom | government | 2003-01-01 | 2005-05-31
    Paul Murphy | Paul Peter Murphy | united-kingdom | government | 2008-03-01 | 2009-06-30
    Paul Petursson |  | iceland | government | 2003-01-01 | 2003-05-31
    Paul Scoon |  | grenada | government | 1978-10-04 | 1992-08-06
    Paul Shabangu |  | eswatini | government | 2003-09-29 | 2003-11-26
    Paul Somohardjo |  | suriname | government | 2003-01-01 | 2003-01-31
    Paul Swain |  | new-zealand | government | 2003-09-01 | 2006-11-30
    Paul Telukluk |  | vanuatu | government | 2010-06-01 | 2011-01-31
    Paul Tiensten |  | papua-new-guinea | government | 2007-09-01 | 2007-09-30
    Paul Tony Steven Kandiero |  | malawi | government | 2003-01-01 | 2004-03-31
    Paul Toungui |  | gabon | government | 2003-01-01 | 2004-05-31
    Paul Vanden Boeynants |  | belgium | government | 1978-10-20 | 1979-04-03
    Paula Gopee Scoon |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Paula Navunisaravi |  | fiji | government | 2004-09-01 | 2007-08-31
    Paula Quintana |  | chile | government | 2008-03-01 | 2010-03-31
    Paulin Obame Nguema |  | gabon | government | 1994-11-02 | 1999-01-23
    Paulina Veloso |  | chile | government | 2006-05-01 | 2007-03-31
    Pauline Tallen |  | nigeria | government | 2003-01-01 | 2003-07-31
    Paulius Matane |  | papua-new-guinea | government | 2004-08-01 | 2010-12-31
    Paulo Bernardo |  | brazil | government | 2005-08-01 | 2010-12-31
    Paulo Kassoma |  | angola | government | 2008-12-01 | 2008-12-31
    Pavel Nemec |  | czech-republic | government | 2004-09-01 | 2006-09-30
    Pavel Rychetsky |  | czech-republic | government | 2003-01-01 | 2003-08-31
    Pavel Zarecky |  | czech-republic | government | 2005-05-01 | 2006-09-30
    Pavithra Wanniarachchi |  | sri-lanka | government | 2004-06-01 | 2005-11-30
    Pavol Hrivnak |  | slovakia | government | 1989-06-22 | 1989-12-12
    Pavol Rusko |  | slovakia | government | 2003-10-01 | 2005-10-31
    Pawel Wojciechowski |  | poland | government | 2006-07-01 | 2006-08-31
    Payadowa Boukpessi |  | togo | government | 2005-07-01 | 2009-02-28
    Peauafi Haukinima |  | tonga | government | 2005-04-01 | 2006-08-31
    Pedro Alberto Jose Gnavi |  | argentina | government | 1970-06-08 | 1970-06-18
    Pedro Brito |  | brazil | government | 2006-04-01 | 2007-03-31
    Pedro Carmona Estanga |  | venezuela | government | 2002-04-12 | 2002-04-13
    Pedro Catarino |  | portugal | government | 2005-04-01 | 2007-03-31
    Pedro Jose van Dunem |  | angola | government | 2003-01-01 | 2011-01-31
    Pedro Manuel dos Reis Alves Catarino |  | portugal | government | 2003-01-01 | 2005-03-31
    Pedro Miret Prieto |  | cuba | government | 2003-01-01 | 2009-03-31
    Pedro Morato Milaco |  | guinea | government | 2007-08-01 | 2008-08-31
    Pedro Morejon |  | venezuela | government | 2007-02-01 | 2009-03-31
    Pedro Pablo Kuczynski |  | peru | government | 2004-03-01 | 2006-08-31
    Pedro Pablo Kuczynski |  | peru | government | 2005-08-16 | 2006-07-28
    Pedro Padilla Tonos |  | dominican-republic | government | 2003-01-01 | 2003-05-31
    Pedro Paez Perez |  | ecuador | government | 2007-12-01 | 2009-01-31
    Pedro Pires | Pedro Verona Rodrigues Pires | cape-verde | government | 1975-07-08 | 1991-04-04
    Pedro Santana Lopes |  | portugal | government | 2004-07-17 | 2005-03-12
    Pedro Solbes |  | spain | government | 2004-05-01 | 2009-04-30
    Pedro Ticona Cruz |  | bolivia | government | 2005-03-01 | 2006-01-31
    Pedro Ucaim Lima |  | guinea | government | 2007-08-01 | 2008-08-31
    Pedro Vaz Ramela |  | uruguay | government | 2009-10-01 | 2010-03-31
    Pedro da Costa |  | guinea | government | 2007-08-01 | 2008-08-31
    Peer Steinbrueck |  | germany | government | 2005-12-01 | 2009-10-31
    Pehin Orang Kaya Laila Wijaya Dato Haji Abdul Aziz Umar |  | brunei | government | 1981-09-01 | 1983-12-31
    Pen Sovan |  | cambodia | government | 1981-06-27 | 1981-12-05
    Pengiran Anak Dato Haji Puteh |  | brunei | government | 2004-01-01 | 2005-07-31
    Pengiran Dipa Negara Laila Diraja Pengiran Abdul Mumin |  | brunei | government | 1972-01-01 | 1981-09-01
    Penijamini Ravulolo Tuikubulau Lomaloma |  | fiji | government | 2007-09-01 | 2010-03-31
    Penny Wong | Penny Yingyen Wong | australia | government | 2008-01-01 | 2010-04-30
    Per Kristian Foss |  | norway | government | 2003-01-01 | 2005-10-31
    Per Stig Moller |  | denmark | government | 2003-01-01 | 2004-08-31
    Percival James Patterson |  | jamaica | government | 2003-01-01 | 2006-03-31
    Percy Metsing Mangoaela |  | lesotho | government | 2003-01-01 | 2003-06-30
    Perry Christie |  | bahamas | government | 2002-05-03 | 2007-05-04
    Perry Christie |  | bahamas | government | 2003-01-01 | 2007-06-30
    Pervez Musharraf |  | pakistan | government | 2001-06-20 | 2008-08-18
    Pete Rouse |  | united-states | government | 2010-10-01 | 2011-01-13
    Peter Aparite Lokeris |  | uganda | government | 2003-01-01 | 2006-06-30
    Peter Balazs |  | hungary | government | 2009-05-01 | 2010-06-30
    Peter Barter |  | papua-new-guinea | government | 2003-01-01 | 2007-08-31
    Peter Boross |  | hungary | government | 1993-12-12 | 1994-07-15
    Peter Boyers |  | solomon-islands | government | 2004-10-01 | 2008-03-31
    Peter Burian |  | slovakia | government | 2003-01-01 | 2003-02-28
    Peter Chin Fah Kui |  | malaysia | government | 2004-11-01 | 2009-04-30
    Peter Colotka |  | slovakia | government | 1969-05-04 | 1988-10-12
    Peter Costello |  | australia | government | 2003-01-01 | 2007-12-31
    Peter Daka |  | zambia | government | 2008-12-01 | 2010-07-31
    Peter Donovan Mcentee |  | belize | government | 1976-06-01 | 1980-01-01
    Peter Dutton |  | australia | government | 2004-12-01 | 2007-12-31
    Peter Fachi |  | malawi | government | 2003-01-01 | 2004-06-30
    Peter Gautrey |  | brunei | government | 1972-01-01 | 1975-01-01
    Peter Hain |  | united-kingdom | government | 2003-01-01 | 2008-02-28
    Peter Hain |  | united-kingdom | government | 2009-07-01 | 2010-05-31
    Peter Hodgson |  | new-zealand | government | 2003-01-01 | 2006-11-30
    Peter Hodgson |  | new-zealand | government | 2008-05-01 | 2008-12-31
    Peter Hollingworth |  | australia | government | 2001-06-29 | 2003-05-28
    Peter Hollingworth |  | australia | government | 2003-01-01 | 2003-06-30
    Peter Kasenene |  | uganda | government | 2003-01-01 | 2006-06-30
    Peter Keisler |  | united-states | government | 2007-09-17 | 2007-11-09
    Peter Kenilorea |  | solomon-islands | government | 1976-07-14 | 1978-07-07
    Peter Kenilorea |  | solomon-islands | government | 1978-07-07 | 1981-08-31
    Peter Kenilorea |  | solomon-islands | government | 1984-11-19 | 1986-12-01
    Peter Kent |  | canada | government | 2008-12-01 | 2011-01-31
    Peter Kiss |  | hungary | government | 2004-07-01 | 2006-06-30
    Peter Kiss |  | hungary | government | 2007-07-01 | 2010-06-30
    Peter Mackay |  | canada | government | 2006-03-01 | 2008-10-31
    Peter Mafany Musonge |  | cameroon | government | 1996-09-19 | 2004-12-08
    Peter Maurer |  | switzerland | government | 2004-09-01 | 2010-07-31
    Peter Mcgauran |  | australia | government | 2003-01-01 | 2006-04-30
    Peter Medgyessy |  | hungary | government | 2002-05-27 | 2004-09-29
    Peter Mizengo Pinda |  | tanzania | government | 2008-03-01 | 2010-08-31
    Peter Moser |  | austria | government | 2003-01-01 | 2005-12-31
    Peter Oneill |  | papua-new-guinea | government | 2003-09-01 | 2004-05-31
    Peter Oresi |  | papua-new-guinea | government | 2003-01-01 | 2003-04-30
    Peter Oresi |  | papua-new-guinea | government | 2003-06-01 | 2004-06-30
    Peter Oszko |  | hungary | government | 2009-05-01 | 2010-06-30
    Peter Taylor |  | trinidad-and-tobago | government | 2008-01-01 | 2010-06-30
    Peter Tom |  | solomon-islands | government | 2009-09-01 | 2010-04-30
    Peter Tomka |  | slovakia | government | 2003-01-01 | 2003-07-31
    Peter Vanvelthoven |  | belgium | government | 2003-08-01 | 2005-10-31
    Peter van Loan |  | canada | government | 2007-02-01 | 2010-01-31
    Petr Kolar |  | czech-republic | government | 2007-02-01 | 2010-07-31
    Petr Mares |  | czech-republic | government | 2003-01-01 | 2004-08-31
    Petr Necas |  | czech-republic | government | 2006-10-01 | 2009-06-30
    Petr Pithart |  | czech-republic | government | 1990-02-06 | 1992-07-02
    Petre Roman |  | romania | government | 1989-12-26 | 1991-10-01
    Petros Molyviatis |  | greece | government | 2004-04-01 | 2006-02-28
    Petrus Compton |  | saint-lucia | government | 2003-01-01 | 2004-11-30
    Petrus Thomas |  | papua-new-guinea | government | 2004-07-01 | 2004-07-31
    Petrus Thomas |  | papua-new-guinea | government | 2006-03-01 | 2007-08-31
    Petur Mladenov |  | bulgaria | government | 1989-11-17 | 1990-04-03
    Petur Mladenov |  | bulgaria | government | 1990-04-03 | 1990-07-06
    Petur Stoyanov |  | bulgaria | government | 1997-01-22 | 2002-01-22
    Phaidon Ghizikis |  | greece | government | 1973-11-25 | 1974-12-14
    Pham Hung |  | vietnam | government | 1987-06-18 | 1988-03-10
    Pham van Dong |  | vietnam | government | 1955-09-20 | 1976-07-02
    Pham van Dong |  | vietnam | government | 1976-07-02 | 1987-06-18
    Phan Sina |  | cambodia | government | 2003-01-01 | 2004-11-30
    Phan van Khai |  | vietnam | government | 1997-09-25 | 2006-06-27
    Phanthong Phommahaxay |  | laos | government | 2003-01-01 | 2007-03-31
    Phesheya Dlamini |  | eswatini | government | 2005-09-01 | 2008-08-31
    Phesheya Mbongeni Dlamini |  | eswatini | government | 2008-09-01 | 2009-07-31
    Phiane Philakone |  | laos | government | 2007-04-01 | 2010-07-31
    Phil Goff |  | new-zealand | government | 2006-12-01 | 2008-10-31
    Philip Boedoro |  | vanuatu | government | 2003-01-01 | 2004-08-31
    Philip Byaruhanga |  | uganda | government | 2003-01-01 | 2006-06-30
    Philip C. Habib |  | united-states | government | 1977-01-20 | 1977-01-23
    Philip Goff |  | new-zealand | government | 2003-09-01 | 2006-11-30
    Philip Goff |  | new-zealand | government | 2008-11-01 | 2008-12-31
    Philip Marmo | Philip Sangka Marmo | tanzania | government | 2006-03-01 | 2010-12-31
    Philip Michael Jeffery |  | australia | government | 2003-07-01 | 2004-08-31
    Philip Michael Jeffery |  | australia | government | 2007-09-01 | 2008-09-30
    Philip Mvouo |  | republic-of-the-congo | government | 2007-04-01 | 2008-02-28
    Philip Reuben Arnott Sealy |  | trinidad-and-tobago | government | 2003-01-01 | 2008-08-31
    Philip Ruddock |  | australia | government | 2003-01-01 | 2007-12-31
    Philippe Courard |  | belgium | government | 2009-08-01 | 2009-11-30
    Philippe Deslandes |  | monaco | government | 2003-01-01 | 2005-02-28
    Philippe Douste Blazy |  | france | government | 2005-07-01 | 2007-05-31
    Phokin Phalakun |  | thailand | government | 2003-12-01 | 2005-03-31
    Phone Swe |  | myanmar | government | 2003-09-01 | 2003-09-30
    Phoumi Vongvichit |  | laos | government | 1986-10-31 | 1991-08-15
    Phumzile Gloria Mlambo Ngcuka | Phumzile Mlambo Ngcuka | south-africa | government | 2005-08-01 | 2008-10-31
    Pier Ferdinando Casini |  | italy | government | 2003-01-01 | 2006-05-31
    Pier Marino Menicucci |  | san-marino | government | 2003-04-01 | 2003-10-01
    Pierluigi Bersani |  | italy | government | 2006-06-01 | 2007-02-28
    Pierre Andre Futa |  | democratic-republic-of-the-congo | government | 2003-11-01 | 2004-07-31
    Pierre Andre Wiltzer |  | france | government | 2003-01-01 | 2004-03-31
    Pierre Beregovoy |  | france | government | 1992-04-02 | 1993-03-29
    Pierre Buyoya |  | burundi | government | 1987-09-03 | 1993-07-10
    Pierre Buyoya |  | burundi | government | 1996-07-25 | 2003-04-30
    Pierre Celestin Rwigema |  | rwanda | government | 1995-08-31 | 2000-03-08
    Pierre Charles |  | dominica | government | 2000-10-01 | 2004-01-06
    Pierre Charles |  | dominica | government | 2003-01-01 | 2004-01-31
    Pierre Claude Calixte |  | haiti | government | 2004-06-01 | 2005-06-30
    Pierre Elliott Trudeau |  | canada | government | 1968-04-20 | 1979-06-04
    Pierre Elliott Trudeau |  | canada | government | 1980-03-03 | 1984-06-30
    Pierre Helu |  | lebanon | government | 2003-01-01 | 2003-04-30
    Pierre Lellouche |  | france | government | 2009-07-01 | 2009-11-30
    Pierre Lumbi Okongo |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2010-02-28
    Pierre Manoka |  | democratic-republic-of-the-congo | government | 2005-12-01 | 2006-10-31
    Pierre Mauroy |  | france | government | 1981-05-21 | 1984-07-17
    Pierre Messmer |  | france | government | 1972-07-05 | 1974-05-27
    Pierre Moussa |  | republic-of-the-congo | government | 1990-12-03 | 1991-01-08
    Pierre Moussa |  | republic-of-the-congo | government | 2004-09-01 | 2004-11-30
    Pierre Oba |  | republic-of-the-congo | government | 2003-01-01 | 2004-08-31
    Pierre Pettigrew |  | canada | government | 2004-08-01 | 2006-02-28
    Pierre Schori |  | sweden | government | 2003-01-01 | 2004-09-30
    Pierre Tore |  | vanuatu | government | 2004-09-01 | 2005-04-30
    Pierre de Bousquet de Florian |  | andorra | government | 1997-02-01 | 1999-05-01
    Piet de Jong |  | netherlands | government | 1967-04-05 | 1971-07-06
    Pieter Willem Botha |  | south-africa | government | 1978-09-28 | 1983-09-14
    Pilar Armanet |  | chile | government | 2010-01-01 | 2010-03-31
    Pilar Masetti | Pilar Mazzetti Soler | peru | government | 2006-09-01 | 2007-02-28
    Piotr Czyzewski |  | poland | government | 2003-03-01 | 2004-01-31
    Piotr Jaroszewicz |  | poland | government | 1970-12-23 | 1980-02-18
    Piotr Wozniak |  | poland | government | 2005-12-01 | 2007-11-30
    Pipite Marcellino |  | vanuatu | government | 2004-09-01 | 2005-04-30
    Pir Aftab Hussain Shah Gillani |  | pakistan | government | 2008-12-01 | 2010-05-31
    Pjeter Arbnori |  | albania | government | 1992-04-06 | 1992-04-09
    Plamen Oresharski |  | bulgaria | government | 2005-09-01 | 2009-08-31
    Plamen Panayotov |  | bulgaria | government | 2005-05-01 | 2005-08-31
    Pol Pot |  | cambodia | government | 1976-05-13 | 1979-01-07
    Polycarpe Abah Abah |  | cameroon | government | 2005-02-01 | 2007-10-31
    Pon Radhakrishnan |  | india | government | 2003-01-01 | 2003-04-30
    Portia Simpson Miller |  | jamaica | government | 2006-03-30 | 2007-09-11
    Portia Simpson Miller |  | jamaica | government | 2006-04-01 | 2007-09-30
    Poseci Bune |  | fiji | government | 2007-09-01 | 2010-03-31
    Posi Menai |  | papua-new-guinea | government | 2004-07-01 | 2007-08-31
    Potame Nizigire |  | burundi | government | 2005-09-01 | 2007-07-31
    Poul Nyrup Rasmussen |  | denmark | government | 1993-01-25 | 2001-11-27
    Poul Schluter |  | denmark | government | 1982-09-10 | 1993-01-25
    Prabhu Narayan Chaudhary |  | nepal | government | 2006-06-01 | 2007-04-30
    Prahlad Singh Patel |  | india | government | 2003-07-01 | 2004-01-31
    Prakash Chandra Lohani |  | nepal | government | 2003-09-01 | 2004-06-30
    Prakash Man Singh |  | nepal | government | 2004-08-01 | 2005-02-28
    Prakashman Singh |  | nepal | government | 2004-07-01 | 2005-02-28
    Prasad Kariyawasam |  | sri-lanka | government | 2005-06-01 | 2009-09-30
    Pravin Jugnauth |  | mauritius | government | 2003-11-01 | 2005-08-31
    Prawit Rattanaphien |  | thailand | government | 2005-10-01 | 2006-10-31
    Prem Chand Gupta |  | india | government | 2005-12-01 | 2009-07-31
    Prem Tinsulanonda |  | thailand | government | 1980-03-03 | 1988-08-04
    Premdut Koonjoo |  | mauritius | government | 2003-01-01 | 2003-10-31
    Pridiyathon Thewakun |  | thailand | government | 2006-11-01 | 2007-03-31
    Prithviraj Putten |  | mauritius | government | 2004-01-01 | 2005-08-31
    Priyaranjan Dasmunsi | Priyaranjan Dasmunshi | india | government | 2004-06-01 | 2009-07-31
    Prokopis Pavlopoulos |  | greece | government | 2004-04-01 | 2009-10-31
    Prommin Lertsuridel | Prommin Lertsuridet | thailand | government | 2003-01-01 | 2003-08-31
    Protais Mitali |  | rwanda | government | 2004-07-01 | 2004-10-31
    Protais Musoni |  | rwanda | government | 2003-02-01 | 2004-10-31
    Prum Sokha |  | cambodia | government | 2003-01-01 | 2004-11-30
    Przemyslaw Gosiewski |  | poland | government | 2007-06-01 | 2007-11-30
    Przemyslaw Grudzinski |  | poland | government | 2003-01-01 | 2005-11-30
    Puka Temu |  | papua-new-guinea | government | 2003-01-01 | 2003-08-31
    Puka Temu |  | papua-new-guinea | government | 2007-09-01 | 2010-08-31
    Punsalmaagiyn Ochirbat |  | mongolia | government | 1990-03-21 | 1990-09-03
    Punsalmaagiyn Ochirbat |  | mongolia | government | 1990-09-03 | 1997-06-20
    Puntsagiyn Jasray |  | mongolia | government | 1992-07-21 | 1996-07-19
    Purachai Piamsombun |  | thailand | government | 2003-09-01 | 2005-03-31
    Purna Bahadur Khadka |  | nepal | government | 2004-08-01 | 2005-02-28
    Purna Bia |  | guinea | government | 2006-06-01 | 2007-07-31
    Pushpa Kamal Dahal |  | nepal | government | 2008-09-01 | 2009-06-30
    Puteh Ibni Mohammad Alam |  | brunei | government | 2003-01-01 | 2003-12-31
    Puteh Ibni Mohammad Alam |  | brunei | government | 2005-08-01 | 2008-07-31
    Qamar Zaman Kaira |  | pakistan | government | 2008-05-01 | 2008-07-31
    Qamar Zaman Kaira |  | pakistan | government | 2008-12-01 | 2009-12-31
    Qasim Ahmad al Ajam | Qasim al Ajam | yemen | government | 2003-06-01 | 2009-06-30
    Qasim Ibrahim |  | maldives | government | 2008-12-01 | 2009-11-30
    Qian Qichen |  | china | government | 2003-01-01 | 2003-04-30
    Qolam Ali Hadad Adel |  | iran | government | 2004-12-01 | 2008-07-31
    Qolam Husein Elham | Qolam Hosein Elham | iran | government | 2007-08-01 | 2009-11-30
    Qoriniasi Bale |  | fiji | government | 2003-01-01 | 2007-08-31
    Quach le Thanh |  | vietnam | government | 2003-01-01 | 2007-08-31
    Quett Masire |  | botswana | government | 1980-07-13 | 1998-03-31
    Qutbi al Mahdi |  | sudan | government | 2003-01-01 | 2005-10-31
    Raad Zeid Hussein al Zeid |  | jordan | government | 2003-01-01 | 2003-03-31
    Rabah Bitat |  | algeria | government | 1978-12-27 | 1979-02-09
    Rabbie Namaliu |  | papua-new-guinea | government | 1988-07-04 | 1992-07-17
    Rabbie Namaliu |  | papua-new-guinea | government | 2004-12-01 | 2007-08-31
    Rachid Talbi el Amami | Rachid Talbi el Alami | morocco | government | 2004-07-01 | 2004-07-31
    Rachid Talbi el Amami | Rachid Talbi el Alami | morocco | government | 2004-09-01 | 2007-10-31
    Rachid ben Massoundi |  | comoros | government | 2003-01-01 | 2003-05-31
    Radu Vasile |  | romania | government | 1998-04-17 | 1999-12-14
    Radvan Bold |  | mongolia | government | 2004-09-01 | 2008-05-31
    Raed abu Saud |  | jordan | government | 2003-11-01 | 2005-04-30
    Rafaa Dekhil |  | tunisia | government | 2005-01-01 | 2005-10-31
    Rafael Addiego Bruno |  | uruguay | government | 1985-02-12 | 1985-03-01
    Rafael Angel Calderon Fournier |  | costa-rica | government | 1990-05-08 | 1994-05-08
    Rafael Branco |  | sao-tome-and-principe | government | 2008-07-01 | 2008-07-31
    Rafael Caldera |  | venezuela | government | 1994-02-02 | 1999-02-02
    Rafael Calderon |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Rafael Correa Delgado |  | ecuador | government | 2005-05-01 | 2005-10-31
    Rafael Eitan |  | israel | government | 2006-06-01 | 2009-03-31
    Rafael Espada |  | guatemala | government | 2008-03-01 | 2009-01-31
    Rafael Hui Si Yan |  | china | government | 2005-08-01 | 2007-07-31
    Rafael Isea |  | venezuela | government | 2008-03-01 | 2008-06-30
    Rafael Leonardo Callejas |  | honduras | government | 1990-01-27 | 1994-01-27
    Rafael Macedo de la Concha |  | mexico | government | 2003-01-01 | 2005-05-31
    Rafael Mezquita |  | panama | government | 2009-01-01 | 2009-07-31
    Rafael Paasio |  | finland | government | 1972-02-23 | 1972-09-04
    Rafael Parreno Navas |  | ecuador | government | 2006-08-01 | 2007-01-31
    Rafael Rey Rey |  | peru | government | 2006-09-01 | 2008-10-31
    Rafal Wiechecki |  | poland | government | 2006-06-01 | 2007-08-31
    Rafi Eitan |  | israel | government | 2006-06-01 | 2009-03-31
    Rafiq Hariri |  | lebanon | government | 1992-10-31 | 1998-12-02
    Rafiq Hariri |  | lebanon | government | 2000-10-23 | 2004-10-21
    Rahm Emanuel |  | united-states | government | 2009-01-20 | 2010-10-01
    Raila Odinga | Raila Amolo Odinga | kenya | government | 2003-01-01 | 2006-02-28
    Raimundo Pereira | Raimundo Perreira | guinea | government | 2009-04-01 | 2009-10-31
    Rainier Imperti |  | monaco | government | 2005-03-01 | 2009-09-30
    Rais bin Yatim | Rais Yatim | malaysia | government | 2003-01-01 | 2004-10-31
    Rais bin Yatim | Rais Yatim | malaysia | government | 2008-04-01 | 2009-04-30
    Raja Roy |  | bangladesh | government | 2008-03-01 | 2009-01-31
    Rajai Muasher |  | jordan | government | 2010-01-01 | 2010-11-30
    Raje Vasundhara |  | india | government | 2003-02-01 | 2003-04-30
    Rajiha bint Abd al Amir bin Ali |  | oman | government | 2004-12-01 | 2004-12-31
    Rajitha Senaratne |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Rajiv Gandhi |  | india | government | 1984-10-31 | 1989-12-02
    Rajmah Binti Hussain |  | malaysia | government | 2007-10-01 | 2008-07-31
    Ralechate Mokose |  | lesotho | government | 2003-03-01 | 2007-10-31
    Ralph Fonseca |  | belize | government | 2004-01-01 | 2004-11-30
    Ralph Fonseca |  | belize | government | 2006-05-01 | 2008-02-28
    Ralph Goodale |  | canada | government | 2003-01-01 | 2003-05-31
    Ralph Goodale |  | canada | government | 2003-07-01 | 2006-02-28
    Ralph Kasambara |  | malawi | government | 2005-09-01 | 2006-06-30
    Ralph Recto |  | philippines | government | 2008-09-01 | 2010-07-31
    Ram Baran Yadav | Ram Chandra Raya Yadav | nepal | government | 2008-03-01 | 2008-09-30
    Ram Chandra Poudel |  | nepal | government | 2007-05-01 | 2008-09-30
    Ram Sharan Mahat |  | nepal | government | 2006-06-01 | 2008-08-31
    Ram Vilas Paswan |  | india | government | 2004-06-01 | 2009-07-31
    Rama Yade |  | france | government | 2009-07-01 | 2009-11-30
    Ramadeluka Seretse |  | botswana | government | 2004-12-01 | 2008-04-30
    Ramadhan Karenga |  | burundi | government | 2007-08-01 | 2007-11-30
    Ramakrishna Sithanen |  | mauritius | government | 2005-09-01 | 2010-06-30
    Ramaswamy Venkataraman |  | india | government | 1987-07-25 | 1992-07-25
    Ramazan Bashardost |  | afghanistan | government | 2004-06-01 | 2004-12-31
    Ramdien Sardjoe |  | suriname | government | 2007-07-01 | 2010-08-31
    Ramesh Nath Pandey |  | nepal | government | 2003-01-01 | 2003-08-31
    Ramesh Nath Pandey |  | nepal | government | 2005-03-01 | 2006-05-31
    Ramiro Azevedo |  | cape-verde | government | 2006-09-01 | 2008-07-31
    Ramiro de Leon Carpio |  | guatemala | government | 1993-06-06 | 1996-01-14
    Ramiz Alia |  | albania | government | 1982-11-22 | 1991-04-30
    Ramiz Alia |  | albania | government | 1991-04-30 | 1992-04-03
    Rammotsi Lehata |  | lesotho | government | 2004-12-01 | 2007-10-31
    Ramon Alonzo Carrizales Rengifo | Ramon Alonzo Carrizalez Rengifo | venezuela | government | 2004-04-01 | 2010-01-31
    Ramon Hnatyshyn |  | canada | government | 1990-01-29 | 1995-02-08
    Ramon Jose Velasquez |  | venezuela | government | 1993-06-05 | 1994-02-02
    Ramon Medina |  | honduras | government | 2003-01-01 | 2006-02-28
    Ramon Morales Quijano |  | panama | government | 2003-01-01 | 2005-03-31
    Ramon Puerta |  | argentina | government | 2001-12-21 | 2001-12-23
    Ramsewak Shankar |  | suriname | government | 1988-01-25 | 1990-12-24
    Ramsey Clark |  | united-states | government | 1966-11-28 | 1969-01-20
    Ranasinghe Premadasa |  | sri-lanka | government | 1978-02-06 | 1989-03-03
    Ranasinghe Premadasa |  | sri-lanka | government | 1989-01-02 | 1993-05-01
    Ranendra Sen |  | india | government | 2004-07-01 | 2009-06-30
    Rangin Dadfar Spanta |  | afghanistan | government | 2006-06-01 | 2010-01-31
    Ranil Wickremasinghe |  | sri-lanka | government | 1993-05-07 | 1994-08-19
    Ranil Wickremasinghe |  | sri-lanka | government | 2001-12-09 | 2004-04-06
    Raoul Cedras |  | haiti | government | 1991-10-01 | 1991-10-08
    Raphael Mhone |  | malawi | government | 2004-03-01 | 2004-06-30
    Raphael Tuju |  | kenya | government | 2006-04-01 | 2008-02-28
    Raphael Worwor |  | vanuatu | government | 2003-01-01 | 2003-11-30
    Raphael Worwor |  | vanuatu | government | 2010-06-01 | 2010-12-31
    Raqad bin Salim al Raqad |  | united-arab-emirates | government | 2003-01-01 | 2005-01-31
    Rashad Ahmad al Rasas |  | yemen | government | 2003-06-01 | 2006-02-28
    Rashad Muhammad al Alimi |  | yemen | government | 2007-04-01 | 2008-05-31
    Rashid As Solh |  | lebanon | government | 1992-05-13 | 1992-10-31
    Rashid Ba Raba | Rashid Ba Rabba | yemen | government | 2003-01-01 | 2004-10-31
    Rashid Ba Raba | Rashid Ba Rabba | yemen | government | 2004-12-01 | 2006-02-28
    Rashid Bakr |  | sudan | government | 1976-08-11 | 1977-09-10
    Rashid Muhammad al Alami | Rashid Muhammad al Alimi | yemen | government | 2003-01-01 | 2007-03-31
    Rashid bin Abdallah al Nuaymi |  | united-arab-emirates | government | 2003-01-01 | 2006-02-28
    Rastam bin Mohamed Isa |  | malaysia | government | 2003-08-01 | 2005-07-31
    Rastislav Kacer |  | slovakia | government | 2003-09-01 | 2008-12-31
    Ratnasiri Wickremanayake |  | sri-lanka | government | 2000-08-10 | 2001-12-09
    Ratu Josefa Iloilo |  | fiji | government | 2000-07-18 | 2001-03-15
    Ratu Kamisese Mara |  | fiji | government | 1967-09-01 | 1970-10-10
    Ratu Tevita Momoedonu |  | fiji | government | 2001-03-14 | 2001-03-16
    Rauhi Fattouh |  | palestine | government | 2004-11-11 | 2005-01-15
    Raul Alberto Lastiri |  | argentina | government | 1973-07-13 | 1973-10-12
    Raul Alfonsin |  | argentina | government | 1983-12-10 | 1989-07-08
    Raul Antonio Velasquez Ramos |  | guatemala | government | 2009-08-01 | 2010-03-31
    Raul Baca |  | ecuador | government | 2004-01-01 | 2004-11-30
    Raul Carrion |  | ecuador | government | 2007-02-01 | 2007-03-31
    Raul Carrion |  | ecuador | government | 2007-05-01 | 2009-01-31
    Raul Cubas Grau |  | paraguay | government | 1998-08-15 | 1999-03-28
    Raul Diez Canseco |  | peru | government | 2003-01-01 | 2004-02-28
    Raul Gangotena |  | ecuador | government | 2003-06-01 | 2003-07-31
    Raul Gangotena |  | ecuador | government | 2004-06-01 | 2005-04-30
    Ravan A.g. Farhadi |  | afghanistan | government | 2003-08-01 | 2007-01-31
    Ravi Yerrigadoo |  | mauritius | government | 2003-01-01 | 2005-08-31
    Raymond Anthony |  | grenada | government | 2003-01-01 | 2006-03-31
    Raymond Audi |  | lebanon | government | 2008-08-01 | 2009-11-30
    Raymond Barre |  | france | government | 1976-08-25 | 1981-05-21
    Raymond Ounouted |  | guinea | government | 2009-04-01 | 2011-01-31
    Raymond Ramazani Baya |  | democratic-republic-of-the-congo | government | 2004-08-01 | 2007-01-31
    Raymond Wong |  | china | government | 2005-01-01 | 2006-12-31
    Rebeca Santos | Rebeca Patricia Santos | honduras | government | 2006-07-01 | 2010-01-31
    Recep Tayyip Erdogan | Recep Erdogan | turkey | government | 2002-11-18 | 2003-03-14
    Redha Malek |  | algeria | government | 1992-01-14 | 1994-01-31
    Redha Malek |  | algeria | government | 1993-08-21 | 1994-04-11
    Reginald Farley |  | barbados | government | 2006-03-01 | 2008-02-28
    Reginald James Wallace |  | kiribati | government | 1978-01-01 | 1979-07-12
    Reginald Palmer |  | grenada | government | 1992-08-06 | 1996-08-09
    Rein Morris |  | marshall-islands | government | 2004-02-01 | 2006-02-28
    Reinaldo Gargano |  | uruguay | government | 2005-03-01 | 2008-03-31
    Reinhold Lopatka |  | austria | government | 2007-02-01 | 2009-07-31
    Remigio Hernani Melone |  | peru | government | 2008-11-01 | 2009-02-28
    Remy Namaduk |  | nauru | government | 2003-01-01 | 2003-06-30
    Renato Schifani |  | italy | government | 2008-06-01 | 2008-09-30
    Renaud Dutreil |  | france | government | 2003-03-01 | 2003-08-31
    Renaud Dutreil |  | france | government | 2004-04-01 | 2005-06-30
    Renaud Muselier |  | france | government | 2003-01-01 | 2005-06-30
    Rene Antonio Leon Rodriguez |  | el-salvador | government | 2003-01-01 | 2009-10-31
    Rene Felber |  | switzerland | government | 1992-01-01 | 1992-12-31
    Rene Figueroa |  | el-salvador | government | 2004-05-01 | 2004-10-31
    Rene Figueroa |  | el-salvador | government | 2004-12-01 | 2006-12-31
    Rene Gomez Garcia |  | bolivia | government | 2005-03-01 | 2005-06-30
    Rene Gonzalo Orellana |  | bolivia | government | 2008-05-01 | 2009-02-28
    Rene Harris |  | nauru | government | 1999-04-27 | 2000-04-20
    Rene Harris |  | nauru | government | 2001-03-30 | 2003-01-09
    Rene Harris |  | nauru | government | 2003-01-01 | 2003-06-30
    Rene Harris |  | nauru | government | 2003-01-17 | 2003-01-18
    Rene Harris |  | nauru | government | 2003-08-08 | 2004-06-22
    Rene Harris |  | nauru | government | 2003-09-01 | 2004-07-31
    Rene Moawad |  | lebanon | government | 1989-11-05 | 1989-11-22
    Rene Ndemezo Obiang |  | gabon | government | 2003-01-01 | 2007-04-30
    Rene Preval |  | haiti | government | 1991-02-13 | 1991-10-11
    Rene Preval |  | haiti | government | 1996-02-07 | 2001-02-07
    Rene Villa |  | philippines | government | 2004-09-01 | 2005-07-31
    Rene Ze Nguele |  | cameroon | government | 2003-01-01 | 2005-01-31
    Reneta Indzhova |  | bulgaria | government | 1994-10-17 | 1995-01-25
    Rennie Dumas |  | trinidad-and-tobago | government | 2003-01-01 | 2007-12-31
    Renu Yadav |  | nepal | government | 2003-09-01 | 2004-06-30
    Reuben K. Uatioa |  | kiribati | government | 1971-04-01 | 1974-05-01
    Rexhep Meidani |  | albania | government | 1997-07-24 | 2002-07-24
    Rey Pagtakhan |  | canada | government | 2003-01-01 | 2004-07-31
    Reynaldo Bignone |  | argentina | government | 1982-07-01 | 1983-12-10
    Rezlan Ishar Jenie |  | indonesia | government | 2004-11-01 | 2008-04-30
    Ri Kwang Ho |  | north-korea | government | 2004-12-01 | 2009-04-30
    Riak Gai |  | sudan | government | 2003-01-01 | 2004-08-31
    Ricardo Alberto Arias |  | panama | government | 2005-04-01 | 2009-04-30
    Ricardo Calla Ortega |  | bolivia | government | 2004-06-01 | 2005-02-28
    Ricardo Esmahan Daubuisson |  | el-salvador | government | 2008-08-01 | 2009-06-30
    Ricardo Lagos Escobar |  | chile | government | 2000-03-11 | 2006-03-11
    Ricardo Maduro |  | honduras | government | 2002-01-27 | 2006-01-27
    Ricardo Mangue Obama Nfube |  | equatorial-guinea | government | 2004-07-01 | 2010-07-31
    Ricardo Mangue Obama Nfubea |  | equatorial-guinea | government | 2006-08-14 | 2008-07-08
    Ricardo Martinelli Berrocal |  | panama | government | 2003-01-01 | 2003-01-31
    Ricardo Patino |  | ecuador | government | 2007-02-01 | 2010-01-31
    Ricaurte Vasquez |  | panama | government | 2004-10-01 | 2007-03-31
    Richard Anane |  | ghana | government | 2003-01-01 | 2009-03-31
    Richard Baloyi |  | south-africa | government | 2008-11-01 | 2010-10-31
    Richard Burton |  | new-zealand | government | 2003-01-01 | 2005-08-31
    Richard Cheney |  | united-states | government | 1975-11-01 | 1977-01-20
    Richard Cheney |  | united-states | government | 2001-01-20 | 2009-01-20
    Richard Flomo |  | liberia | government | 2003-01-01 | 2003-10-31
    Richard Frederick | Richard Fredrick | saint-lucia | government | 2007-03-01 | 2008-06-30
    Richard G. Kleindienst |  | united-states | government | 1972-02-15 | 1973-05-25
    Richard Holbrooke |  | united-states | government | 1999-08-25 | 2001-01-20
    Richard M. Nixon | Richard Nixon | united-states | government | 1953-01-21 | 1961-01-20
    Richard M. Nixon | Richard Nixon | united-states | government | 1969-01-20 | 1974-08-09
    Richard Msowoya |  | malawi | government | 2006-07-01 | 2009-06-30
    Richard Nduhura | Richard Nduhuura | uganda | government | 2005-02-01 | 2006-06-30
    Richard Ryan |  | ireland | government | 2003-01-01 | 2005-10-31
    Richard Sezibera |  | rwanda | government | 2003-01-01 | 2003-04-30
    Richard Thornburgh |  | united-states | government | 1988-08-12 | 1991-08-15
    Richard V. Allen |  | united-states | government | 1981-01-21 | 1982-01-04
    Richard von Weizsacker |  | germany | government | 1984-07-01 | 1994-06-30
    Rick Barker |  | new-zealand | government | 2003-09-01 | 2008-12-31
    Ridha Grira |  | tunisia | government | 2003-01-01 | 2010-02-28
    Rien Morris |  | marshall-islands | government | 2003-01-01 | 2004-01-31
    Rien R. Morris |  | marshall-islands | government | 2006-03-01 | 2008-07-31
    Rigoberto Tiglao |  | philippines | government | 2004-09-01 | 2004-09-30
    Rina Contreras Lopez |  | costa-rica | government | 2003-01-01 | 2004-09-30
    Rinchinnyamyn Amarjargal |  | mongolia | government | 1999-07-30 | 2000-07-26
    Rita Kieber Beck | Rita Keiber Beck | liechtenstein | government | 2003-01-01 | 2009-06-30
    Rita Verdonk |  | netherlands | government | 2003-06-01 | 2007-02-28
    Ro Jai Bong |  | south-korea | government | 1990-12-27 | 1991-05-24
    Rob Hessing |  | netherlands | government | 2003-01-01 | 2003-05-31
    Rob Nicholson |  | canada | government | 2006-03-01 | 2007-01-31
    Robert C. Mcfarlane |  | united-states | government | 1983-10-17 | 1985-12-04
    Robert Cutler |  | united-states | government | 1953-03-23 | 1955-04-02
    Robert Cutler |  | united-states | government | 1957-01-07 | 1958-06-24
    Robert David Muldoon |  | new-zealand | government | 1975-12-12 | 1984-07-26
    Robert F. Kennedy |  | united-states | government | 1961-01-20 | 1964-09-03
    Robert H. Bork |  | united-states | government | 1973-10-20 | 1974-01-04
    Robert John Sawers |  | united-kingdom | government | 2008-11-01 | 2010-05-31
    Robert Kalinak |  | slovakia | government | 2006-08-01 | 2010-07-31
    Robert Koopaol |  | papua-new-guinea | government | 2003-01-01 | 2003-08-31
    Robert Lovett |  | united-states | government | 1949-01-20 | 1949-01-21
    Robert M. Hill |  | australia | government | 2006-05-01 | 2009-07-31
    Robert Malval |  | haiti | government | 1993-08-30 | 1994-11-08
    Robert Mugabe | Robert Gabriel Mugabe | zimbabwe | government | 1980-04-18 | 1987-12-31
    Robert Nemcsics |  | slovakia | government | 2003-01-01 | 2003-09-30
    Robert Polanco |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Robert Ulysse |  | haiti | government | 2004-04-01 | 2004-05-31
    Robert White |  | mozambique | government | 2003-01-01 | 2005-02-28
    Roberto Abdenur |  | brazil | government | 2004-07-01 | 2007-08-31
    Roberto Alfaro |  | panama | government | 2003-03-01 | 2004-10-31
    Roberto Amaral |  | brazil | government | 2003-01-01 | 2004-02-28
    Roberto Armando Ferreira Cacheu |  | guinea | government | 2007-08-01 | 2008-08-31
    Roberto Barbery Anaya |  | bolivia | government | 2003-11-01 | 2005-06-30
    Roberto Calderoli |  | italy | government | 2005-04-01 | 2006-02-28
    Roberto Danino |  | peru | government | 2001-07-28 | 2002-07-12
    Roberto Danino |  | peru | government | 2003-02-01 | 2004-02-28
    Roberto Eduardo Viola |  | argentina | government | 1981-03-29 | 1981-12-11
    Roberto Flores Bermudez |  | honduras | government | 2007-11-01 | 2009-10-31
    Roberto Gallardo |  | costa-rica | government | 2007-11-01 | 2010-05-31
    Roberto Giorgetti |  | san-marino | government | 2006-10-01 | 2007-04-01
    Roberto Giorgetti |  | san-marino | government | 2007-01-01 | 2007-03-31
    Roberto Gonzalez Segovia | Roberto Gonzalez | paraguay | government | 2003-09-01 | 2003-10-31
    Roberto Junguito |  | colombia | government | 2003-01-01 | 2003-07-31
    Roberto Lavagna |  | argentina | government | 2003-01-01 | 2005-11-30
    Roberto Leal Monteiro Ngongo |  | angola | government | 2006-03-01 | 2010-10-31
    Roberto Mangabeira Unger |  | brazil | government | 2009-03-01 | 2010-05-31
    Roberto Marcelo Levingston |  | argentina | government | 1970-06-18 | 1971-03-22
    Roberto Maroni |  | italy | government | 2008-06-01 | 2008-09-30
    Roberto Pagdanganam | Roberto Pagdanganan | philippines | government | 2003-02-01 | 2004-04-30
    Roberto Raschi |  | san-marino | government | 2004-10-01 | 2005-04-01
    Roberto Raschi |  | san-marino | government | 2005-01-01 | 2005-04-30
    Robin Cook |  | united-kingdom | government | 2003-01-01 | 2003-02-28
    Robin Yearwood |  | antigua-and-barbuda | government | 2003-01-01 | 2004-03-31
    Rocco Buttiglione |  | italy | government | 2003-01-01 | 2006-05-31
    Roch Marc Christian Kabore |  | burkina-faso | government | 1994-03-22 | 1996-02-06
    Rod Kemp |  | australia | government | 2003-01-01 | 2007-08-31
    Rodolfo Nin Nova | Rodolfo Nin Novoa | uruguay | government | 2005-03-01 | 2010-03-31
    Rodolfo Terragno |  | argentina | government | 1999-12-10 | 2000-10-05
    Rodolphe Adada |  | republic-of-the-congo | government | 2003-01-01 | 2007-06-30
    Rodrigo Arias |  | costa-rica | government | 2006-07-01 | 2010-05-31
    Rodrigo Borja Cevallos |  | ecuador | government | 1988-08-10 | 1992-08-10
    Rodrigo Chavez |  | venezuela | government | 2004-08-01 | 2005-04-30
    Rodrigo Eduardo Cabezas Morales |  | venezuela | government | 2007-02-01 | 2008-02-28
    Rodrigo Malmierca Diaz |  | cuba | government | 2005-09-01 | 2005-10-31
    Rodrigo Malmierca Diaz |  | cuba | government | 2006-01-01 | 2008-12-31
    Rodrigo Rato Figaredo |  | spain | government | 2003-01-01 | 2004-04-30
    Rodwell Ferguson |  | belize | government | 2007-07-01 | 2008-02-28
    Roelf de Boer |  | netherlands | government | 2003-01-01 | 2003-05-31
    Rogatien Biaou |  | benin | government | 2003-07-01 | 2006-04-30
    Rogelio Benitez |  | paraguay | government | 2005-08-01 | 2007-06-30
    Rogelio Pardo Evans |  | costa-rica | government | 2003-01-01 | 2004-10-31
    Roger Abiut |  | vanuatu | government | 2004-05-11 | 2004-07-29
    Roger Abuit |  | vanuatu | government | 2004-07-01 | 2004-08-31
    Roger Boynes |  | trinidad-and-tobago | government | 2003-01-01 | 2007-12-31
    Roger Karoutchi |  | france | government | 2007-06-01 | 2009-06-30
    Roger Melingui |  | cameroon | government | 2003-01-01 | 2005-01-31
    Roger Nimy |  | democratic-republic-of-the-congo | government | 2005-03-01 | 2005-11-30
    Roger Rigobert Andely |  | republic-of-the-congo | government | 2004-09-01 | 2008-02-28
    Roh Moo Hyun |  | south-korea | government | 2003-02-25 | 2008-02-25
    Roh Tae Woo |  | south-korea | government | 1988-02-25 | 1993-02-25
    Rohitha Bogollagama |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Roland Eng |  | cambodia | government | 2003-01-01 | 2005-11-30
    Roland Kpotsra | Roland Yao Kpotsra | togo | government | 2003-01-01 | 2003-09-30
    Roland Kpotsra | Roland Yao Kpotsra | togo | government | 2003-11-01 | 2005-06-30
    Roland Kpotsra | Roland Yao Kpotsra | togo | government | 2008-09-01 | 2009-08-31
    Roland Massaquoi |  | liberia | government | 2003-01-01 | 2003-07-31
    Roland Massaquoi |  | liberia | government | 2003-09-01 | 2003-10-31
    Rolando Andaya |  | philippines | government | 2006-03-01 | 2010-03-31
    Romain Murenzi |  | rwanda | government | 2006-04-01 | 2009-08-31
    Roman Giertych |  | poland | government | 2006-06-01 | 2007-08-31
    Roman Herzog |  | germany | government | 1994-07-01 | 1999-06-30
    Roman Mayorga Quiros |  | el-salvador | government | 1979-10-17 | 1980-01-05
    Romano Prodi |  | italy | government | 2006-05-17 | 2008-05-08
    Romeo Leblanc |  | canada | government | 1995-02-08 | 1999-10-07
    Romulo Alfredo Caballeros |  | guatemala | government | 2009-02-01 | 2009-04-30
    Romulo Caballeros |  | guatemala | government | 2008-06-01 | 2009-01-31
    Romulo Neri |  | philippines | government | 2003-02-01 | 2006-02-28
    Romulo Neri |  | philippines | government | 2006-07-01 | 2008-08-31
    Romulo Pizarro Tomassi |  | peru | government | 2005-09-01 | 2006-08-31
    Romulo Roux |  | panama | government | 2009-08-01 | 2010-04-30
    Romy Schmidt |  | chile | government | 2006-05-01 | 2010-03-31
    Ronald Gajraj |  | guyana | government | 2003-01-01 | 2004-01-31
    Ronald Gajraj |  | guyana | government | 2004-03-01 | 2005-05-31
    Ronald Reagan | Ronald Wilson Reagan | united-states | government | 1981-01-20 | 1989-01-20
    Ronald Venetiaan |  | suriname | government | 1991-09-16 | 1996-09-15
    Ronaldo Mota Sardenberg |  | brazil | government | 2003-03-01 | 2007-07-31
    Ronaldo Puno |  | philippines | government | 2006-03-01 | 2010-07-31
    Ronaldo Sardenberg |  | brazil | government | 2003-01-01 | 2003-01-31
    Roni Bar On |  | israel | government | 2006-02-01 | 2009-03-31
    Roni Milo |  | israel | government | 2003-01-01 | 2003-06-30
    Ronnie Kasrils |  | south-africa | government | 2003-01-01 | 2004-05-31
    Ronnie Shikapwasha |  | zambia | government | 2003-02-01 | 2008-11-30
    Roosevelt Chica Zambrano |  | ecuador | government | 2006-03-01 | 2007-01-31
    Rory Brady |  | ireland | government | 2003-01-01 | 2007-06-30
    Rosa Zafferani |  | san-marino | government | 2008-04-01 | 2009-03-31
    Rosabel Verdara |  | panama | government | 2003-01-01 | 2004-09-30
    Rosalia Arteaga Serrano |  | ecuador | government | 1997-02-09 | 1997-02-11
    Rosalia Gil |  | costa-rica | government | 2003-01-01 | 2006-06-30
    Rose Francine Rogombe |  | gabon | government | 2009-07-01 | 2010-01-31
    Rose Gahiru | Rose Gahiro | burundi | government | 2009-03-01 | 2010-09-30
    Rosemary Banks |  | new-zealand | government | 2005-09-01 | 2009-07-31
    Rosemary Kobusingye Museminali | Rosemary Kobusingye Museminari | rwanda | government | 2005-09-01 | 2009-12-31
    Rosie Douglas |  | dominica | government | 2000-02-03 | 2000-10-01
    Rosny Smarth |  | haiti | government | 1996-03-06 | 1997-10-20
    Rostom al Zoubi |  | syria | government | 2003-01-01 | 2003-07-31
    Rosy Bindi |  | italy | government | 2006-06-01 | 2008-05-31
    Rota Onorio |  | kiribati | government | 1982-12-10 | 1983-02-18
    Roy Chaderton |  | venezuela | government | 2003-01-01 | 2004-07-31
    Roy Ferguson | Roy Neil Ferguson | new-zealand | government | 2006-03-01 | 2010-08-31
    Ruben Arosemena Valdes | Ruben Arosemena Vales | panama | government | 2004-10-01 | 2009-07-31
    Ruben Ramirez Lezcano |  | paraguay | government | 2006-09-01 | 2008-08-31
    Rubens Antonio Barbosa |  | brazil | government | 2003-01-01 | 2004-04-30
    Rudecindo Vega |  | peru | government | 2005-09-01 | 2006-08-31
    Rudolf Hundstorfer |  | austria | government | 2009-01-01 | 2009-08-31
    Rudolf Kirchschlager |  | austria | government | 1974-07-08 | 1986-07-08
    Rudolf Schuster |  | slovakia | government | 1999-06-15 | 2004-06-15
    Rudolph Insanally |  | guyana | government | 2003-01-01 | 2008-04-30
    Rudy Demotte |  | belgium | government | 2004-08-01 | 2005-10-31
    Rueben Kun |  | nauru | government | 1996-12-19 | 1997-02-12
    Ruhakana Ruganda | Ruhakana Rugunda | uganda | government | 2003-06-01 | 2009-01-31
    Ruhama Avraham |  | israel | government | 2007-08-01 | 2009-03-31
    Rui Arauio Gomes |  | guinea | government | 2007-08-01 | 2008-08-31
    Rui Gomes da Silva |  | portugal | government | 2004-08-01 | 2005-03-31
    Rui Pereira |  | portugal | government | 2007-06-01 | 2009-10-31
    Rumen Petkov |  | bulgaria | government | 2005-09-01 | 2008-04-30
    Rumiana Zheleva |  | bulgaria | government | 2009-09-01 | 2010-01-31
    Rup Jyoti |  | nepal | government | 2006-01-01 | 2006-05-31
    Russel Kun |  | nauru | government | 2003-07-01 | 2003-08-31
    Ruth Dreifuss |  | switzerland | government | 1999-01-01 | 1999-12-31
    Ruth Dreifuss |  | switzerland | government | 2003-01-01 | 2003-05-31
    Ruth Dyson |  | new-zealand | government | 2003-01-01 | 2008-12-31
    Ruth Elizabeth Rouse |  | grenada | government | 2004-12-01 | 2008-11-30
    Ruth Kelly |  | united-kingdom | government | 2006-06-01 | 2007-06-30
    Ruth Perry |  | liberia | government | 1996-09-03 | 1997-08-02
    Ruud Lubbers |  | netherlands | government | 1982-11-04 | 1994-08-22
    Ruwaida Maaitah |  | jordan | government | 2005-08-01 | 2006-05-31
    Ryo Won Gu |  | north-korea | government | 2007-11-01 | 2009-04-30
    Ryom Sun Gil |  | north-korea | government | 2004-12-01 | 2009-04-30
    Ryozo Kato |  | japan | government | 2003-02-01 | 2008-06-30
    Ryszard Kalisz |  | poland | government | 2004-06-01 | 2004-06-30
    Ryszard Kalisz |  | poland | government | 2004-08-01 | 2004-08-31
    Ryszard Kalisz |  | poland | government | 2004-10-01 | 2004-11-30
    Ryszard Kalisz |  | poland | government | 2005-01-01 | 2005-11-30
    Ryszard Krzysztof |  | poland | government | 2004-07-01 | 2004-07-31
    Ryszard Legutko |  | poland | government | 2007-09-01 | 2007-11-30
    Ryutaro Hashimoto |  | japan | government | 1996-01-11 | 1998-07-30
    S. D. Kaliyoma Phumisa |  | malawi | government | 2003-04-01 | 2004-06-30
    S. M. Krishna |  | india | government | 2009-08-01 | 2009-08-31
    S. Samy Vellu |  | malaysia | government | 2003-01-01 | 2008-03-31
    S. U. M. Jah |  | sierra-leone | government | 2003-01-01 | 2009-03-31
    Sa Kong Il |  | south-korea | government | 2008-08-01 | 2009-05-31
    Sa Ngad Chaloryu |  | thailand | government | 1976-10-06 | 1980-11-23
    Sabine Bergmann Pohl |  | east-germany | government | 1990-04-05 | 1990-10-02
    Sadakazu Tanigaki |  | japan | government | 2003-01-01 | 2006-09-30
    Sadakazu Tanigaki |  | japan | government | 2008-09-01 | 2009-09-30
    Sadeq Mahsuli |  | iran | government | 2009-02-01 | 2009-09-30
    Sadeq Vaezadeh |  | iran | government | 2009-08-01 | 2009-10-31
    Sadiq Amin Husayn abu Ras |  | yemen | government | 2003-01-01 | 2007-04-30
    Sadiq al Mahdi |  | sudan | government | 1986-05-06 | 1989-06-30
    Sadou Hayatou |  | cameroon | government | 1991-04-26 | 1992-04-09
    Safdar Hoseini |  | iran | government | 2005-03-01 | 2005-08-31
    Safwanullah Syed |  | pakistan | government | 2003-07-01 | 2007-01-31
    Sahana Pradhan |  | nepal | government | 2007-05-01 | 2008-08-31
    Sahas Banditkun |  | thailand | government | 2008-03-01 | 2008-09-30
    Sahel al Majali |  | jordan | government | 2007-12-01 | 2009-02-28
    Sahr Randolph Fillie Faboe |  | sierra-leone | government | 2003-01-01 | 2004-07-31
    Sahr Randolph Fillie Faboe |  | sierra-leone | government | 2004-09-01 | 2009-03-31
    Said Ali Kemal |  | comoros | government | 1995-10-02 | 1995-10-05
    Said Ali Kemal |  | comoros | government | 1996-03-25 | 1998-11-06
    Said Ali Mohamed |  | comoros | government | 1993-05-26 | 1993-06-19
    Said Atthoumani |  | comoros | government | 1978-05-13 | 1978-05-23
    Said Hassan Shire |  | somalia | government | 2006-12-01 | 2007-03-31
    Said Ibrahim ben Ali |  | comoros | government | 1970-04-02 | 1972-06-16
    Said Khalfan al Ghayth |  | united-arab-emirates | government | 2003-01-01 | 2003-07-31
    Said Khalfan al Ghayth |  | united-arab-emirates | government | 2003-09-01 | 2003-12-31
    Said Khalfan al Ghayth |  | united-arab-emirates | government | 2004-02-01 | 2006-02-28
    Said Mohamed Cheikh |  | comoros | government | 1962-01-01 | 1970-03-16
    Said Mohamed Djohar |  | comoros | government | 1989-11-27 | 1995-09-29
    Said Mohamed Djohar |  | comoros | government | 1996-01-26 | 1996-03-25
    Said Mohamed Jaffar |  | comoros | government | 1972-06-16 | 1972-12-26
    Said Mohamed Jaffar |  | comoros | government | 1975-08-03 | 1976-01-03
    Said Musa |  | belize | government | 1998-08-28 | 2008-02-08
    Said Oubacha |  | morocco | government | 2003-03-01 | 2003-09-30
    Said Tayeb Jawad |  | afghanistan | government | 2005-01-01 | 2010-10-31
    Said Wilbert Musa |  | belize | government | 2003-01-01 | 2008-02-28
    Saidou Diallo |  | guinea | government | 2007-08-01 | 2008-07-31
    Saidouba Camara |  | guinea | government | 2008-08-01 | 2009-03-31
    Saidtayeb Jawad |  | afghanistan | government | 2004-06-01 | 2004-12-31
    Saidu Samaila |  | nigeria | government | 2004-09-01 | 2005-07-31
    Saif Mahyoub al Asali | Saif Mahyub al Asali | yemen | government | 2006-03-01 | 2007-04-30
    Saif U Din Soz |  | india | government | 2006-11-01 | 2009-07-31
    Saisnarine Kowlessar |  | guyana | government | 2003-01-01 | 2006-09-30
    Sak Sutsakhan |  | cambodia | government | 1975-04-12 | 1975-04-17
    Sakina Messadi |  | algeria | government | 2004-07-01 | 2005-05-31
    Sakthip Krairiksh |  | thailand | government | 2003-01-01 | 2004-08-31
    Salah Ahmed Mohamed Salih |  | sudan | government | 2003-01-01 | 2004-08-31
    Salah Eddin Bashir |  | jordan | government | 2003-11-01 | 2005-01-31
    Salah Eddin Bashir |  | jordan | government | 2005-05-01 | 2005-07-31
    Salah Eddin Bashir |  | jordan | government | 2007-12-01 | 2009-02-28
    Salah Eddine Ahmed Bokassa |  | central-african-republic | government | 1966-01-01 | 1976-12-04
    Salah al Din al Bashir | Salah al Bashir | jordan | government | 2003-11-01 | 2005-01-31
    Salah al Din al Bashir | Salah al Bashir | jordan | government | 2005-05-01 | 2005-07-31
    Salah al Din al Bashir | Salah al Bashir | jordan | government | 2007-12-01 | 2009-02-28
    Salai Meridor |  | israel | government | 2007-01-01 | 2009-07-31
    Saleban Olad Roble |  | somalia | government | 2009-05-01 | 2010-12-31
    Saleh Qallab |  | jordan | government | 2003-01-01 | 2003-10-31
    Saleh Shehu |  | nigeria | government | 2003-08-01 | 2005-07-31
    Sali Berisha |  | albania | government | 1992-04-09 | 1997-07-24
    Salif Ba |  | senegal | government | 2003-09-01 | 2003-10-31
    Salif Ba |  | senegal | government | 2003-12-01 | 2005-08-31
    Salif Sawadogo | Salif Savadogo | burkina-faso | government | 2007-07-01 | 2008-04-30
    Salih Hasan Sumai |  | yemen | government | 2007-05-01 | 2008-05-31
    Salim Aliyow Ibrow |  | somalia | government | 2006-04-01 | 2006-11-30
    Salim Aliyow Ibrow |  | somalia | government | 2007-04-01 | 2009-04-30
    Salim Aliyow Ibrow |  | somalia | government | 2007-10-29 | 2007-11-24
    Salim Bagus |  | malawi | government | 2003-04-01 | 2004-03-31
    Salim Bagus |  | malawi | government | 2004-05-01 | 2004-06-30
    Salim Hoss |  | lebanon | government | 1987-06-01 | 1990-12-24
    Salim Hoss |  | lebanon | government | 1989-11-22 | 1989-11-24
    Salim Hoss |  | lebanon | government | 1998-12-02 | 2000-10-23
    Salim Khazailah |  | jordan | government | 2006-06-01 | 2007-11-30
    Salim Khazailah |  | jordan | government | 2009-03-01 | 2010-07-31
    Salim Miya Ansari |  | nepal | government | 2006-01-01 | 2006-05-31
    Salim Miyan Ansari |  | nepal | government | 2005-08-01 | 2005-12-31
    Salim Saifullah Khan |  | pakistan | government | 2007-02-01 | 2007-12-31
    Salim Saleh |  | uganda | government | 2006-07-01 | 2009-02-28
    Salim al Aydarus |  | yemen | government | 2004-10-01 | 2009-06-30
    Salim ben Ali |  | comoros | government | 1978-12-22 | 1982-02-08
    Salim bin Mustahail bin Ahmad al Mashani |  | oman | government | 2003-01-01 | 2004-09-30
    Salome Jakanda |  | nigeria | government | 2006-08-01 | 2007-01-31
    Salomon Tandeng Muna |  | cameroon | government | 1968-01-11 | 1972-06-02
    Salvador Allende |  | chile | government | 1970-11-03 | 1973-09-11
    Salvador Gandara Gaitan |  | guatemala | government | 2009-02-01 | 2009-07-31
    Salvador Jorge Blanco |  | dominican-republic | government | 1982-08-16 | 1986-08-16
    Salvador Laurel |  | philippines | government | 1986-02-25 | 1986-03-25
    Salvador Ric Riera |  | bolivia | government | 2006-02-01 | 2007-01-31
    Salvador Stadthagen |  | nicaragua | government | 2004-01-01 | 2007-01-31
    Salvator Ntahomenyereye |  | burundi | government | 2004-01-01 | 2005-08-31
    Sam Akoitai |  | papua-new-guinea | government | 2003-01-01 | 2004-09-30
    Sam Akoitai |  | papua-new-guinea | government | 2004-11-01 | 2007-08-31
    Sam Bitangaro |  | uganda | government | 2003-01-01 | 2006-06-30
    Sam Hinds |  | guyana | government | 1992-10-09 | 1997-03-17
    Sam Hinds |  | guyana | government | 1997-03-06 | 1997-12-19
    Sam Hinds |  | guyana | government | 1997-12-22 | 1999-08-09
    Sam Hinga Norman |  | sierra-leone | government | 2003-01-01 | 2005-09-30
    Sam Iduri |  | solomon-islands | government | 2008-04-01 | 2009-08-31
    Sam Mamady Soumah |  | guinea | government | 2008-08-01 | 2009-03-31
    Sam Sharaf |  | egypt | government | 2011-03-03 | 2011-11-21
    Samaila Sambawa | Samaila Saidu Sambawa | nigeria | government | 2003-08-01 | 2004-08-31
    Samdech Chea Sim |  | cambodia | government | 1993-10-06 | 1994-04-08
    Samdech Chea Sim |  | cambodia | government | 1994-05-18 | 1995-01-04
    Samdech Chea Sim |  | cambodia | government | 2004-04-10 | 2004-07-13
    Samdech Chea Sim |  | cambodia | government | 2004-07-22 | 2004-10-20
    Samdech Hun Sen |  | cambodia | government | 1993-09-21 | 1998-11-30
    Samdech Penn Nouth |  | cambodia | government | 1975-04-17 | 1976-04-04
    Sami Qaranful |  | lebanon | government | 2003-10-01 | 2006-04-30
    Samir Habashneh |  | jordan | government | 2003-11-01 | 2005-04-30
    Samir Rifai | Samir Al-Rifai; Samir Zaid Al-Rifai; Samir al Rifai | jordan | government | 2009-12-14 | 2011-02-09
    Samora Machel |  | mozambique | government | 1975-06-25 | 1986-10-19
    Samson Kisekka |  | uganda | government | 1986-01-30 | 1991-01-22
    Samuel Lewis Navarro |  | panama | government | 2004-10-01 | 2009-07-31
    Samuel Manetoali | Samuel Manetoli | solomon-islands | government | 2009-09-01 | 2010-04-30
    Samuel Mumbengegwi |  | zimbabwe | government | 2007-04-01 | 2009-02-28
    Samuel Outlule |  | botswana | government | 2005-12-01 | 2008-08-31
    Samuel Owusu Adjei |  | ghana | government | 2007-09-01 | 2009-03-31
    Samuel Pinheiro Guimaraes |  | brazil | government | 2010-06-01 | 2010-12-31
    Samuel Schmid |  | switzerland | government | 2005-01-01 | 2005-12-31
    Samuel Skinner |  | united-states | government | 1991-12-16 | 1992-08-23
    Samuel Undenge |  | zimbabwe | government | 2007-04-01 | 2009-02-28
    Samuelu P. Teo |  | tuvalu | government | 2004-10-01 | 2010-05-31
    San Yu |  | myanmar | government | 1981-11-09 | 1988-07-25
    Sanae Takaichi |  | japan | government | 2006-10-01 | 2007-08-31
    Sandjima Dounia | Sandjima Dououya | chad | government | 2004-09-01 | 2006-09-30
    Sandra Pierantozzi | Sandra S. Pierantozzi | palau | government | 2003-01-01 | 2006-02-28
    Sandra Pierantozzi | Sandra S. Pierantozzi | palau | government | 2009-04-01 | 2010-03-31
    Sandy Berger |  | united-states | government | 1997-03-14 | 2001-01-20
    Sangajav Bayartsogt |  | mongolia | government | 2005-07-01 | 2006-02-28
    Sanghpriya Gautam |  | india | government | 2003-05-01 | 2004-01-31
    Sani Abacha |  | nigeria | government | 1993-11-17 | 1998-06-08
    Sani Ndanusa |  | nigeria | government | 2009-02-01 | 2010-04-30
    Sanj Bayar |  | mongolia | government | 2003-01-01 | 2009-11-30
    Sanjaasuren Oyun |  | mongolia | government | 2008-01-01 | 2008-10-31
    Sanjbegziyn Tomor Ochir |  | mongolia | government | 2003-01-01 | 2004-08-31
    Sankie Mthembi Mahanyele |  | south-africa | government | 2003-01-01 | 2003-03-31
    Santiago Creel Miranda |  | mexico | government | 2003-01-01 | 2005-06-30
    Santiago Gonzalez Larrain |  | chile | government | 2008-03-01 | 2010-03-31
    Santiago Montenegro |  | colombia | government | 2003-01-01 | 2006-07-31
    Santiago Ngua Nfumu |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Santiago Nsobeya Efuman |  | equatorial-guinea | government | 2003-01-01 | 2004-06-30
    Santo Santoro |  | australia | government | 2006-05-01 | 2007-08-31
    Santosh Kumar Gangwar |  | india | government | 2003-02-01 | 2003-04-30
    Sanya Thammasak |  | thailand | government | 1973-10-14 | 1975-02-26
    Saoudatou Ndiaye Seck |  | senegal | government | 2003-01-01 | 2003-08-31
    Saqr Ghobash Said Ghobash | Saqr Ghobash Saeed Ghobash | united-arab-emirates | government | 2006-09-01 | 2008-04-30
    Sarah Flood Beaubrun |  | saint-lucia | government | 2003-01-01 | 2004-01-31
    Sarah Kiyingi |  | uganda | government | 2003-01-01 | 2003-07-31
    Sarath Amunugama |  | sri-lanka | government | 2004-06-01 | 2007-02-28
    Sarbendra Nath Shukla |  | nepal | government | 2003-09-01 | 2004-06-30
    Sardar Fateh Ali Umrani |  | pakistan | government | 2003-01-01 | 2004-07-31
    Sardar Mehtab Ahmad Khan |  | pakistan | government | 2008-05-01 | 2008-11-30
    Sardar Mohammad Daud Khan |  | afghanistan | government | 1973-07-17 | 1978-04-27
    Sardar Yar Mohammad Rind | Sardar Yar Muhammad Rind | pakistan | government | 2007-02-01 | 2007-12-31
    Sathit Wongnongtoei |  | thailand | government | 2009-01-01 | 2010-06-30
    Satoshi Arai |  | japan | government | 2010-07-01 | 2010-09-30
    Satu Marjatta Rasi |  | finland | government | 2003-01-01 | 2005-03-31
    Satyabrata Mukherjee | Satyabrata Mookherjee | india | government | 2003-01-01 | 2003-08-31
    Satyadeow Sawh | Satyadeow Sawah | guyana | government | 2003-01-01 | 2006-07-31
    Saufatu Sopoanga |  | tuvalu | government | 2002-08-02 | 2004-08-27
    Saufatu Sopoanga |  | tuvalu | government | 2004-11-01 | 2010-05-31
    Sauguelni Boniface |  | chad | government | 2006-10-01 | 2008-04-30
    Saukham Khoy |  | cambodia | government | 1975-04-01 | 1975-04-12
    Saul Avalos Cortes |  | bolivia | government | 2008-10-01 | 2009-02-28
    Saul Lara |  | bolivia | government | 2004-10-01 | 2005-06-30
    Sauli Niinisto |  | finland | government | 2003-01-01 | 2003-04-30
    Saw Maung |  | myanmar | government | 1988-09-18 | 1992-04-23
    Saw Maung |  | myanmar | government | 1988-09-21 | 1992-04-23
    Saw Tun |  | myanmar | government | 2003-01-01 | 2009-02-28
    Saye Zerbo |  | burkina-faso | government | 1980-11-25 | 1982-11-07
    Sayf bin Hamad al Busaidi |  | oman | government | 2003-01-01 | 2009-06-30
    Sayyed Jalaleddin Tehrani |  | iran | government | 1979-01-16 | 1979-01-22
    Scott Brison |  | canada | government | 2004-08-01 | 2006-02-28
    Seamus Brennan |  | ireland | government | 2004-11-01 | 2007-06-30
    Seamus Pattison |  | ireland | government | 1997-09-12 | 1997-11-10
    Sebastiao Marcos Mabote |  | mozambique | government | 1986-10-19 | 1986-11-06
    Sebouh Hovnanian |  | lebanon | government | 2003-01-01 | 2004-10-31
    Sebouh Hovnanian |  | lebanon | government | 2004-12-01 | 2005-07-31
    Sediqa Balkhi |  | afghanistan | government | 2005-01-01 | 2006-05-31
    Seiichiro Murakami |  | japan | government | 2004-10-01 | 2005-11-30
    Seiko Noda |  | japan | government | 2008-10-01 | 2009-09-30
    Sein Htwa |  | myanmar | government | 2003-01-01 | 2006-06-30
    Sein Lwin |  | myanmar | government | 1988-07-25 | 1988-08-12
    Sein Win |  | myanmar | government | 1974-03-04 | 1977-03-29
    Sekai Holland |  | zimbabwe | government | 2009-08-01 | 2010-09-30
    Sekouba Bangoura |  | guinea | government | 2008-08-01 | 2009-03-31
    Sela Molisa |  | vanuatu | government | 2003-01-01 | 2004-08-31
    Sela Molisa |  | vanuatu | government | 2010-06-01 | 2010-12-31
    Selim Tadmoury |  | lebanon | government | 2003-01-01 | 2003-09-30
    Selmon Walters | Selmon Waters | saint-vincent-and-the-grenadines | government | 2003-03-01 | 2003-03-31
    Selmon Walters | Selmon Waters | saint-vincent-and-the-grenadines | government | 2003-05-01 | 2003-08-31
    Seni Pramoj |  | thailand | government | 1975-02-26 | 1975-03-14
    Seni Pramoj |  | thailand | government | 1976-04-20 | 1976-10-06
    Senturel Ngoma |  | gabon | government | 2003-01-01 | 2008-03-31
    Sephiri Enoch Motanyane |  | lesotho | government | 2003-01-01 | 2003-02-28
    Serge Michel Odzoki |  | republic-of-the-congo | government | 2008-03-01 | 2009-09-30
    Serge Vohor |  | vanuatu | government | 2003-01-01 | 2003-11-30
    Serge Vohor |  | vanuatu | government | 2004-07-29 | 2004-12-11
    Serge Vohor |  | vanuatu | government | 2004-09-01 | 2005-04-30
    Serge Vohor |  | vanuatu | government | 2010-06-01 | 2010-12-31
    Sergey Kiriyenko |  | russia | government | 1998-03-23 | 1998-08-23
    Sergey Lavrov | Sergey V. Lavrov; Sergey Viktorovich Lavrov | russia | government | 1994-09-22 | 2004-07-12
    Sergey Naryshkin | Sergey Yevgenyevich Naryshkin | russia | government | 2004-10-01 | 2008-05-31
    Sergey Stepashin |  | russia | government | 1999-05-12 | 1999-08-09
    Sergio Bitar |  | chile | government | 2008-03-01 | 2010-03-31
    Sergio Garcia de Alba |  | mexico | government | 2005-10-01 | 2006-11-30
    Sergio Grullon |  | dominican-republic | government | 2003-01-01 | 2004-08-31
    Sergio Macado Rezende |  | brazil | government | 2006-06-01 | 2009-10-31
    Sergio Machado Rezende |  | brazil | government | 2009-11-01 | 2010-12-31
    Sergio Massa |  | argentina | government | 2008-09-01 | 2009-07-31
    Sergio Vento |  | italy | government | 2003-01-01 | 2005-10-31
    Servulo Baeza |  | belize | government | 2005-02-01 | 2005-07-31
    Set Maung |  | myanmar | government | 2003-01-01 | 2003-09-30
    Seydou Abdourahamanie |  | niger | government | 2005-02-01 | 2009-05-31
    Seydou Bouda |  | burkina-faso | government | 2007-07-01 | 2008-09-30
    Seydou Sy Sall |  | senegal | government | 2003-01-01 | 2003-09-30
    Seydou Sy Sall |  | senegal | government | 2003-12-01 | 2006-12-31
    Seymour Mullings |  | jamaica | government | 2003-01-01 | 2004-06-30
    Seyoum Mesfin |  | ethiopia | government | 2003-01-01 | 2004-04-30
    Seyoum Mesfin |  | ethiopia | government | 2004-06-01 | 2010-10-31
    Seyyed Tayeb Jawad |  | afghanistan | government | 2003-10-01 | 2004-05-31
    Sghair Ould M'bareck |  | mauritius | government | 2003-07-06 | 2005-08-07
    Shah Azizur Rahman |  | bangladesh | government | 1979-04-15 | 1982-03-24
    Shahabuddin Ahmed |  | bangladesh | government | 1990-12-06 | 1991-10-10
    Shahabuddin Ahmed |  | bangladesh | government | 1996-10-09 | 2001-11-14
    Shaher al Bak |  | jordan | government | 2003-01-01 | 2003-10-31
    Shahjahan Siraj |  | bangladesh | government | 2005-06-01 | 2007-02-28
    Shahnawaz Hussain |  | india | government | 2003-07-01 | 2004-05-31
    Shahpur Bakhtiar |  | iran | government | 1979-01-04 | 1979-02-05
    Shaik Baksh |  | guyana | government | 2003-01-01 | 2004-09-30
    Shaik Baksh |  | guyana | government | 2004-11-01 | 2006-09-30
    Shamsher Mobin Chowdhury |  | bangladesh | government | 2005-06-01 | 2007-09-30
    Shane Gibson |  | bahamas | government | 2003-01-01 | 2006-02-28
    Shane Jones |  | new-zealand | government | 2008-05-01 | 2008-12-31
    Shankar Dayal Sharma |  | india | government | 1992-07-25 | 1997-07-25
    Shankersinh Vaghela |  | india | government | 2004-06-01 | 2009-07-31
    Shanta Kumar |  | india | government | 2003-01-01 | 2003-04-30
    Sharad Yadav |  | india | government | 2003-05-01 | 2004-05-31
    Sharavyn Gungaadorj |  | mongolia | government | 1990-03-21 | 1990-09-11
    Sharif Zaid ibn Shaker |  | jordan | government | 1991-11-21 | 1993-05-29
    Sharif Zaid ibn Shaker |  | jordan | government | 1995-01-07 | 1996-02-04
    Sharman Stone |  | australia | government | 2006-05-01 | 2007-12-31
    Sharon Carstairs |  | canada | government | 2003-01-01 | 2003-12-31
    Shatrughan Sinha |  | india | government | 2003-05-01 | 2004-05-31
    Shaukat Aziz |  | pakistan | government | 2003-01-01 | 2007-12-31
    Shaukat Aziz |  | pakistan | government | 2004-08-28 | 2007-11-16
    Shaukat Tarin |  | pakistan | government | 2009-09-01 | 2010-03-31
    Shaun Woodward | Shaun Anthony Woodward | united-kingdom | government | 2007-07-01 | 2010-05-31
    Sheik Amadou Camara |  | guinea | government | 2003-01-01 | 2004-08-31
    Sheik Amadou Camara |  | guinea | government | 2004-10-01 | 2006-10-31
    Sheila Copps |  | canada | government | 2003-01-01 | 2003-12-31
    Sheila Sisulu |  | south-africa | government | 2003-01-01 | 2005-02-28
    Shekou M. Toure |  | sierra-leone | government | 2009-06-01 | 2009-08-31
    Shemuel Sam Iduri |  | solomon-islands | government | 2009-09-01 | 2010-09-30
    Sheng Cheng Hu |  | taiwan | government | 2004-10-01 | 2004-12-31
    Sheng Fong Lin |  | taiwan | government | 2004-10-01 | 2004-12-31
    Sher Afghan Khan Niazi |  | pakistan | government | 2004-11-01 | 2007-12-31
    Sher Bahadur Deuba |  | nepal | government | 2004-07-01 | 2005-02-28
    Sherman Adams |  | united-states | government | 1953-01-20 | 1958-10-07
    Shettima Mustapha |  | nigeria | government | 2009-08-01 | 2010-04-30
    Shibu Soren |  | india | government | 2004-12-01 | 2005-11-30
    Shibu Soren |  | india | government | 2006-11-01 | 2006-12-31
    Shieh Tung Min |  | taiwan | government | 1972-06-06 | 1978-05-20
    Shiferaw Jarso |  | ethiopia | government | 2003-01-01 | 2005-10-31
    Shih Shou Chien |  | taiwan | government | 2005-01-01 | 2008-02-28
    Shihadeh abu Hudeib |  | jordan | government | 2007-12-01 | 2009-12-31
    Shimon Peres |  | israel | government | 1977-04-22 | 1977-06-21
    Shimon Peres |  | israel | government | 1984-09-14 | 1986-10-20
    Shimon Peres |  | israel | government | 1995-11-04 | 1996-06-18
    Shimon Peres |  | israel | government | 2005-02-01 | 2005-12-31
    Shimon Peres |  | israel | government | 2007-07-15 | 2014-07-24
    Shin Hyon Hwak |  | south-korea | government | 1979-12-12 | 1980-05-22
    Shinya Izumi |  | japan | government | 2007-09-01 | 2008-08-31
    Shinzo Abe |  | japan | government | 2005-12-01 | 2007-10-31
    Shinzo Abe |  | japan | government | 2006-09-26 | 2007-09-26
    Shivraj Patil |  | india | government | 2004-06-01 | 2008-12-31
    Shizuka Kamei |  | japan | government | 2009-10-01 | 2010-06-30
    Shofry bin Abdul Ghafor |  | brunei | government | 2003-01-01 | 2006-07-31
    Shoichi Nakagawa |  | japan | government | 2008-10-01 | 2009-02-28
    Shou Chien Shih |  | taiwan | government | 2004-10-01 | 2004-12-31
    Showa Tenno |  | japan | government | 1926-12-25 | 1989-01-07
    Shripad Yesso Naik | Shripad Yasso Naik | india | government | 2003-10-01 | 2004-01-31
    Shui Teh Hsu |  | taiwan | government | 2003-01-01 | 2004-09-30
    Shukri Ghanem |  | libya | government | 2003-06-14 | 2006-03-05
    Shukri Muhammad Ghanim |  | libya | government | 2003-07-01 | 2006-03-31
    Shukuru Kawambwa | Shukuru Jumanne Kawambwa | tanzania | government | 2007-08-01 | 2008-02-28
    Shunji Yanai |  | japan | government | 2003-01-01 | 2003-01-31
    Shyi Kun Yu |  | taiwan | government | 2003-01-01 | 2004-12-31
    Siaka Stevens |  | sierra-leone | government | 1968-04-26 | 1971-04-21
    Siaka Stevens |  | sierra-leone | government | 1971-04-21 | 1985-11-28
    Siaosi Tupou V |  | tonga | government | 2006-10-01 | 2009-08-31
    Sibghatullah Mojadedi |  | afghanistan | government | 1992-04-28 | 1992-06-28
    Sid Ahmed Ghozali |  | algeria | government | 1991-06-05 | 1992-07-08
    Sid Ahmed Ould Bneijara |  | mauritius | government | 1980-12-12 | 1981-04-25
    Sidi Mohamed Ould Boubacar |  | mauritius | government | 1992-04-18 | 1996-01-02
    Sidi Mohamed Ould Boubacar |  | mauritius | government | 2005-08-07 | 2007-04-20
    Sidi Mohamed Ould Cheikh Abdallahi |  | mauritius | government | 2007-04-19 | 2008-08-06
    Sidi Moro Sanneh |  | gambia | government | 2004-11-01 | 2005-08-31
    Sidney Collie |  | bahamas | government | 2007-07-01 | 2008-08-31
    Sidya Toure |  | guinea | government | 1996-07-09 | 1999-03-08
    Siegfried Etame Massoma |  | cameroon | government | 2004-07-01 | 2007-11-30
    Silas Atopare |  | papua-new-guinea | government | 1997-11-20 | 2003-11-20
    Silas Atopare |  | papua-new-guinea | government | 2003-01-01 | 2003-11-30
    Silvan Shalom |  | israel | government | 2003-01-01 | 2006-01-31
    Silvestre Siale Bileka |  | equatorial-guinea | government | 1992-03-04 | 1996-04-01
    Silvia Aguilar |  | el-salvador | government | 2007-01-01 | 2007-03-31
    Silvia Amparo Velarde Olmos |  | bolivia | government | 2003-01-01 | 2003-02-28
    Silvino Silverio Marques |  | angola | government | 1974-06-15 | 1974-07-24
    Silvio Berlusconi |  | italy | government | 1994-05-11 | 1995-01-17
    Silvio Berlusconi |  | italy | government | 2001-06-11 | 2006-05-17
    Silvio Berlusconi |  | italy | government | 2003-01-01 | 2006-05-31
    Sime Lucin |  | croatia | government | 2003-01-01 | 2004-01-31
    Simeon Datumanong |  | philippines | government | 2003-01-01 | 2003-01-31
    Simeon Nyachae |  | kenya | government | 2006-04-01 | 2008-02-28
    Simeon Sakskoburggotski |  | bulgaria | government | 2001-07-24 | 2005-08-16
    Simeon Saxe Coburg Gotha |  | bulgaria | government | 2003-01-01 | 2005-08-31
    Simon Achidi Achu |  | cameroon | government | 1992-04-09 | 1996-09-19
    Simon Mfoutou |  | republic-of-the-congo | government | 2004-09-01 | 2008-02-28
    Simon Muzenda |  | zimbabwe | government | 2003-01-01 | 2003-09-30
    Simon Narcisse Bozanga |  | central-african-republic | government | 1981-04-04 | 1981-09-01
    Simon Nyandwi |  | burundi | government | 2004-01-01 | 2004-02-28
    Simon Nyandwi |  | burundi | government | 2004-04-01 | 2005-08-31
    Simon Pierre Tchoungui |  | cameroon | government | 1965-11-20 | 1972-06-02
    Sin II Nam |  | north-korea | government | 2003-01-01 | 2003-01-31
    Sinai Brown |  | papua-new-guinea | government | 2003-01-01 | 2007-08-31
    Sinii Nam |  | north-korea | government | 2003-02-01 | 2003-09-30
    Sione Teisina Fuko |  | tonga | government | 2010-06-01 | 2011-01-31
    Siosaia Maulupekotofa Tuita |  | tonga | government | 2010-06-01 | 2011-01-31
    Siosiua Utoikamanu |  | tonga | government | 2003-01-01 | 2009-08-31
    Siraj Fegisa | Siraj Fegessa | ethiopia | government | 2005-11-01 | 2008-11-30
    Siriako Usa |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    Siriako Usa |  | solomon-islands | government | 2004-01-01 | 2008-03-31
    Sirimavo Bandaranaike |  | sri-lanka | government | 1970-05-29 | 1977-07-23
    Sirimavo Bandaranaike |  | sri-lanka | government | 1994-11-14 | 2000-08-10
    Sisavath Keobounphanh |  | laos | government | 1998-02-24 | 2001-03-27
    Sishayi Nxumalo |  | eswatini | government | 1996-05-08 | 1996-07-26
    Sisowath Sirik Matak |  | cambodia | government | 1972-03-11 | 1972-03-18
    Sitembiso Nyoni |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Sitiveni Rabuka |  | fiji | government | 1987-10-07 | 1987-12-05
    Sitiveni Rabuka |  | fiji | government | 1992-06-02 | 1999-05-19
    Sixto Duran Ballen |  | ecuador | government | 1992-08-10 | 1996-08-10
    Slaheddine Belaid |  | tunisia | government | 2003-01-01 | 2004-02-28
    Slaheddine Belaid |  | tunisia | government | 2004-04-01 | 2004-12-31
    Slamet Hidayat |  | indonesia | government | 2003-10-01 | 2004-10-31
    Slavko Linic |  | croatia | government | 2003-01-01 | 2004-01-31
    Slawomir Cytrycki |  | poland | government | 2003-01-01 | 2003-02-28
    Slawomir Cytrycki |  | poland | government | 2004-06-01 | 2005-11-30
    Smail Hamdani |  | algeria | government | 1998-12-15 | 1999-12-23
    Smarck Michel |  | haiti | government | 1994-11-08 | 1995-11-07
    Snyder Rini |  | solomon-islands | government | 2003-01-01 | 2003-11-30
    Snyder Rini |  | solomon-islands | government | 2004-01-01 | 2010-04-30
    Snyder Rini |  | solomon-islands | government | 2006-04-20 | 2006-05-04
    Soares Sambu |  | guinea | government | 2004-07-01 | 2006-05-31
    Soe Win |  | myanmar | government | 2004-10-19 | 2007-10-12
    Soe Win |  | myanmar | government | 2004-12-01 | 2007-10-31
    Soemadi Brotodiningrat |  | indonesia | government | 2003-01-01 | 2006-02-28
    Soeng Chamraeun |  | cambodia | government | 2003-01-01 | 2004-11-30
    Sofatu Sopuaiga |  | tuvalu | government | 2003-01-01 | 2004-09-30
    Sofyan Djalil |  | indonesia | government | 2007-06-01 | 2009-10-31
    Sohrab Ali Safari |  | afghanistan | government | 2005-01-01 | 2006-05-31
    Soita Shitanda |  | kenya | government | 2006-04-01 | 2008-02-28
    Sok Kun Su |  | north-korea | government | 2004-12-01 | 2008-10-31
    Sokol Nako |  | albania | government | 2003-01-01 | 2003-08-31
    Sokol Olldashi |  | albania | government | 2005-10-01 | 2007-04-30
    Solina Nyirahabimana |  | rwanda | government | 2003-02-01 | 2009-08-31
    Solomon Anthony James Musa |  | sierra-leone | government | 1992-11-01 | 1993-07-05
    Solomon Berewa |  | sierra-leone | government | 2003-01-01 | 2007-09-30
    Solomon Ewugu |  | nigeria | government | 2003-01-01 | 2003-07-31
    Solomon Mamaloni |  | solomon-islands | government | 1974-08-28 | 1976-07-14
    Solomon Mamaloni |  | solomon-islands | government | 1981-08-31 | 1984-11-19
    Solomon Mamaloni |  | solomon-islands | government | 1989-03-28 | 1993-06-18
    Solomon Mamaloni |  | solomon-islands | government | 1994-11-07 | 1997-08-27
    Solomon Passy | Solomon Pasi | bulgaria | government | 2003-01-01 | 2005-08-31
    Somchai Wongsawat |  | thailand | government | 2008-03-01 | 2008-12-31
    Somduth Soborun |  | mauritius | government | 2008-08-01 | 2011-01-31
    Somkhit Chatusiphithak |  | thailand | government | 2003-01-01 | 2006-10-31
    Somphavan Inthavong |  | laos | government | 2003-01-01 | 2006-06-30
    Somphong Mongkhonvilai | Somphong Mongkhonvilay | laos | government | 2003-01-01 | 2006-06-30
    Sompong Amornwiwat |  | thailand | government | 2008-10-01 | 2008-12-31
    Somsak Thepsuthin | Somsak Thepsutin | thailand | government | 2004-11-01 | 2005-03-31
    Son Chon Yong |  | south-korea | government | 2003-01-01 | 2003-02-28
    Son Ngoc Thanh |  | cambodia | government | 1972-03-18 | 1972-10-15
    Song Qingling |  | china | government | 1968-10-31 | 1972-02-24
    Sonia Tschorne |  | chile | government | 2004-11-01 | 2006-04-30
    Sonomyn Luvsan |  | mongolia | government | 1972-06-29 | 1974-06-11
    Sonthi Boonyarataglin |  | thailand | government | 2007-11-01 | 2008-02-28
    Sonthi Boonyaratkalin |  | thailand | government | 2006-09-19 | 2006-10-01
    Sophia Simba |  | tanzania | government | 2008-03-01 | 2010-12-31
    Sorie Ibrahim Koroma |  | sierra-leone | government | 1971-04-21 | 1975-07-08
    Sosuke Uno |  | japan | government | 1989-06-02 | 1989-08-09
    Sotos Zackheos |  | cyprus | government | 2003-01-01 | 2003-06-30
    Souad Bendjaballah |  | algeria | government | 2004-07-01 | 2005-05-31
    Soubanh Sritthirath | Soubanh Srithirath | laos | government | 2003-01-01 | 2004-03-31
    Soukeyna Ndiaye Ba |  | senegal | government | 2003-01-01 | 2003-10-31
    Soukeyna Ndiaye Ba |  | senegal | government | 2003-12-01 | 2004-12-31
    Soul Man Lawani |  | benin | government | 2007-07-01 | 2009-06-30
    Souley Abdoulaye |  | niger | government | 1994-09-28 | 1995-02-08
    Souleymane Cisse |  | guinea | government | 2008-08-01 | 2009-03-31
    Souli Nanthavong |  | laos | government | 2003-01-01 | 2004-04-30
    Souli Nanthavong |  | laos | government | 2004-06-01 | 2006-06-30
    Soumana Sacko |  | mali | government | 1991-04-02 | 1992-06-09
    Soumare Aminata Sidibe |  | mali | government | 2004-08-01 | 2007-10-31
    Soutchai Thammasith |  | laos | government | 2003-01-01 | 2005-03-31
    Sover Samuels |  | new-zealand | government | 2003-09-01 | 2004-03-31
    Spiro T. Agnew |  | united-states | government | 1969-01-20 | 1973-10-10
    Spyros Markezinis |  | greece | government | 1973-10-08 | 1973-11-25
    Sri Mulyani Indrawati |  | indonesia | government | 2006-01-01 | 2010-05-31
    Ssemakula Kiwanuka |  | uganda | government | 2006-07-01 | 2007-01-31
    Stafford Neil |  | jamaica | government | 2003-01-01 | 2008-08-31
    Stan Keyes |  | canada | government | 2004-01-01 | 2004-07-31
    Stan Mudenge |  | zimbabwe | government | 2003-01-01 | 2004-02-28
    Stanford Callender |  | trinidad-and-tobago | government | 2004-04-01 | 2004-06-30
    Stanislaus Mudenge |  | zimbabwe | government | 2004-03-01 | 2005-04-30
    Stanislav Gross |  | czech-republic | government | 2003-01-01 | 2005-04-30
    Stanislav Gross |  | czech-republic | government | 2004-07-26 | 2005-04-25
    Stanislaw Kluza |  | poland | government | 2006-09-01 | 2006-10-31
    Stanko Todorov |  | bulgaria | government | 1971-07-09 | 1981-06-18
    Stavros Kalathatos |  | greece | government | 2009-02-01 | 2009-10-31
    Stefan Fule | Stefan Fuele | czech-republic | government | 2009-07-01 | 2010-07-31
    Stefan Harabin |  | slovakia | government | 2006-08-01 | 2009-07-31
    Stefan Meller |  | poland | government | 2005-12-01 | 2006-05-31
    Stefan Sofiyanski |  | bulgaria | government | 1997-02-12 | 1997-05-21
    Stefan Tafrov |  | bulgaria | government | 2003-01-01 | 2007-07-31
    Stefania Prestigiacomo |  | italy | government | 2003-01-01 | 2006-05-31
    Stefano Caldoro |  | italy | government | 2005-05-01 | 2006-05-31
    Stefano Macina |  | san-marino | government | 2006-09-01 | 2010-08-31
    Stefano Palmieri |  | san-marino | government | 2010-04-01 | 2010-08-31
    Steingrimur Hermannsson |  | iceland | government | 1983-05-26 | 1987-07-08
    Steingrimur Hermannsson |  | iceland | government | 1988-09-28 | 1991-04-30
    Stella Samaniego |  | paraguay | government | 2003-02-01 | 2003-08-31
    Stella Sigcau |  | south-africa | government | 2003-01-01 | 2007-09-30
    Stephane Dion |  | canada | government | 2003-01-01 | 2003-12-31
    Stephane Maurice Bongho Nouarra |  | republic-of-the-congo | government | 1992-09-02 | 1992-12-06
    Stephane Valeri |  | monaco | government | 2003-02-01 | 2005-02-28
    Stephen Francis Smith |  | australia | government | 2008-01-01 | 2010-09-30
    Stephen Hadley |  | united-states | government | 2005-01-26 | 2009-01-20
    Stephen Lam |  | china | government | 2003-01-01 | 2008-07-31
    Stephen Lashley |  | barbados | government | 2010-04-01 | 2010-10-31
    Stephen Matenje |  | malawi | government | 2007-03-01 | 2010-08-31
    Stephen Owen |  | canada | government | 2004-01-01 | 2006-02-28
    Stephen Timms |  | united-kingdom | government | 2006-06-01 | 2007-06-30
    Stephen Wassira | Stephen Masatu Wassira | tanzania | government | 2006-03-01 | 2007-07-31
    Steve Chadwick |  | new-zealand | government | 2008-05-01 | 2008-12-31
    Steve Hsieh |  | taiwan | government | 2008-06-01 | 2010-04-30
    Steve Maharey |  | new-zealand | government | 2003-09-01 | 2008-12-31
    Steven van Eijck |  | netherlands | government | 2003-01-01 | 2003-05-31
    Stipe Mesic |  | croatia | government | 1990-05-30 | 1990-08-24
    Stockwell Day |  | canada | government | 2006-03-01 | 2008-10-31
    Strobe Talbott |  | united-states | government | 1994-02-23 | 2001-01-19
    Stuart M. Gerson |  | united-states | government | 1993-01-20 | 1993-03-12
    Stuart W. Leslie |  | belize | government | 2003-01-01 | 2006-07-31
    Su Jia Chyuan |  | taiwan | government | 2005-01-01 | 2008-05-31
    Su Tseng Chang |  | taiwan | government | 2006-01-25 | 2007-05-21
    Su Tseng Chang |  | taiwan | government | 2006-12-01 | 2008-02-28
    Subhash Maharia |  | india | government | 2003-05-01 | 2004-01-31
    Suchai Charoenrattanakhun |  | thailand | government | 2005-12-01 | 2006-10-31
    Suchat Chaowisit |  | thailand | government | 2003-09-01 | 2004-10-31
    Suchat Thadathamrongwet |  | thailand | government | 2008-10-01 | 2008-12-31
    Suchinda Kraprayoon |  | thailand | government | 1992-04-07 | 1992-05-24
    Sudjadnan Parnohadiningrat |  | indonesia | government | 2006-03-01 | 2010-06-30
    Sufi abu Taleb |  | egypt | government | 1981-10-06 | 1981-10-14
    Suhair al Ali |  | jordan | government | 2005-05-01 | 2009-12-31
    Suhair al Ali |  | jordan | government | 2010-08-01 | 2010-11-30
    Sujata Koirala |  | nepal | government | 2008-03-01 | 2008-09-30
    Sukhdev Singh Dhindsa |  | india | government | 2003-01-01 | 2003-09-30
    Sukhdev Singh Dhindsa |  | india | government | 2003-11-01 | 2004-05-31
    Sukhgaatar Batbold |  | mongolia | government | 2008-11-01 | 2009-04-30
    Sukhumpong Ngonkham |  | thailand | government | 2008-10-01 | 2008-12-31
    Sule Lamido |  | nigeria | government | 2003-01-01 | 2003-07-31
    Suleiman Franjieh | Suleiman Franjiyeh; Suleiman Tony Franjiyeh | lebanon | government | 1970-09-23 | 1976-09-22
    Suleiman Franjieh | Suleiman Franjiyeh; Suleiman Tony Franjiyeh | lebanon | government | 2004-11-01 | 2005-07-31
    Suleiman Shakombo |  | kenya | government | 2006-04-01 | 2008-02-28
    Suleyman Demirel |  | turkey | government | 1991-11-20 | 1993-05-16
    Suleyman Demirel |  | turkey | government | 1993-05-16 | 2000-05-16
    Sulieman Salman al Safi |  | sudan | government | 2003-01-01 | 2003-06-30
    Sum Manith |  | cambodia | government | 2003-01-01 | 2004-11-30
    Sumio Mabuchi |  | japan | government | 2010-10-01 | 2011-01-31
    Sun Wensheng |  | china | government | 2005-12-01 | 2007-08-31
    Sun Yun Suan |  | taiwan | government | 1978-05-30 | 1984-05-20
    Sunduin Batbold |  | mongolia | government | 2006-03-01 | 2007-12-31
    Sung Sang Sop |  | north-korea | government | 2003-10-01 | 2007-01-31
    Sunil Dutt |  | india | government | 2004-10-01 | 2005-10-31
    Sunthorn Kongsompong |  | thailand | government | 1991-02-23 | 1991-03-07
    Supon Fong Ngam |  | thailand | government | 2008-10-01 | 2008-12-31
    Surab Ali Safari |  | afghanistan | government | 2006-06-01 | 2010-06-30
    Surakiat Sathianthai |  | thailand | government | 2003-01-01 | 2006-10-31
    Suraphong Supwongli |  | thailand | government | 2008-03-01 | 2008-09-30
    Surayud Chulanont |  | thailand | government | 2006-10-01 | 2008-01-29
    Surayut Chulanon |  | thailand | government | 2006-11-01 | 2008-02-28
    Surendra Chaudhary |  | nepal | government | 2008-03-01 | 2008-09-30
    Suresh Chandra Chalise |  | nepal | government | 2008-03-01 | 2009-07-31
    Surya Bahadur Thapa |  | nepal | government | 1979-05-30 | 1983-07-12
    Surya Bahadur Thapa |  | nepal | government | 1997-10-07 | 1998-04-15
    Surya Bahadur Thapa |  | nepal | government | 2003-06-05 | 2004-06-03
    Suryadharma Ali |  | indonesia | government | 2004-11-01 | 2009-10-31
    Susan Chitimbe |  | malawi | government | 2003-04-01 | 2004-06-30
    Susan Whelan |  | canada | government | 2003-01-01 | 2003-12-31
    Susana Cabeza de Vaca |  | ecuador | government | 2008-01-01 | 2009-08-31
    Susana Chou |  | china | government | 2003-01-01 | 2010-07-31
    Susana Rivero Guzman |  | bolivia | government | 2008-10-01 | 2009-02-28
    Susanne Riess Passer |  | austria | government | 2003-01-01 | 2003-02-28
    Sushma Swaraj |  | india | government | 2003-05-01 | 2004-05-31
    Suvi Anne Siimes |  | finland | government | 2003-03-01 | 2003-04-30
    Suwat Liptapanlop | Suwat Liptaphanlop | thailand | government | 2004-08-01 | 2005-03-31
    Suwat Liptapanlop | Suwat Liptaphanlop | thailand | government | 2005-10-01 | 2006-10-31
    Suwit Khunkitti |  | thailand | government | 2003-01-01 | 2004-03-31
    Suwit Khunkitti |  | thailand | government | 2008-03-01 | 2008-08-31
    Sven Erik Osterberg |  | sweden | government | 2004-12-01 | 2006-10-31
    Svend Erik Hovmand |  | denmark | government | 2003-01-01 | 2004-01-31
    Svend Erik Hovmand |  | denmark | government | 2004-03-01 | 2004-08-31
    Swamy Chinmayanand |  | india | government | 2003-07-01 | 2004-01-31
    Sydney Mufamadi |  | south-africa | government | 2003-01-01 | 2004-05-31
    Sydney Mufamadi |  | south-africa | government | 2004-07-01 | 2004-07-31
    Sydney Mufamadi |  | south-africa | government | 2004-09-01 | 2008-10-31
    Syed Ghazi Gulab Jamal |  | pakistan | government | 2004-08-01 | 2004-10-31
    Syed Hamid bin Syed Jaafar Albar |  | malaysia | government | 2003-01-01 | 2008-03-31
    Syed Hamid bin Syed Jaafar Albar |  | malaysia | government | 2008-07-01 | 2009-04-30
    Syed Hasan Ahmad |  | bangladesh | government | 2003-07-01 | 2005-05-31
    Syed Naveed Qamar |  | pakistan | government | 2008-10-01 | 2009-12-31
    Syed Nazrul Islam |  | bangladesh | government | 1971-04-11 | 1972-01-10
    Syed Safwanullah |  | pakistan | government | 2007-02-01 | 2007-12-31
    Syed Sharifuddin |  | pakistan | government | 2003-01-01 | 2004-07-31
    Syed Sirajuddin Ibni al Marhum Syed Putra Jamalullail |  | malaysia | government | 2001-12-13 | 2006-12-12
    Sylvain Adekpedjou Akindes |  | benin | government | 2003-01-01 | 2003-06-30
    Sylvain Joel Bifwila Tchamwala |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2008-10-31
    Sylvain Lafalaise |  | haiti | government | 2006-08-01 | 2008-09-30
    Sylvain Ngabu Chumbu |  | democratic-republic-of-the-congo | government | 2007-12-01 | 2008-10-31
    Sylvanus Mushi Bonane |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-07-31
    Sylvester Nguni |  | zimbabwe | government | 2009-08-01 | 2010-09-30
    Sylvestre Nsanzimana |  | rwanda | government | 1991-10-12 | 1992-04-02
    Sylvestre Ntibantunganya |  | burundi | government | 1994-04-06 | 1996-07-25
    Sylvia Masebo |  | zambia | government | 2003-02-01 | 2005-08-31
    Sylvia Masebo |  | zambia | government | 2006-11-01 | 2008-11-30
    Sylvie Kinigi |  | burundi | government | 1993-07-10 | 1994-02-07
    Sylvie Kinigi |  | burundi | government | 1993-10-27 | 1994-02-05
    Sylvio Hock Sheen Tang Wah Hing |  | mauritius | government | 2005-09-01 | 2010-06-30
    T. R. Baalu |  | india | government | 2004-10-01 | 2005-02-28
    Tadashi Lometo |  | marshall-islands | government | 2003-01-01 | 2004-01-31
    Tadashi M. Lometo |  | marshall-islands | government | 2006-03-01 | 2008-07-31
    Tadeusz Mazowiecki |  | poland | government | 1989-08-24 | 1991-01-04
    Tadjidine ben Said Massounde |  | comoros | government | 1995-04-29 | 1996-03-27
    Tadjidine ben Said Massounde |  | comoros | government | 1996-03-27 | 1996-12-27
    Tadjidine ben Said Massounde |  | comoros | government | 1998-11-06 | 1999-04-30
    Tafari Benti |  | ethiopia | government | 1974-11-28 | 1977-02-03
    Taher al Masri |  | jordan | government | 1991-06-19 | 1991-11-21
    Tahir Iqbal |  | pakistan | government | 2007-02-01 | 2007-12-31
    Tahmasb Mazaheri |  | iran | government | 2003-01-01 | 2005-02-28
    Taimani Siaosi Aho |  | tonga | government | 2004-10-01 | 2006-08-31
    Taiseer al Samadi |  | jordan | government | 2005-08-01 | 2006-05-31
    Taito Phillip Field |  | new-zealand | government | 2003-09-01 | 2006-11-30
    Taj Mohammad Wardak |  | afghanistan | government | 2003-01-01 | 2003-09-30
    Tajuddin Ahmed |  | bangladesh | government | 1971-04-11 | 1972-01-13
    Takeo Fukuda |  | japan | government | 1976-12-24 | 1978-12-07
    Takeo Kawamura |  | japan | government | 2003-12-01 | 2004-03-31
    Takeo Kawamura |  | japan | government | 2008-10-01 | 2009-09-30
    Takeo Miki |  | japan | government | 1974-12-09 | 1976-12-24
    Takis Clerides |  | cyprus | government | 2003-01-01 | 2003-02-28
    Talal Arslan | Talal Arsalan | lebanon | government | 2003-01-01 | 2005-07-31
    Talal Arslan | Talal Arsalan | lebanon | government | 2008-08-01 | 2009-11-30
    Tamrat Layne |  | ethiopia | government | 1991-06-06 | 1995-08-22
    Tang Fei |  | taiwan | government | 2000-05-20 | 2000-10-06
    Tang Jiaxuan |  | china | government | 2003-01-01 | 2008-03-31
    Tansu Ciller |  | turkey | government | 1993-06-25 | 1996-03-06
    Tanumafili II Malietoa |  | samoa | government | 2003-01-01 | 2008-03-31
    Taomati Iuta |  | kiribati | government | 2003-06-01 | 2003-07-31
    Taoufik Baccar |  | tunisia | government | 2003-01-01 | 2004-09-30
    Taoufik Kechiche |  | tunisia | government | 2004-10-01 | 2004-12-31
    Tappan Chowdhury |  | bangladesh | government | 2007-03-01 | 2008-02-28
    Tariana Turia |  | new-zealand | government | 2003-09-01 | 2004-11-30
    Tariq ibn Taimur |  | oman | government | 1970-08-14 | 1972-01-02
    Tarmugi Abdullah |  | singapore | government | 2003-01-01 | 2004-03-31
    Taro Aso |  | japan | government | 2005-12-01 | 2007-08-31
    Taro Aso |  | japan | government | 2008-10-01 | 2009-09-30
    Tarsis Kabwegyere |  | uganda | government | 2003-06-01 | 2009-02-28
    Tarso Genro |  | brazil | government | 2006-04-01 | 2007-03-31
    Tasos Yiannitsis |  | greece | government | 2003-01-01 | 2004-03-31
    Tassos Papadopoulos |  | cyprus | government | 2003-02-28 | 2008-02-28
    Tatsuya Ito |  | japan | government | 2004-10-01 | 2005-11-30
    Taufaahau Tupou IV |  | tonga | government | 2003-01-01 | 2006-09-30
    Taufiq Effendi |  | indonesia | government | 2004-11-01 | 2009-10-31
    Tauvau Teii |  | tuvalu | government | 2010-06-01 | 2010-10-31
    Tawfiq Krishan | Tawfiq Kurayshan | jordan | government | 2005-05-01 | 2006-05-31
    Tawfiq Krishan | Tawfiq Kurayshan | jordan | government | 2010-01-01 | 2010-11-30
    Tayal Samadi |  | jordan | government | 2005-05-01 | 2005-07-31
    Tayeb Belaiz |  | algeria | government | 2003-01-01 | 2004-06-30
    Tayyar Abdallah Ali Safi al Nur |  | sudan | government | 2003-06-01 | 2005-10-31
    Te Chih Yang |  | taiwan | government | 2003-01-01 | 2004-09-30
    Teatao Teannaki |  | kiribati | government | 1991-07-04 | 1994-05-24
    Teburoro Tito |  | kiribati | government | 1994-10-01 | 2003-03-28
    Teburoro Tito |  | kiribati | government | 2003-01-01 | 2003-05-31
    Tedjini Haddam |  | algeria | government | 1992-01-14 | 1994-01-31
    Teh Chih Tang |  | taiwan | government | 2003-01-01 | 2004-09-30
    Tehmina Daultana |  | pakistan | government | 2008-05-01 | 2008-10-31
    Tej Bunnag |  | thailand | government | 2008-08-01 | 2008-09-30
    Tekiree Tamuera |  | kiribati | government | 1994-05-24 | 1994-05-28
    Temmy Shmull |  | palau | government | 2003-01-01 | 2009-03-31
    Tengku Adnan bin Tengku Mansor | Tengku Adnan Tengku Mansur | malaysia | government | 2003-01-01 | 2004-10-31
    Tens Kapoma |  | zambia | government | 2006-01-01 | 2007-08-31
    Teodoro Biyogo Nsue |  | equatorial-guinea | government | 2003-01-01 | 2003-06-30
    Teofisto Guingona |  | philippines | government | 2003-01-01 | 2004-07-31
    Terence Sinunguruza |  | burundi | government | 2003-01-01 | 2005-08-31
    Teresa Lubinska |  | poland | government | 2005-12-01 | 2006-01-31
    Teruneh Zenna |  | ethiopia | government | 2004-09-01 | 2006-08-31
    Tesfaye Dinka |  | ethiopia | government | 1991-04-26 | 1991-06-06
    Tesfaye Gebre Kidan |  | ethiopia | government | 1991-05-21 | 1991-05-28
    Tessa Jowell |  | united-kingdom | government | 2009-07-01 | 2010-05-31
    Tetsuo Kutsukake |  | japan | government | 2005-12-01 | 2006-09-30
    Teuvo Aura |  | finland | government | 1970-05-14 | 1970-07-15
    Teuvo Aura |  | finland | government | 1971-10-29 | 1972-02-23
    Tevita Topou | Tevita Tupou | tonga | government | 2003-01-01 | 2004-09-30
    Tevita Vuibau |  | fiji | government | 2007-09-01 | 2010-03-31
    Thabo Mbeki |  | south-africa | government | 1999-06-16 | 2008-09-24
    Thabo Mvuyelwa Mbeki |  | south-africa | government | 1999-06-16 | 2008-09-24
    Thae Jong Su |  | north-korea | government | 2007-11-01 | 2009-10-31
    Thaik Tun |  | myanmar | government | 2003-01-01 | 2003-09-30
    Thaksin Chinnawat |  | thailand | government | 2003-01-01 | 2006-10-31
    Thaksin Shinawatra |  | thailand | government | 2001-02-09 | 2006-09-19
    Thammarak Isarangkun Na Ayutthaya |  | thailand | government | 2004-04-01 | 2004-10-31
    Than Shwe |  | myanmar | government | 1992-04-23 | 1997-11-15
    Than Shwe |  | myanmar | government | 1992-04-24 | 2003-08-25
    Than Tun |  | myanmar | government | 2003-01-01 | 2003-08-31
    Thanin Kraivichien |  | thailand | government | 1976-10-08 | 1977-10-20
    Thanom Kittikachorn |  | thailand | government | 1963-12-09 | 1973-10-14
    Thanong Phitthaya |  | thailand | government | 2005-10-01 | 2006-10-31
    Thein Swe |  | myanmar | government | 2003-09-01 | 2004-12-31
    Thengo Maloya |  | malawi | government | 2003-01-01 | 2004-06-30
    Theo ben Gurirab |  | namibia | government | 2002-08-28 | 2005-03-21
    Theodor Stolojan |  | romania | government | 1991-10-01 | 1992-11-04
    Theodora Bakoyianni | Theodora Bakoyannis | greece | government | 2006-03-01 | 2009-10-31
    Theodore Dabanga |  | central-african-republic | government | 2006-09-01 | 2006-09-30
    Theodore Sindikubwabo |  | rwanda | government | 1994-04-09 | 1994-07-19
    Theophile Mbemba |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Thierno Oumar Bah |  | guinea | government | 2007-08-01 | 2008-07-31
    Thiha Thura Tin Aung Myint |  | myanmar | government | 2004-04-01 | 2004-04-30
    Thimothee Moleka Nzulama |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Thinley Gyamtso | Thinley Gyamtsho | bhutan | government | 2003-01-01 | 2003-07-31
    Thom de Graaf |  | netherlands | government | 2003-06-01 | 2005-03-31
    Thomas E. Donilon |  | united-states | government | 2010-10-21 | 2013-06-30
    Thomas Kingston Critchley |  | papua-new-guinea | government | 1974-03-01 | 1975-09-16
    Thomas Klestil |  | austria | government | 1992-07-08 | 2004-07-06
    Thomas Matussek |  | germany | government | 2006-10-01 | 2009-11-30
    Thomas Ndikumana |  | burundi | government | 2003-01-01 | 2004-06-30
    Thomas Ndikumana |  | burundi | government | 2004-08-01 | 2005-09-30
    Thomas R. Pickering |  | united-states | government | 1989-03-08 | 1992-04-06
    Thomas Remengesau |  | palau | government | 1985-06-30 | 1985-07-02
    Thomas Remengesau |  | palau | government | 1988-08-20 | 1989-01-01
    Thomas Sankara |  | burkina-faso | government | 1983-01-10 | 1983-05-17
    Thomas Sankara |  | burkina-faso | government | 1983-08-04 | 1987-10-15
    Thomas Thabane |  | lesotho | government | 2003-01-01 | 2003-06-30
    Thomas Yaya Nimley |  | liberia | government | 2003-11-01 | 2006-03-31
    Thor Pedersen |  | denmark | government | 2003-01-01 | 2008-03-31
    Thorbjorn Jagland |  | norway | government | 1996-10-25 | 1997-10-17
    Thorsteinn Ingolfsson |  | iceland | government | 2003-02-01 | 2003-07-31
    Thorsteinn Palsson |  | iceland | government | 1987-07-08 | 1988-09-28
    Thuqan al Qudah |  | jordan | government | 2007-12-01 | 2009-12-31
    Thura Aye Myint |  | myanmar | government | 2003-01-01 | 2008-09-30
    Thura Myint Maung |  | myanmar | government | 2003-01-01 | 2003-08-31
    Ti Yav |  | cambodia | government | 2003-01-01 | 2004-11-30
    Tian Fengshan |  | china | government | 2003-01-01 | 2005-11-30
    Tibna Sambe Na Wana | Tibna Nawana Samba | guinea | government | 2006-06-01 | 2007-07-31
    Tibor Draskovics |  | hungary | government | 2004-03-01 | 2005-04-30
    Tibor Draskovics |  | hungary | government | 2007-07-01 | 2009-04-30
    Tichaona Jokonya | Tichaona Joseph Benjamin Jokonya | zimbabwe | government | 2003-01-01 | 2003-07-31
    Tidna Sambe Naune |  | guinea | government | 2003-01-01 | 2003-01-31
    Tie Banh |  | cambodia | government | 2003-01-01 | 2004-11-30
    Tijani Yahaya Kaura |  | nigeria | government | 2007-08-01 | 2009-01-31
    Tim Groser |  | new-zealand | government | 2009-01-01 | 2009-02-28
    Tim Lwanga |  | uganda | government | 2003-01-01 | 2003-05-31
    Timoci Bavadra |  | fiji | government | 1987-04-13 | 1987-05-14
    Timothee Malendoma |  | central-african-republic | government | 1992-12-04 | 1993-02-26
    Timothee Muteba |  | democratic-republic-of-the-congo | government | 2006-11-01 | 2007-01-31
    Timothy John Groser |  | new-zealand | government | 2009-03-01 | 2010-01-31
    Timothy Lwanga |  | uganda | government | 2003-06-01 | 2004-01-31
    Timothy Lwanga |  | uganda | government | 2004-03-01 | 2006-06-30
    Tin Hlaing |  | myanmar | government | 2003-01-01 | 2004-11-30
    Tin Ngwe |  | myanmar | government | 2003-01-01 | 2003-08-31
    Tino Gaina |  | samoa | government | 2004-03-01 | 2008-03-31
    Tint Swe |  | myanmar | government | 2003-01-01 | 2003-09-30
    Tion Otang |  | kiribati | government | 2003-03-28 | 2003-07-10
    Tion Otang |  | kiribati | government | 2003-06-01 | 2003-07-31
    Tioundoun Sessouma |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Tissa Karaliyadde | Tissa Karaliyadda | sri-lanka | government | 2004-06-01 | 2005-11-30
    Tissa Karaliyadde | Tissa Karaliyadda | sri-lanka | government | 2007-03-01 | 2010-04-30
    Tissa Vitharana |  | sri-lanka | government | 2004-06-01 | 2007-02-28
    Tissa Witarana |  | sri-lanka | government | 2007-03-01 | 2010-04-30
    Toalipi Lauti |  | tuvalu | government | 1975-10-02 | 1978-10-01
    Toalipi Lauti |  | tuvalu | government | 1978-10-01 | 1981-09-08
    Tobias Nobrega Suarez |  | venezuela | government | 2003-01-01 | 2004-12-31
    Todor Zhivkov |  | bulgaria | government | 1962-11-27 | 1971-07-09
    Todor Zhivkov |  | bulgaria | government | 1971-07-07 | 1989-11-17
    Tofilau Eti Alesana |  | samoa | government | 1982-12-31 | 1985-12-30
    Tofilau Eti Alesana |  | samoa | government | 1988-04-08 | 1998-11-23
    Toga Mcintosh | Toga G. Mcintosh | liberia | government | 2006-05-01 | 2008-10-31
    Tokyo Sexwale |  | south-africa | government | 2009-06-01 | 2009-10-31
    Tol Lah |  | cambodia | government | 2003-01-01 | 2004-11-30
    Tom Butiime | Tom Butime | uganda | government | 2003-01-01 | 2005-01-31
    Tom Butiime | Tom Butime | uganda | government | 2006-07-01 | 2009-02-28
    Tom C. Clark |  | united-states | government | 1945-06-27 | 1949-07-26
    Tom Ridge |  | united-states | government | 2001-10-08 | 2005-02-15
    Tomas Duenas |  | costa-rica | government | 2004-11-01 | 2009-10-31
    Tomasi Puapua |  | tuvalu | government | 1981-09-08 | 1989-10-16
    Tomasz Lipiec |  | poland | government | 2005-12-01 | 2007-07-31
    Tome Vera Cruz |  | sao-tome-and-principe | government | 2006-04-21 | 2008-02-14
    Tome Vera Cruz |  | sao-tome-and-principe | government | 2006-05-01 | 2006-08-31
    Tomiichi Murayama |  | japan | government | 1994-06-29 | 1996-01-11
    Tomiko Okazaki |  | japan | government | 2010-10-01 | 2011-01-31
    Tommaso Padoa Schioppa |  | italy | government | 2006-06-01 | 2008-05-31
    Tommy Lapid |  | israel | government | 2003-03-01 | 2004-12-31
    Tomu Sione |  | tuvalu | government | 1993-12-01 | 1994-06-21
    Ton Duc Thang |  | vietnam | government | 1969-09-03 | 1976-07-02
    Ton Duc Thang |  | vietnam | government | 1976-07-02 | 1980-03-30
    Tonino Picula |  | croatia | government | 2003-01-01 | 2004-01-31
    Tony Aimo |  | papua-new-guinea | government | 2007-10-01 | 2010-04-30
    Tony Blair |  | united-kingdom | government | 1997-05-02 | 2007-06-27
    Tony Blair |  | united-kingdom | government | 2003-01-01 | 2007-06-30
    Tony Brenton |  | united-kingdom | government | 2003-03-01 | 2003-10-31
    Tony Debrum |  | marshall-islands | government | 2008-08-01 | 2008-08-31
    Tony Debrum |  | marshall-islands | government | 2008-09-01 | 2009-06-30
    Tony Keng Yam Tan |  | singapore | government | 2003-01-01 | 2004-03-31
    Tony Tan Keng Yam |  | singapore | government | 2004-04-01 | 2005-09-30
    Tony Valeri |  | canada | government | 2004-08-01 | 2006-02-28
    Toomu Sione |  | tuvalu | government | 2003-01-01 | 2004-09-30
    Torcuato Fernandez Miranda |  | spain | government | 1973-12-20 | 1974-01-02
    Toshiki Kaifu |  | japan | government | 1989-08-09 | 1991-11-06
    Toshimitsu Motegi |  | japan | government | 2004-04-01 | 2004-04-30
    Toshimitsu Motegi |  | japan | government | 2008-09-01 | 2008-09-30
    Tosiwo Nakayama |  | micronesia | government | 1979-05-11 | 1987-05-11
    Tove Fergo |  | denmark | government | 2003-01-01 | 2005-02-28
    Tran Duc Luong |  | vietnam | government | 1997-09-24 | 2006-06-27
    Tran Thien Khiem |  | vietnam | government | 1969-09-01 | 1975-04-04
    Tran van Huong |  | vietnam | government | 1975-04-21 | 1975-04-28
    Trapsida Fatima |  | niger | government | 2003-01-01 | 2003-10-31
    Trapsida Fatima |  | niger | government | 2003-12-01 | 2004-03-31
    Trevor Mallard |  | new-zealand | government | 2003-01-01 | 2008-12-31
    Trevor Prescod |  | barbados | government | 2006-03-01 | 2008-02-28
    Truon My Hoa |  | vietnam | government | 2004-03-01 | 2004-08-31
    Truong Chinh |  | vietnam | government | 1981-07-04 | 1987-06-18
    Truong Chinh |  | vietnam | government | 1986-07-14 | 1986-12-18
    Truong My Hoa |  | vietnam | government | 2004-09-01 | 2007-07-31
    Tsagaanlamyn Dugersuren |  | mongolia | government | 1972-05-20 | 1972-06-29
    Tsai Hsung Hsiung | Tsai Hsun Hsiung | taiwan | government | 2008-06-01 | 2010-04-30
    Tsai Ing Wen |  | taiwan | government | 2006-12-01 | 2008-02-28
    Tsakhiagiyn Elbegdorj | Tsakhiagiyn Elbedorj | mongolia | government | 2004-08-20 | 2006-01-25
    Tsehafi Taezaz Aklilu Habte Wold |  | ethiopia | government | 1961-04-17 | 1974-03-01
    Tsend Munh Orgil | Tsend Munhk Orgil | mongolia | government | 2005-05-01 | 2006-02-28
    Tsend Nyamdorj |  | mongolia | government | 2005-09-01 | 2007-06-30
    Tsutomu Hata |  | japan | government | 1994-04-25 | 1994-06-29
    Tsutomu Sato |  | japan | government | 2008-10-01 | 2009-09-30
    Tuanku Jaafar Ibni al Marhum Yamtuan Abdul Rahman |  | malaysia | government | 1994-04-26 | 1999-04-25
    Tuanku Syed Sirajuddin Ibni Almarhum |  | malaysia | government | 2003-01-01 | 2006-12-31
    Tuiatua Tupua Tamasese Efi |  | samoa | government | 2007-05-11 | 2007-06-20
    Tuiloma Neroni Slade |  | samoa | government | 2003-01-01 | 2004-02-28
    Tulaga Manuella |  | tuvalu | government | 1994-06-21 | 1998-06-26
    Tulsi Giri |  | nepal | government | 1975-12-01 | 1977-09-12
    Tulsi Giri |  | nepal | government | 2005-08-01 | 2006-05-31
    Tun Abdul Razak bin Hussein |  | malaysia | government | 1970-09-22 | 1976-01-14
    Tun Tin |  | myanmar | government | 1988-07-26 | 1988-09-18
    Tuner Isong |  | nigeria | government | 2003-01-01 | 2003-07-31
    Tunku Abdul Rahman Putra Alhaj |  | malaysia | government | 1959-08-21 | 1970-09-22
    Tupau Tamasese Efi Tuiatua |  | samoa | government | 2008-04-01 | 2008-07-31
    Tupua Tamasese Lealofi IV |  | samoa | government | 1970-02-25 | 1973-03-01
    Tupua Tamasese Lealofi IV |  | samoa | government | 1975-05-21 | 1976-03-24
    Tupuola Taisi Tufuga Efi |  | samoa | government | 1976-03-24 | 1982-04-13
    Tupuola Taisi Tufuga Efi |  | samoa | government | 1982-09-18 | 1982-12-31
    Turgut Ozal |  | turkey | government | 1989-11-09 | 1993-04-17
    Turner Isoun |  | nigeria | government | 2003-08-01 | 2007-07-31
    Tyronne Fernando |  | sri-lanka | government | 2003-01-01 | 2004-05-31
    Tzahi Hanegbi |  | israel | government | 2004-10-01 | 2006-05-31
    Tzannis Tzannetakis |  | greece | government | 1989-07-02 | 1989-10-11
    Tzipi Livni |  | israel | government | 2003-03-01 | 2009-03-31
    U Aohat |  | cambodia | government | 2003-01-01 | 2004-11-30
    U Kyaw Thu |  | myanmar | government | 2003-09-01 | 2003-09-30
    U Kyaw Tint Swe |  | myanmar | government | 2003-01-01 | 2004-02-28
    U Linn Myaing |  | myanmar | government | 2003-01-01 | 2004-02-28
    U Myo Myint |  | myanmar | government | 2003-01-01 | 2003-09-30
    U Nyi Hla Ngwe |  | myanmar | government | 2003-01-01 | 2003-09-30
    U Thaung |  | myanmar | government | 2004-03-01 | 2004-11-30
    U Tong Chuk |  | north-korea | government | 2009-05-01 | 2009-05-31
    Ubaldino Real | Ubaldino Real Solis | panama | government | 2004-10-01 | 2007-09-30
    Uch Kim An |  | cambodia | government | 2003-01-01 | 2004-11-30
    Ufot Ekaette |  | nigeria | government | 2009-02-01 | 2010-04-30
    Uk Rabun |  | cambodia | government | 2003-01-01 | 2004-11-30
    Ukhna Khurelsukh |  | mongolia | government | 2005-07-01 | 2007-12-31
    Ukil Abdus Sattar Bhuiyan |  | bangladesh | government | 2005-06-01 | 2007-02-28
    Uko Lay |  | myanmar | government | 2003-09-01 | 2004-02-28
    Uladi Mussa |  | malawi | government | 2003-01-01 | 2003-03-31
    Ulla Maj Wideroos |  | finland | government | 2003-05-01 | 2007-04-30
    Ulrica Messing |  | sweden | government | 2003-01-01 | 2003-08-31
    Ulrik Federspiel |  | denmark | government | 2003-01-01 | 2005-10-31
    Ulzisaikhan Enkhtuvshin |  | mongolia | government | 2003-01-01 | 2005-06-30
    Umar Abdirashid Ali Sharmarke |  | somalia | government | 2009-03-01 | 2010-10-31
    Umar Arteh Ghalib |  | somalia | government | 1991-01-24 | 1993-01-01
    Umar Hashi Adan |  | somalia | government | 2004-08-01 | 2004-08-31
    Umar Muhsin Abd al Rahman al Amudi |  | yemen | government | 2004-06-01 | 2004-06-30
    Umar Mustafa al Muntasir |  | libya | government | 1987-03-01 | 1990-10-07
    Umar Zahir |  | maldives | government | 2003-01-01 | 2005-07-31
    Umar al Bashir |  | sudan | government | 2003-01-01 | 2009-08-31
    Umberto Bossi |  | italy | government | 2003-01-01 | 2005-03-31
    Umit Pamir |  | turkey | government | 2003-01-01 | 2004-12-31
    Ung Huot |  | cambodia | government | 1997-07-16 | 1998-11-30
    Upendra Devkota |  | nepal | government | 2003-01-01 | 2003-08-31
    Upendra Yadav |  | nepal | government | 2008-09-01 | 2009-06-30
    Uri Rosenthal |  | netherlands | government | 2010-11-01 | 2010-11-30
    Urmila Joella Sewnundun |  | suriname | government | 2003-01-01 | 2010-08-31
    Ursula Plassnik |  | austria | government | 2005-02-01 | 2008-12-31
    Ursule Tourkounda |  | chad | government | 2003-08-01 | 2004-08-31
    Usha Jeetah |  | mauritius | government | 2003-01-01 | 2009-12-31
    Ustad Haji Mohammad Mohaqqeq |  | afghanistan | government | 2003-01-01 | 2004-05-31
    Uta Sevele Feleti Vaka |  | tonga | government | 2010-06-01 | 2011-01-31
    Utong Chuk |  | north-korea | government | 2009-06-01 | 2009-10-31
    Uz Husnu Suood |  | maldives | government | 2009-12-01 | 2011-01-31
    Uzi Landau |  | israel | government | 2003-03-01 | 2004-11-30
    V. Alfred Grey | V. Alfred Gray | bahamas | government | 2006-03-01 | 2007-06-30
    V. Sreenivasa Prasad |  | india | government | 2003-01-01 | 2004-01-31
    Va'ai Kolone |  | samoa | government | 1982-04-13 | 1982-09-18
    Va'ai Kolone |  | samoa | government | 1985-12-30 | 1988-04-08
    Vaclav Klaus |  | czech-republic | government | 1992-07-02 | 1997-12-17
    Vadim Morozov | Vadim Nikolayevich Morozov | russia | government | 2003-10-01 | 2004-03-31
    Valentin Aditi Houde |  | benin | government | 2003-01-01 | 2006-04-30
    Valentin Houf |  | benin | government | 2008-12-01 | 2009-02-28
    Valentin Paniagua |  | peru | government | 2000-11-22 | 2001-07-28
    Valentin Pavlov |  | russia | government | 1991-01-14 | 1991-08-22
    Valentina Matviyenko | Valentina Ivanovna Matviyenko | russia | government | 2003-01-01 | 2003-02-28
    Valentine Strasser |  | sierra-leone | government | 1992-05-01 | 1996-01-16
    Valeria Ciavatta |  | san-marino | government | 2003-10-01 | 2004-04-01
    Valerie Letard |  | france | government | 2007-07-01 | 2009-06-30
    Valerie Ntirahabineza | Valerie Nyirahabineza | rwanda | government | 2003-11-01 | 2004-06-30
    Valery Giscard D'estaing |  | france | government | 1974-05-27 | 1981-05-21
    Vannino Chiti |  | italy | government | 2006-06-01 | 2008-05-31
    Varahagiri Venkata Giri |  | india | government | 1969-08-24 | 1974-08-24
    Vasil Minchev Ivanov |  | bulgaria | government | 2003-08-01 | 2005-08-31
    Vasily Kuznetsov |  | russia | government | 1982-11-10 | 1983-06-16
    Vasily Kuznetsov |  | russia | government | 1984-02-09 | 1984-04-11
    Vasily Kuznetsov |  | russia | government | 1985-03-10 | 1985-07-02
    Vcho Myong Nok |  | north-korea | government | 2003-01-01 | 2009-10-31
    Ved Prakash Goyal |  | india | government | 2003-01-01 | 2003-04-30
    Venant Kamana |  | burundi | government | 2006-04-01 | 2007-11-30
    Venant Tshipasa |  | democratic-republic-of-the-congo | government | 2003-08-01 | 2004-02-28
    Venant Tshipasa |  | democratic-republic-of-the-congo | government | 2004-04-01 | 2007-01-31
    Venerand Bakevyumusaya |  | burundi | government | 2007-12-01 | 2010-09-30
    Venur Kumar Dhananjaya |  | india | government | 2003-01-01 | 2003-04-30
    Verissimo Correia Seabra |  | guinea-bissau | government | 2003-09-14 | 2003-09-28
    Vernon A. Walters |  | united-states | government | 1985-05-17 | 1989-03-08
    Vernon Shaw |  | dominica | government | 1998-10-06 | 2003-10-01
    Vete Sakaio |  | tuvalu | government | 2010-11-01 | 2011-01-31
    Vic Toews |  | canada | government | 2007-02-01 | 2010-05-31
    Vicente Almeida D'eca |  | cape-verde | government | 1974-09-21 | 1975-07-05
    Vicente Fox Quesada |  | mexico | government | 2000-12-01 | 2006-11-30
    Vicente Williams |  | honduras | government | 2003-01-01 | 2006-02-28
    Victor A. Domingo |  | philippines | government | 2010-04-01 | 2010-07-31
    Victor Borges |  | cape-verde | government | 2004-08-01 | 2008-07-31
    Victor Brailovsky |  | israel | government | 2004-12-01 | 2004-12-31
    Victor Camilleri |  | malta | government | 2003-08-01 | 2007-08-31
    Victor Cespedes |  | dominican-republic | government | 2003-01-01 | 2004-08-31
    Victor Ciorbea |  | romania | government | 1996-12-12 | 1998-03-30
    Victor Hermoza Sagaz |  | paraguay | government | 2003-01-01 | 2003-01-31
    Victor Joy Way |  | peru | government | 1999-01-03 | 1999-10-10
    Victor Lacorbiniere |  | saint-lucia | government | 2004-12-01 | 2007-02-28
    Victor Manuel Lagos Pizzati |  | el-salvador | government | 2003-07-01 | 2005-08-31
    Victor Manuel Talavera |  | nicaragua | government | 2004-02-01 | 2007-01-31
    Victor Marijnen |  | netherlands | government | 1963-07-24 | 1965-04-14
    Victor Mengol |  | cameroon | government | 2006-11-01 | 2007-11-30
    Victor Paz Estenssoro |  | bolivia | government | 1985-08-06 | 1989-08-06
    Victor Saude Maria |  | guinea-bissau | government | 1982-05-14 | 1984-03-10
    Victoria Mata |  | venezuela | government | 2008-03-01 | 2010-06-30
    Viera Petrikova |  | slovakia | government | 2009-08-01 | 2010-07-31
    Vigdis Finnbogadottir |  | iceland | government | 1980-08-01 | 1996-07-31
    Vijay Goel |  | india | government | 2003-01-01 | 2004-01-31
    Vijay Nambiar |  | india | government | 2003-01-01 | 2004-06-30
    Vijaya Kumar Gachhedar |  | nepal | government | 2008-09-01 | 2009-06-30
    Vijitha Herath |  | sri-lanka | government | 2004-06-01 | 2005-11-30
    Vikram Verma |  | india | government | 2003-01-01 | 2004-05-31
    Viktor Chernomyrdin |  | russia | government | 1992-12-14 | 1998-03-23
    Viktor Chernomyrdin |  | russia | government | 1998-08-23 | 1998-09-11
    Viktor Khristenko | Viktor Borisovich Khristenko | russia | government | 2003-01-01 | 2004-03-31
    Viktor Khristenko | Viktor Borisovich Khristenko | russia | government | 2004-02-24 | 2004-03-05
    Viktor Klima |  | austria | government | 1997-01-28 | 2000-02-04
    Viktor Orban |  | hungary | government | 1998-07-06 | 2002-05-27
    Viktor Zubkov | Viktor Alekseyevich Zubkov | russia | government | 2007-09-14 | 2008-05-08
    Viliami Tangi |  | tonga | government | 2006-10-01 | 2011-01-31
    Ville Itala |  | finland | government | 2003-01-01 | 2003-04-30
    Vilson Ahmeti |  | albania | government | 1991-12-10 | 1992-04-13
    Vince Henderson |  | dominica | government | 2003-01-01 | 2004-01-31
    Vincent Ogbuleafor |  | nigeria | government | 2003-01-01 | 2003-07-31
    Vincent Siew |  | taiwan | government | 1997-09-01 | 2000-05-20
    Vincent van Quickenborne |  | belgium | government | 2003-08-01 | 2007-12-31
    Vinci Niel Clodumar |  | nauru | government | 2003-01-01 | 2006-08-31
    Vinicio Alvarado |  | ecuador | government | 2007-02-01 | 2008-02-28
    Vinicio Gomez |  | guatemala | government | 2008-03-01 | 2008-07-31
    Vinod Khanna |  | india | government | 2003-05-01 | 2004-01-31
    Violeta Barrios de Chamorro |  | nicaragua | government | 1990-04-25 | 1997-01-10
    Virasak Futrakul |  | thailand | government | 2006-08-01 | 2007-04-30
    Virgilio Barco Vargas |  | colombia | government | 1986-08-07 | 1990-08-07
    Vishanu Krua Ngam |  | thailand | government | 2003-01-01 | 2005-06-30
    Vishwanath Pratap Singh |  | india | government | 1989-12-02 | 1990-11-10
    Vitaliy Artyukhov | Vitaliy Grigoryevich Artyukhov | russia | government | 2003-01-01 | 2004-03-31
    Vitor Crespo |  | mozambique | government | 1974-09-12 | 1975-06-25
    Vitor Mandinga |  | guinea | government | 2006-06-01 | 2007-07-31
    Vkim Il Chol |  | north-korea | government | 2003-01-01 | 2009-10-31
    Vkim Yong Chun |  | north-korea | government | 2003-01-01 | 2004-11-30
    Vkim Yong Chun |  | north-korea | government | 2005-01-01 | 2009-10-31
    Vladimir Drobnjak |  | croatia | government | 2003-08-01 | 2005-03-31
    Vladimir Ivashko | Vladimir A. Ivashko | russia | government | 1991-08-24 | 1991-08-29
    Vladimir Palko |  | slovakia | government | 2003-01-01 | 2004-07-31
    Vladimir Palko |  | slovakia | government | 2004-09-01 | 2006-02-28
    Vladimir Putin | Vladimir V. Putin; Vladimir Vladimirovich Putin | russia | government | 1999-08-09 | 2000-05-07
    Vladimir Putin | Vladimir V. Putin; Vladimir Vladimirovich Putin | russia | government | 1999-12-31 | 2008-05-07
    Vladimir Spidla |  | czech-republic | government | 2002-07-12 | 2004-07-26
    Vladimir Spidla |  | czech-republic | government | 2003-02-02 | 2003-03-07
    Vladimir Ustinov | Vladimir Vasilyevich Ustinov | russia | government | 2003-01-01 | 2006-06-30
    Vladimir Yakovlev | Vladimir Anatolyevich Yakovlev | russia | government | 2003-07-01 | 2004-03-31
    Vladimir Zorin | Vladimir Yuryevich Zorin | russia | government | 2003-01-01 | 2004-03-31
    Vlastimil Tlusty |  | czech-republic | government | 2006-10-01 | 2007-01-31
    Vlatko Pavletic |  | croatia | government | 1999-11-26 | 2000-02-02
    Vo Chi Cong |  | vietnam | government | 1987-06-18 | 1992-09-22
    Vo van Kiet |  | vietnam | government | 1988-03-10 | 1988-06-22
    Vo van Kiet |  | vietnam | government | 1991-08-08 | 1992-09-24
    Vo van Kiet |  | vietnam | government | 1992-09-24 | 1997-09-25
    Voreqe Bainimarama |  | fiji | government | 2000-05-29 | 2000-07-18
    Voreqe Bainimarama |  | fiji | government | 2006-12-05 | 2007-01-04
    Vova Bulane |  | lesotho | government | 2003-03-01 | 2003-09-30
    Vpaek Hak Nim |  | north-korea | government | 2003-01-01 | 2003-07-31
    Vramon Emilio Jimenez |  | dominican-republic | government | 2003-06-01 | 2004-08-31
    Vri Yong Mu |  | north-korea | government | 2003-01-01 | 2009-10-31
    Vu Khoan |  | vietnam | government | 2003-01-01 | 2006-06-30
    Vu van Mau |  | vietnam | government | 1975-04-28 | 1975-04-30
    Vyron Polydoras |  | greece | government | 2006-03-01 | 2007-09-30
    Waheed Deen |  | maldives | government | 2007-08-01 | 2008-08-31
    Waldemar Pawlak |  | poland | government | 1992-06-05 | 1992-07-08
    Waldemar Pawlak |  | poland | government | 1993-10-26 | 1995-03-06
    Waldo Bernal Pereira |  | bolivia | government | 1981-08-04 | 1981-09-04
    Walfrido Mares Guia |  | brazil | government | 2007-04-01 | 2007-11-30
    Wallace Edward Rowling |  | new-zealand | government | 1974-09-06 | 1975-12-12
    Walt W. Rostow |  | united-states | government | 1966-04-01 | 1969-01-20
    Walter Balzan |  | malta | government | 2003-01-01 | 2003-07-31
    Walter F. Mondale |  | united-states | government | 1977-01-20 | 1981-01-20
    Walter Guevara Arze |  | bolivia | government | 1979-08-08 | 1979-11-01
    Walter Lini |  | vanuatu | government | 1980-07-30 | 1991-09-06
    Walter Scheel |  | germany | government | 1974-05-07 | 1974-05-16
    Walter Scheel |  | germany | government | 1974-07-01 | 1979-06-30
    Walter Ulbricht |  | east-germany | government | 1960-09-12 | 1973-08-01
    Walter Villarroel Morochi |  | bolivia | government | 2006-02-01 | 2006-10-31
    Wamalwa Kijana |  | kenya | government | 2003-01-01 | 2003-09-30
    Wandira Specioza Kazibwe |  | uganda | government | 2003-01-01 | 2003-05-31
    Wang Guangtao |  | china | government | 2003-01-01 | 2008-03-31
    Wang Guangya |  | china | government | 2003-05-01 | 2003-07-31
    Wang Guangya |  | china | government | 2003-10-01 | 2008-11-30
    Wang Shucheng |  | china | government | 2003-01-01 | 2007-08-31
    Wang Yingfan |  | china | government | 2003-01-01 | 2003-04-30
    Wang Zhongyu |  | china | government | 2003-01-01 | 2003-04-30
    Wangdi Norbu |  | bhutan | government | 2003-08-01 | 2004-11-30
    Wangdi Norbu |  | bhutan | government | 2005-01-01 | 2007-08-31
    Wanmuhamatno Matha |  | thailand | government | 2003-01-01 | 2003-08-31
    Wanmuhamatno Matha |  | thailand | government | 2003-10-01 | 2005-03-31
    Warren Christopher | Warren M. Christopher | united-states | government | 1980-04-28 | 1980-05-02
    Warren Christopher | Warren M. Christopher | united-states | government | 1980-05-04 | 1980-05-08
    Warren Christopher | Warren M. Christopher | united-states | government | 1993-01-20 | 1997-01-07
    Warren R. Austin |  | united-states | government | 1947-01-13 | 1953-01-22
    Wasim Sajjad |  | pakistan | government | 1993-07-18 | 1993-11-14
    Wasim Sajjad |  | pakistan | government | 1997-12-02 | 1998-01-01
    Wayne Easter |  | canada | government | 2003-01-01 | 2003-12-31
    Webster Shamu |  | zimbabwe | government | 2005-05-01 | 2009-02-28
    Wee Chong Jin |  | singapore | government | 1985-03-27 | 1985-03-29
    Wee Kim Wee |  | singapore | government | 1985-09-03 | 1993-09-01
    Wegger Strommen |  | norway | government | 2007-11-01 | 2007-11-30
    Welile Augustine Nhlapo |  | south-africa | government | 2007-10-01 | 2010-06-30
    Wen Jiabao |  | china | government | 2003-03-16 | 2013-03-05
    Weng Yueh Sheng |  | taiwan | government | 2005-01-01 | 2008-02-28
    Wesley Johnson |  | liberia | government | 2003-11-01 | 2006-01-31
    Wheatonia Dixon Barnes |  | liberia | government | 2003-12-01 | 2006-04-30
    Wilfred Machage |  | kenya | government | 2007-11-01 | 2008-04-30
    Wilfredo Lopez Rodriguez |  | cuba | government | 2003-01-01 | 2005-08-31
    Wilfried Martens |  | belgium | government | 1979-04-03 | 1981-04-06
    Wilfried Martens |  | belgium | government | 1981-12-17 | 1992-03-07
    Wilfried Martens |  | belgium | government | 1990-04-04 | 1990-04-05
    Wilhelm Molterer |  | austria | government | 2007-02-01 | 2008-12-31
    Willem Drees |  | netherlands | government | 1948-08-07 | 1958-12-22
    Willi Stoph |  | east-germany | government | 1964-09-24 | 1973-10-03
    Willi Stoph |  | east-germany | government | 1973-10-03 | 1976-10-29
    Willi Stoph |  | east-germany | government | 1976-10-29 | 1989-11-13
    William B. Saxbe |  | united-states | government | 1974-01-04 | 1975-01-14
    William Bull |  | liberia | government | 2003-01-01 | 2006-04-30
    William Burns | William J. Burns | united-states | government | 1982-01-01 | ?
    William Chong Wong |  | honduras | government | 2004-10-01 | 2006-02-28
    William Duma |  | papua-new-guinea | government | 2007-09-01 | 2007-09-30
    William F. Smith |  | united-states | government | 1981-01-23 | 1985-02-25
    William Graham |  | canada | government | 2004-01-01 | 2004-07-31
    William Handal |  | el-salvador | government | 2006-06-01 | 2009-06-30
    William Haomae | William Nii Haomae | solomon-islands | government | 2008-04-01 | 2009-08-31
    William Mcmahon |  | australia | government | 1971-03-10 | 1972-12-05
    William Ole Ntimama |  | kenya | government | 2004-08-01 | 2006-03-31
    William P. Barr |  | united-states | government | 1991-08-15 | 1993-01-20
    William P. Clark |  | united-states | government | 1982-01-04 | 1983-10-17
    William Rogers |  | united-states | government | 1957-10-23 | 1961-01-20
    William Rogers |  | united-states | government | 1969-01-22 | 1973-09-03
    William Skate |  | papua-new-guinea | government | 2004-04-01 | 2004-06-30
    William W. Scranton |  | united-states | government | 1976-03-15 | 1977-01-18
    Willie Jimmy Tapangararua |  | vanuatu | government | 2004-10-01 | 2005-04-30
    Willie Posen |  | vanuatu | government | 2003-01-01 | 2003-11-30
    Willis Knuckles |  | liberia | government | 2006-05-01 | 2008-10-31
    Willy Bakonga |  | democratic-republic-of-the-congo | government | 2007-12-01 | 2008-10-31
    Willy Brandt |  | germany | government | 1969-10-21 | 1974-05-07
    Wilmoth Daniel |  | antigua-and-barbuda | government | 2005-02-01 | 2005-11-30
    Wilson Masilingi |  | tanzania | government | 2003-01-01 | 2003-01-31
    Wilson Tuckey |  | australia | government | 2003-01-01 | 2004-07-31
    Wilton B. Persons |  | united-states | government | 1958-10-07 | 1961-01-20
    Wilton Sankawulo |  | liberia | government | 1995-09-01 | 1996-09-03
    Wim Kok |  | netherlands | government | 1994-08-22 | 2002-07-22
    Win Aung |  | myanmar | government | 2003-01-01 | 2004-09-30
    Winston Peters |  | new-zealand | government | 2005-12-01 | 2008-10-31
    Wisanu Kruangam |  | thailand | government | 2005-07-01 | 2006-07-31
    Wisseh Mcclain |  | liberia | government | 2003-01-01 | 2003-10-31
    Witten T. Philippo |  | marshall-islands | government | 2004-02-01 | 2006-02-28
    Wiwa Korowi |  | papua-new-guinea | government | 1991-11-18 | 1997-11-20
    Wlodzimierz Cimoszewicz |  | poland | government | 1996-02-07 | 1997-10-17
    Wlodzimierz Cimoszewicz |  | poland | government | 2003-01-01 | 2005-02-28
    Wojciech Jasinski |  | poland | government | 2006-03-01 | 2007-11-30
    Wolfgang Ischinger |  | germany | government | 2003-01-01 | 2006-03-31
    Wolfgang Schuessel |  | austria | government | 2003-01-01 | 2007-01-31
    Wolfgang Schussel |  | austria | government | 2000-02-04 | 2007-01-11
    Wong Chin Chu |  | taiwan | government | 2008-03-01 | 2008-05-31
    Wouter Bos |  | netherlands | government | 2007-03-01 | 2010-03-31
    Wu Bangguo |  | china | government | 2003-01-01 | 2003-04-30
    Wu Hsien Chu |  | taiwan | government | 2003-01-01 | 2004-09-30
    Wu Mau Kuen |  | taiwan | government | 2005-01-01 | 2008-02-28
    Wu Tse Cheng |  | taiwan | government | 2008-03-01 | 2008-05-31
    Wu Yi |  | china | government | 2003-01-01 | 2008-03-31
    Wutthipong Chaisaeng |  | thailand | government | 2008-03-01 | 2008-12-31
    Xavier Jordana |  | andorra | government | 2007-06-01 | 2008-03-31
    Xavier Ledesma |  | ecuador | government | 2004-06-01 | 2005-04-30
    Xenophon Zolotas |  | greece | government | 1989-11-23 | 1990-04-11
    Xiang Huaicheng |  | china | government | 2003-01-01 | 2003-04-30
    Xu Guanhua |  | china | government | 2003-01-01 | 2007-05-31
    Yaacov Edri |  | israel | government | 2006-06-01 | 2009-03-31
    Yadira Cordova |  | venezuela | government | 2004-08-01 | 2005-04-30
    Yahia Guiddoum |  | algeria | government | 2005-06-01 | 2007-06-30
    Yahya Muhammad al Shaibi | Yahya Muhammad al Shuaybi | yemen | government | 2006-03-01 | 2009-06-30
    Yahya Ould Ahmed el Waghef |  | mauritius | government | 2008-05-06 | 2008-08-06
    Yahya al Shuaybi | Yahya al Shuibi | yemen | government | 2006-03-01 | 2009-06-30
    Yahya bin Mahfudh al Manthiri |  | oman | government | 2004-10-01 | 2005-03-31
    Yang Jiechi |  | china | government | 2003-01-01 | 2005-07-31
    Yang Jong Her |  | taiwan | government | 2008-03-01 | 2008-05-31
    Yang Kun | Yang Gun | south-korea | government | 2008-08-01 | 2010-03-31
    Yang Shangkun |  | china | government | 1988-04-08 | 1993-03-27
    Yang Song Chol |  | south-korea | government | 2003-01-01 | 2003-02-28
    Yani Rosenthal |  | honduras | government | 2006-03-01 | 2008-02-28
    Yao Chi Kuo |  | taiwan | government | 2004-10-01 | 2004-12-31
    Yao Chia Wen |  | taiwan | government | 2005-01-01 | 2008-02-28
    Yar Muhammad Rind |  | pakistan | government | 2004-11-01 | 2007-01-31
    Yasar Yakis |  | turkey | government | 2003-01-01 | 2003-02-28
    Yashwant Sinha |  | india | government | 2003-01-01 | 2004-05-31
    Yasin Said Numan |  | yemen | government | 1986-02-08 | 1990-05-22
    Yasir Arafat |  | palestine | government | 1994-07-05 | 2004-11-11
    Yasmina Baddou |  | morocco | government | 2003-03-01 | 2003-09-30
    Yasna Provoste |  | chile | government | 2005-05-01 | 2006-04-30
    Yassin Jaber |  | lebanon | government | 2004-12-01 | 2005-07-31
    Yasta Provoste |  | chile | government | 2004-11-01 | 2005-04-30
    Yasuhiro Nakasone |  | japan | government | 1982-11-26 | 1987-11-06
    Yasuhisa Shiozaki |  | japan | government | 2006-10-01 | 2007-08-31
    Yasuo Fukuda |  | japan | government | 2003-01-01 | 2004-05-31
    Yasuo Fukuda |  | japan | government | 2007-11-01 | 2008-09-30
    Yavel Mireya Francis Lanuza |  | panama | government | 2009-05-01 | 2009-07-31
    Yaw Barimah |  | ghana | government | 2003-01-01 | 2003-03-31
    Yaw Barimah |  | ghana | government | 2007-09-01 | 2009-03-31
    Yaw Osafo Marfo | Yaw Osafo Maafo | ghana | government | 2003-01-01 | 2005-03-31
    Yawovi Agboyibo |  | togo | government | 2006-09-20 | 2007-12-06
    Yaya Dillo |  | chad | government | 2008-05-01 | 2010-03-31
    Yayah Kanu |  | sierra-leone | government | 1992-04-29 | 1992-04-29
    Yaye Kene Gassama Dia |  | senegal | government | 2007-01-01 | 2007-12-31
    Yazora Soropogui |  | guinea | government | 2006-11-01 | 2007-07-31
    Ye Jianying |  | china | government | 1978-03-05 | 1983-06-18
    Yegor Gaidar |  | russia | government | 1992-06-15 | 1992-12-14
    Yeh Chu Lan |  | taiwan | government | 2005-01-01 | 2008-02-28
    Yehude Simon Munaro |  | peru | government | 2008-11-01 | 2009-07-31
    Yen Chia Kan |  | taiwan | government | 1963-12-15 | 1972-05-29
    Yen Chia Kan |  | taiwan | government | 1975-04-05 | 1978-05-20
    Yeoh Ghim Seng |  | singapore | government | 1970-11-23 | 1971-01-02
    Yeoh Ghim Seng |  | singapore | government | 1981-05-12 | 1981-10-24
    Yeoh Ghim Seng |  | singapore | government | 1985-03-29 | 1985-09-03
    Yeorgos Voulgarakis |  | greece | government | 2007-10-01 | 2008-09-30
    Yeoryios Alogoskoufis |  | greece | government | 2004-04-01 | 2009-01-31
    Yeoryios Anomeritis |  | greece | government | 2003-01-01 | 2003-07-31
    Yeoryios Floridis |  | greece | government | 2003-08-01 | 2004-03-31
    Yeoryios Hatzianastasiou |  | cyprus | government | 2007-06-01 | 2008-02-28
    Yeoryios Kalantzis |  | greece | government | 2006-03-01 | 2007-09-30
    Yeoryios Papakonstandinou |  | greece | government | 2009-11-01 | 2009-11-30
    Yeoryios Papandreou |  | greece | government | 2003-01-01 | 2004-03-31
    Yeoryios Papandreou |  | greece | government | 2009-11-01 | 2010-09-30
    Yeoryios Paskhalidis | Yeoryios Paskhalidhis | greece | government | 2003-01-01 | 2004-03-31
    Yeoryios Voulgarakis |  | greece | government | 2004-04-01 | 2006-02-28
    Yeoryious Savvaides |  | greece | government | 2003-01-01 | 2005-12-31
    Yerko Kukoc del Carpio |  | bolivia | government | 2003-03-01 | 2003-10-31
    Yeshey Zimba |  | bhutan | government | 2003-01-01 | 2003-07-31
    Yeshey Zimba |  | bhutan | government | 2004-09-01 | 2005-09-30
    Yevgeny Primakov |  | russia | government | 1998-09-11 | 1999-05-12
    Yi Fu Lin |  | taiwan | government | 2003-01-01 | 2004-12-31
    Yi Hae Chan |  | south-korea | government | 2004-08-01 | 2004-09-30
    Yi Hon Chae |  | south-korea | government | 2004-03-01 | 2004-09-30
    Yi Kun Sik |  | south-korea | government | 2003-01-01 | 2003-02-28
    Yi Kun Yong |  | south-korea | government | 2003-01-01 | 2003-02-28
    Yi Kwang Ho |  | north-korea | government | 2003-01-01 | 2003-07-31
    Yi Kwang Ho |  | north-korea | government | 2003-10-01 | 2004-11-30
    Yi Sang Chu |  | south-korea | government | 2003-01-01 | 2003-02-28
    Yi Sang Mu |  | north-korea | government | 2003-01-01 | 2004-11-30
    Yi Ul Sol |  | north-korea | government | 2003-01-01 | 2003-09-30
    Yildirim Akbulut |  | turkey | government | 1989-11-09 | 1991-06-23
    Yin Chi Ming |  | taiwan | government | 2008-06-01 | 2008-09-30
    Yin Weimin |  | china | government | 2007-09-01 | 2008-03-31
    Ying Wen Tsai |  | taiwan | government | 2003-01-01 | 2004-09-30
    Yiorgos Lillikas |  | cyprus | government | 2006-07-01 | 2007-07-31
    Yisicacafute Youharni |  | taiwan | government | 2003-01-01 | 2004-09-30
    Yitzhak Cohen |  | israel | government | 2006-06-01 | 2009-03-31
    Yitzhak Herzog |  | israel | government | 2005-02-01 | 2005-12-31
    Yitzhak Herzog |  | israel | government | 2007-04-01 | 2009-03-31
    Yitzhak Rabin |  | israel | government | 1974-06-03 | 1977-04-22
    Yitzhak Rabin |  | israel | government | 1992-07-13 | 1995-11-04
    Yitzhak Shamir |  | israel | government | 1983-10-10 | 1984-09-14
    Yitzhak Shamir |  | israel | government | 1986-10-20 | 1992-07-13
    Ylli Bufi |  | albania | government | 1991-06-05 | 1991-12-10
    Yock Suan Lee |  | singapore | government | 2003-01-01 | 2004-04-30
    Yoko Kamikawa |  | japan | government | 2007-09-01 | 2008-08-31
    Yolanda Mayora de Gavidia |  | el-salvador | government | 2004-07-01 | 2008-07-31
    Yom Sun Kil |  | north-korea | government | 2003-10-01 | 2004-11-30
    Yomi Edu |  | nigeria | government | 2003-01-01 | 2003-07-31
    Yon Hyong Muk |  | north-korea | government | 1988-12-12 | 1992-12-11
    Yongyut Yutthawong |  | thailand | government | 2006-11-01 | 2008-02-28
    Yoo Chang Soon |  | south-korea | government | 1982-01-04 | 1982-06-25
    Yoon Jeung Hyun |  | south-korea | government | 2004-11-01 | 2008-03-31
    Yoriko Kawaguchi |  | japan | government | 2003-01-01 | 2004-09-30
    Yoshihide Suga |  | japan | government | 2006-10-01 | 2007-08-31
    Yoshimi Watanabe |  | japan | government | 2007-02-01 | 2008-08-31
    Yoshiro Mori |  | japan | government | 2000-04-05 | 2001-04-26
    Yoshitada Konoike |  | japan | government | 2003-01-01 | 2003-11-30
    Yoshito Sengoku |  | japan | government | 2009-10-01 | 2011-01-31
    Yossef Paritzky |  | israel | government | 2004-07-01 | 2004-07-31
    Yossi Paritzky |  | israel | government | 2003-03-01 | 2004-06-30
    Youcef Yousfi |  | algeria | government | 2006-04-01 | 2008-07-31
    Younoussi Toure |  | mali | government | 1992-06-09 | 1993-04-12
    Yousef al Otaiba |  | united-arab-emirates | government | 2008-08-01 | 2008-09-30
    Youssef Amin Wally |  | egypt | government | 2003-01-01 | 2004-08-31
    Youssef Boutros Ghali |  | egypt | government | 2004-08-01 | 2004-08-31
    Youssef Taqla |  | lebanon | government | 2008-08-01 | 2009-11-30
    Youssouf Abassalah | Youssouf Abassallah | chad | government | 2003-01-01 | 2003-07-31
    Youssouf Ouedraogo |  | burkina-faso | government | 1992-06-16 | 1994-03-22
    Youssouf Ouedraogo |  | burkina-faso | government | 2003-01-01 | 2007-06-30
    Youssouf Sylla |  | guinea | government | 2008-08-01 | 2009-03-31
    Youssoupha Ndiaye |  | senegal | government | 2003-01-01 | 2003-10-31
    Youssoupha Ndiaye |  | senegal | government | 2003-12-01 | 2006-12-31
    Yu Hokkri |  | cambodia | government | 2003-01-01 | 2004-11-30
    Yu Hsiu Chen |  | taiwan | government | 2003-01-01 | 2004-09-30
    Yu Hui Chang |  | taiwan | government | 2003-01-01 | 2004-09-30
    Yu Keaheang |  | cambodia | government | 2003-01-01 | 2004-11-30
    Yu Kuo Hwa |  | taiwan | government | 1984-05-20 | 1989-05-21
    Yu Mi Yong |  | north-korea | government | 2003-10-01 | 2004-11-30
    Yu Shyi Kun |  | taiwan | government | 2002-02-01 | 2005-02-01
    Yu Shyi Kun |  | taiwan | government | 2005-01-01 | 2005-02-28
    Yueh Sheng Weng |  | taiwan | government | 2003-01-01 | 2004-12-31
    Yuji Yamamoto |  | japan | government | 2006-10-01 | 2007-08-31
    Yukio Hatoyama |  | japan | government | 2009-10-01 | 2010-06-30
    Yukio Sato |  | japan | government | 2003-01-01 | 2003-01-31
    Yukio Takasu |  | japan | government | 2007-09-01 | 2010-08-31
    Yuko Obuchi |  | japan | government | 2008-10-01 | 2009-09-30
    Yuma Moota |  | democratic-republic-of-the-congo | government | 2003-01-01 | 2003-07-31
    Yung San Lee |  | taiwan | government | 2003-01-01 | 2004-09-30
    Yuntuvi Bao |  | papua-new-guinea | government | 2003-01-01 | 2004-01-31
    Yuntuvi Bao |  | papua-new-guinea | government | 2004-08-01 | 2006-02-28
    Yuriy Ushakov | Yuriy Viktorovich Ushakov | russia | government | 2003-01-01 | 2008-07-31
    Yury Andropov |  | russia | government | 1982-11-12 | 1984-02-09
    Yury Andropov |  | russia | government | 1983-06-16 | 1984-02-09
    Yusif bin Ahmad al Uthaymayn |  | saudi-arabia | government | 2008-06-01 | 2009-02-28
    Yusril Izha Mahendra | Yusril Ihza Mahendra | indonesia | government | 2004-11-01 | 2007-05-31
    Yussuf Hassan Ibrahim |  | somalia | government | 2003-01-01 | 2006-03-31
    Yusuf Ahmed Mohammed Harare |  | somalia | government | 2006-04-01 | 2007-03-31
    Yusuf Anwar |  | indonesia | government | 2004-11-01 | 2005-12-31
    Yusuf Hyasat | Yusuf Hayyasat | jordan | government | 2005-05-01 | 2006-05-31
    Yusuf Nzibo | Yusuf A. Nzibo | kenya | government | 2003-12-01 | 2004-07-31
    Yusuf Salami |  | lebanon | government | 2004-12-01 | 2005-07-31
    Yusuf Suleiman Takana |  | sudan | government | 2003-01-01 | 2004-09-30
    Yusuf Suleiman Takana |  | sudan | government | 2004-11-01 | 2005-10-31
    Yusuf Suwayd | Yusuf Suwayt | syria | government | 2006-03-01 | 2010-05-31
    Yves Jego |  | france | government | 2008-04-01 | 2009-06-30
    Yves Leterme |  | belgium | government | 2008-01-01 | 2008-12-31
    Yves Leterme |  | belgium | government | 2008-03-20 | 2008-12-19
    Yves Sahinguvu |  | burundi | government | 2007-12-01 | 2010-09-30
    Yvette Cooper |  | united-kingdom | government | 2008-03-01 | 2010-05-31
    Yvon Neptune |  | haiti | government | 2002-03-15 | 2004-03-12
    Yvon Simeon |  | haiti | government | 2004-04-01 | 2005-02-28
    Zacharie Perevet |  | cameroon | government | 2003-01-01 | 2005-01-31
    Zail Singh |  | india | government | 1982-07-25 | 1987-07-25
    Zainab Hawa Bangura |  | sierra-leone | government | 2007-11-01 | 2010-12-31
    Zakhia Meghji |  | tanzania | government | 2006-03-01 | 2008-02-28
    Zalmay Khalilzad |  | united-states | government | 2005-06-21 | 2009-01-20
    Zaphyrin Muyu Diambu di Lusala Nieva |  | democratic-republic-of-the-congo | government | 2007-03-01 | 2007-11-30
    Zarifou Ayeva |  | togo | government | 2005-07-01 | 2008-08-31
    Zbigniew Brzezinski |  | united-states | government | 1977-01-20 | 1981-01-21
    Zbigniew Kaniewski |  | poland | government | 2004-03-01 | 2004-05-31
    Zbigniew Messner |  | poland | government | 1985-11-06 | 1988-09-27
    Zbigniew Wassermann |  | poland | government | 2005-12-01 | 2007-11-30
    Zdenek Skromach |  | czech-republic | government | 2004-09-01 | 2006-09-30
    Zeev Boim |  | israel | government | 2006-02-01 | 2009-03-31
    Zeid Raad Zeid al Hussein |  | jordan | government | 2003-04-01 | 2010-09-30
    Zeine Ould Zeidane |  | mauritius | government | 2007-04-20 | 2008-05-06
    Zeki Ergezen |  | turkey | government | 2003-01-01 | 2005-06-30
    Zeljka Antunovic |  | croatia | government | 2003-01-01 | 2004-01-31
    Zeng Peiyan |  | china | government | 2003-05-01 | 2008-03-31
    Zeng Qinghong |  | china | government | 2003-05-01 | 2008-03-31
    Zenko Suzuki |  | japan | government | 1980-07-17 | 1982-11-26
    Zentani Muhammad Az Zentani |  | libya | government | 1992-11-18 | 2008-03-03
    Zhan Videnov |  | bulgaria | government | 1995-01-25 | 1997-02-12
    Zhang Bolin |  | china | government | 2003-05-01 | 2007-08-31
    Zhang Weiqing |  | china | government | 2003-01-01 | 2008-03-31
    Zhang Yesui |  | china | government | 2008-12-01 | 2010-03-31
    Zhao Ziyang |  | china | government | 1980-09-10 | 1987-11-24
    Zhao Ziyang |  | china | government | 1987-01-16 | 1989-06-24
    Zhelyu Zhelev |  | bulgaria | government | 1990-08-01 | 1997-01-22
    Zhou Enlai |  | china | government | 1949-10-01 | 1976-01-08
    Zhou Wenzhong |  | china | government | 2005-08-01 | 2010-04-30
    Zhou Yongkang |  | china | government | 2003-05-01 | 2008-03-31
    Zhu De |  | china | government | 1975-01-17 | 1976-07-06
    Zhu Rongji |  | china | government | 1998-03-17 | 2003-03-16
    Zhu Rongji |  | china | government | 2003-01-01 | 2003-04-30
    Ziad Fariz | Ziad Fareiz | jordan | government | 2006-06-01 | 2007-11-30
    Ziaur Rahman |  | bangladesh | government | 1977-04-21 | 1981-05-30
    Zilla Boukari |  | niger | government | 2005-02-01 | 2006-08-31
    Zlatko Matesa |  | croatia | government | 1995-11-04 | 2000-01-27
    Zlatko Tomcic |  | croatia | government | 2000-02-02 | 2000-02-18
    Zoltan Varga |  | hungary | government | 2009-05-01 | 2010-06-30
    Zoran Bosnjak |  | croatia | government | 2003-07-01 | 2003-07-31
    Zubeir Bashir Taha | Zubeir Beshir Taha | sudan | government | 2004-09-01 | 2008-04-30
    Zubeir Mohammed Hassan |  | sudan | government | 2005-11-01 | 2010-06-30
    Zulfikar Ali Bhutto |  | pakistan | government | 1971-12-20 | 1973-08-13
    Zulfikar Ali Bhutto |  | pakistan | government | 1973-08-14 | 1977-07-05
    Zulhasnan Rafique |  | malaysia | government | 2006-03-01 | 2009-04-30
    Zyta Gilowska |  | poland | government | 2006-02-01 | 2006-06-30
    Zyta Gilowska |  | poland | government | 2006-11-01 | 2007-11-30
    A. K. Antony | AK Antony; A.K. Antony | india | defence-minister | 2006-10-25 | 2014-05-26
    Abdalla Hamdok | Abdallah Hamdok | sudan | head-of-government | 2019-08-21 | 2021-10-25
    Abdalla Hamdok | Abdallah Hamdok | sudan | head-of-government | 2021-11-21 | 2022-01-02
    Abdalla Salem El-Badri | Abdallah Salem el-Badri | opec | head | 2007-01-01 | 2016-07-31
    Abdel Fattah al-Burhan | Abdel Fattah Burhan | sudan | head-of-state | 2019-04-12 | ?
    Abdel Fattah el-Sisi | Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah al-Sissi | egypt | head-of-state | 2014-06-08 | ?
    Abdelaziz Bouteflika |  | algeria | head-of-state | 1999-04-27 | 2019-04-02
    Abdelaziz Djerad |  | algeria | head-of-government | 2019-12-28 | 2021-06-30
    Abdelilah Benkirane |  | morocco | head-of-government | 2011-11-29 | 2017-04-05
    Abdelkader Bensalah |  | algeria | head-of-state | 2019-04-09 | 2019-12-19
    Abdelmadjid Tebboune |  | algeria | head-of-government | 2017-05-25 | 2017-08-15
    Abdelmadjid Tebboune |  | algeria | head-of-state | 2019-12-19 | ?
    Abdelmalek Sellal |  | algeria | head-of-government | 2012-09-03 | 2014-03-13
    Abdelmalek Sellal |  | algeria | head-of-government | 2014-04-28 | 2017-05-24
    Abdiweli Sheikh Ahmed |  | somalia | head-of-government | 2013-12-21 | 2014-12-24
    Abdoulaye Idrissa Maïga | Abdoulaye Idrissa Maiga | mali | head-of-government | 2017-04-08 | 2017-12-29
    Abdoulaye Maïga | Abdoulaye Maiga | mali | head-of-government | 2022-08-21 | 2022-12-05
    Abdoulaye Maïga | Abdoulaye Maiga | mali | head-of-government | 2024-11-21 | ?
    Abdoulkader Kamil Mohamed |  | djibouti | head-of-government | 2013-04-01 | ?
    Abdourahamane Tchiani | Abdourahmane Tiani; Abdourahamane Tiani | niger | head-of-state | 2023-07-26 | ?
    Abdrabbuh Mansur Hadi | Abd Rabbuh Mansur Hadi | yemen | head-of-state | 2012-02-25 | 2022-04-07
    Abdul Halim Mu'adzam Shah | Abdul Halim of Kedah | malaysia | head-of-state | 2011-12-13 | 2016-12-12
    Abdul Hamid | Md. Abdul Hamid; Mohammad Abdul Hamid | bangladesh | head-of-state | 2013-03-14 | 2023-04-24
    Abdul Hamid Dbeibeh | Abdulhamid Dbeibah; Abdul Hamid Dbeibah | libya | head-of-government | 2021-03-15 | ?
    Abdul Latif Rashid | Abdul Latif Jamal Rashid | iraq | head-of-state | 2022-10-17 | ?
    Abdulla Aripov |  | uzbekistan | head-of-government | 2016-12-14 | ?
    Abdulla Yameen | Abdulla Yameen Abdul Gayoom | maldives | head-of-government | 2013-11-17 | 2018-11-17
    Abdulla Yameen | Abdulla Yameen Abdul Gayoom | maldives | head-of-state | 2013-11-17 | 2018-11-17
    Abdullah Ensour |  | jordan | head-of-government | 2012-10-11 | 2016-06-01
    Abdullah Gül | Abdullah Gul | turkey | head-of-state | 2007-08-28 | 2014-08-28
    Abdullah II | Abdullah II of Jordan | jordan | head-of-state | 1999-02-07 | ?
    Abdullah al-Thani | Abdullah al-Thinni | libya | head-of-government | 2014-03-11 | 2021-03-15
    Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud | saudi-arabia | head-of-government | 2005-08-01 | 2015-01-23
    Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud | saudi-arabia | head-of-state | 2005-08-01 | 2015-01-23
    Abdullah bin Nasser bin Khalifa Al Thani | Abdullah bin Nasser Al Thani | qatar | head-of-government | 2013-06-26 | 2020-01-28
    Abdullah of Pahang | Al-Sultan Abdullah; Abdullah Ri'ayatuddin Al-Mustafa Billah Shah | malaysia | head-of-state | 2019-01-31 | 2024-01-30
    Abiy Ahmed |  | ethiopia | head-of-government | 2018-04-02 | ?
    Adama Barrow |  | gambia | head-of-government | 2017-01-19 | ?
    Adama Barrow |  | gambia | head-of-state | 2017-01-19 | ?
    Adel al-Jubeir |  | saudi-arabia | foreign-minister | 2015-04-29 | 2018-12-27
    Adil Abdul-Mahdi | Adel Abdul Mahdi | iraq | head-of-government | 2018-10-25 | 2020-05-07
    Adly Mansour |  | egypt | head-of-state | 2013-07-04 | 2014-06-08
    Adrian Hasler |  | liechtenstein | head-of-government | 2013-03-27 | 2021-03-25
    Adylbek Kasymaliev |  | kyrgyzstan | head-of-government | 2024-12-16 | ?
    Aguila Saleh Issa | Aguila Saleh | libya | head-of-state | 2014-08-05 | 2016-03-30
    Agustín Rossi | Agustin Rossi | argentina | defence-minister | 2013-06-03 | 2015-12-10
    Agustín Rossi | Agustin Rossi | argentina | defence-minister | 2019-12-10 | 2021-08-10
    Ahmad Abdullah Al-Ahmad Al-Sabah | Ahmad Abdullah al-Sabah | kuwait | head-of-government | 2024-04-15 | ?
    Ahmad Awad bin Mubarak | Ahmed Awad bin Mubarak | yemen | head-of-government | 2024-02-05 | 2025-05-03
    Ahmad Nawaf Al-Ahmad Al-Sabah | Ahmad Nawaf al-Sabah | kuwait | head-of-government | 2022-07-24 | 2024-01-04
    Ahmed Hachani |  | tunisia | head-of-government | 2023-08-01 | 2024-08-07
    Ahmed Obeid bin Daghr |  | yemen | head-of-government | 2016-04-04 | 2018-10-15
    Ahmed Ouyahia |  | algeria | head-of-government | 2017-08-15 | 2019-03-11
    Ahmed al-Sharaa | Ahmad al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani | syria | head-of-government | 2025-03-29 | ?
    Ahmed al-Sharaa | Ahmad al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani | syria | head-of-state | 2024-12-08 | ?
    Ahmet Davutoğlu | Ahmet Davutoglu | turkey | foreign-minister | 2009-05-01 | 2014-08-29
    Ahmet Davutoğlu | Ahmet Davutoglu | turkey | head-of-government | 2014-08-28 | 2016-05-24
    Ahn Gyu-back | Ahn Gyu-baek | south-korea | defence-minister | 2025-07-25 | ?
    Aisake Eke | ʻAisake Eke; Aisake Valu Eke; ʻAisake Valu Eke; 'Aisake Eke; 'Aisake Valu Eke | tonga | head-of-government | 2024-12-24 | 2025-12-18
    Ajay Banga | Ajaypal Singh Banga | world-bank | head | 2023-06-02 | ?
    Akihito |  | japan | head-of-state | 1989-01-07 | 2019-04-30
    Akilisi Pohiva | ʻAkilisi Pōhiva; 'Akilisi Pohiva | tonga | head-of-government | 2014-12-30 | 2019-09-12
    Akinori Eto |  | japan | defence-minister | 2014-09-03 | 2014-12-24
    Akylbek Japarov | Akylbek Zhaparov | kyrgyzstan | head-of-government | 2021-10-12 | 2024-12-16
    Alain Berset |  | switzerland | head-of-government | 2018-01-01 | 2018-12-31
    Alain Berset |  | switzerland | head-of-government | 2023-01-01 | 2023-12-31
    Alain Berset |  | switzerland | head-of-state | 2018-01-01 | 2018-12-31
    Alain Berset |  | switzerland | head-of-state | 2023-01-01 | 2023-12-31
    Alain Claude Bilie By Nze |  | gabon | head-of-government | 2023-01-09 | 2023-08-30
    Alain-Guillaume Bunyoni |  | burundi | head-of-government | 2020-06-23 | 2022-09-07
    Alar Karis |  | estonia | head-of-state | 2021-10-11 | ?
    Alassane Ouattara |  | ivory-coast | head-of-state | 2010-12-04 | ?
    Albert II | Albert II of Monaco | monaco | head-of-state | 2005-04-06 | ?
    Albert Ouédraogo | Albert Ouedraogo | burkina-faso | head-of-government | 2022-03-03 | 2022-10-21
    Albert Pahimi Padacké | Albert Pahimi Padacke | chad | head-of-government | 2016-02-13 | 2018-05-08
    Albert Pahimi Padacké | Albert Pahimi Padacke | chad | head-of-government | 2021-04-26 | 2022-10-12
    Alberto Fernández | Alberto Fernandez | argentina | head-of-government | 2019-12-10 | 2023-12-10
    Alberto Fernández | Alberto Fernandez | argentina | head-of-state | 2019-12-10 | 2023-12-10
    Albin Kurti |  | kosovo | head-of-government | 2020-02-03 | 2020-06-03
    Albin Kurti |  | kosovo | head-of-government | 2021-03-22 | ?
    Aldo Rebelo |  | brazil | defence-minister | 2015-10-02 | 2016-05-12
    Alejandro Giammattei |  | guatemala | head-of-government | 2020-01-14 | 2024-01-15
    Alejandro Giammattei |  | guatemala | head-of-state | 2020-01-14 | 2024-01-15
    Alejandro Maldonado | Alejandro Maldonado Aguirre | guatemala | head-of-government | 2015-09-03 | 2016-01-14
    Alejandro Maldonado | Alejandro Maldonado Aguirre | guatemala | head-of-state | 2015-09-03 | 2016-01-14
    Aleksandar Vučić | Aleksandar Vucic | serbia | head-of-government | 2014-04-27 | 2017-05-31
    Aleksandar Vučić | Aleksandar Vucic | serbia | head-of-state | 2017-05-31 | ?
    Alen Simonyan |  | armenia | head-of-state | 2022-02-01 | 2022-03-13
    Alenka Bratušek | Alenka Bratusek | slovenia | head-of-government | 2013-03-20 | 2014-09-18
    Alexander De Croo |  | belgium | head-of-government | 2020-10-01 | 2025-02-03
    Alexander Lukashenko | Aliaksandr Lukashenka; Alexander Lukashenka; Alyaksandr Lukashenka | belarus | head-of-state | 1994-07-20 | ?
    Alexander Schallenberg |  | austria | head-of-government | 2021-10-11 | 2021-12-06
    Alexander Schallenberg |  | austria | head-of-government | 2025-01-10 | 2025-03-03
    Alexander Stubb |  | finland | head-of-government | 2014-06-24 | 2015-05-29
    Alexander Stubb |  | finland | head-of-state | 2024-03-01 | ?
    Alexander Turchin | Aliaksandr Turchyn | belarus | head-of-government | 2025-03-10 | ?
    Alexander Van der Bellen |  | austria | head-of-state | 2017-01-26 | ?
    Alexandru Munteanu |  | moldova | head-of-government | 2025-11-01 | ?
    Alexis Tsipras |  | greece | head-of-government | 2015-01-26 | 2015-08-27
    Alexis Tsipras |  | greece | head-of-government | 2015-09-21 | 2019-07-08
    Alfonso Prat-Gay |  | argentina | finance-minister | 2015-12-10 | 2016-12-31
    Algirdas Butkevičius | Algirdas Butkevicius | lithuania | head-of-government | 2012-12-13 | 2016-12-13
    Ali Asadov |  | azerbaijan | head-of-government | 2019-10-08 | ?
    Ali Bongo Ondimba | Ali Bongo | gabon | head-of-state | 2009-10-16 | 2023-08-30
    Ali Khamenei |  | iran | head-of-state | 1989-06-04 | ?
    Ali Laarayedh | Ali Larayedh | tunisia | head-of-government | 2013-03-14 | 2014-01-29
    Ali Lamine Zeine |  | niger | head-of-government | 2023-08-08 | ?
    Ali Zeidan |  | libya | head-of-government | 2012-11-14 | 2014-03-11
    Alicia Bárcena | Alicia Barcena | mexico | foreign-minister | 2023-07-03 | 2024-09-30
    Alihan Smailov | Alikhan Smailov | kazakhstan | head-of-government | 2022-01-05 | 2024-02-05
    Alix Didier Fils-Aimé | Alix Didier Fils-Aime | haiti | head-of-government | 2024-11-11 | ?
    Allamaye Halina |  | chad | head-of-government | 2024-05-23 | ?
    Allen Chastanet |  | saint-lucia | head-of-government | 2016-06-07 | 2021-07-28
    Almazbek Atambayev |  | kyrgyzstan | head-of-state | 2011-12-01 | 2017-11-24
    Aloysio Nunes |  | brazil | foreign-minister | 2017-03-07 | 2019-01-01
    Alpha Condé | Alpha Conde | guinea | head-of-state | 2010-12-21 | 2021-09-05
    Amadou Ba |  | senegal | head-of-government | 2022-09-17 | 2024-03-06
    Amadou Gon Coulibaly |  | ivory-coast | head-of-government | 2017-01-10 | 2020-07-08
    Amadou Oury Bah | Bah Oury | guinea | head-of-government | 2024-02-27 | ?
    Ambrose Mandvulo Dlamini | Ambrose Dlamini | eswatini | head-of-government | 2018-10-27 | 2020-12-13
    Ameenah Gurib-Fakim |  | mauritius | head-of-state | 2015-06-05 | 2018-03-23
    Aminata Touré | Aminata Toure | senegal | head-of-government | 2013-09-01 | 2014-07-04
    Américo Ramos | Américo d'Oliveira Ramos; Americo Ramos; Americo d'Oliveira Ramos | sao-tome-and-principe | head-of-government | 2025-01-12 | ?
    Ana Brnabić | Ana Brnabic | serbia | head-of-government | 2017-06-29 | 2024-03-20
    Anastase Murekezi |  | rwanda | head-of-government | 2014-07-24 | 2017-08-30
    Anatole Collinet Makosso |  | republic-of-the-congo | head-of-government | 2021-05-12 | ?
    Anders Fogh Rasmussen |  | nato | head | 2009-08-01 | 2014-09-30
    Andrei Belousov | Andrey Belousov | russia | defence-minister | 2024-05-14 | ?
    Andrei Kobyakov | Andrei Kobiakov | belarus | head-of-government | 2014-12-27 | 2018-08-18
    Andrej Babiš | Andrej Babis | czech-republic | head-of-government | 2017-12-13 | 2021-11-28
    Andrej Babiš | Andrej Babis | czech-republic | head-of-government | 2025-12-09 | ?
    Andrej Kiska |  | slovakia | head-of-state | 2014-06-15 | 2019-06-15
    Andrej Plenković | Andrej Plenkovic | croatia | head-of-government | 2016-10-19 | ?
    Andrew Holness |  | jamaica | head-of-government | 2016-03-03 | ?
    Andris Bērziņš | Andris Berzins | latvia | head-of-state | 2011-07-08 | 2015-07-08
    Andrus Ansip |  | estonia | head-of-government | 2005-04-13 | 2014-03-26
    Andry Rajoelina |  | madagascar | head-of-state | 2009-03-17 | 2014-01-25
    Andry Rajoelina |  | madagascar | head-of-state | 2019-01-19 | 2023-09-09
    Andry Rajoelina |  | madagascar | head-of-state | 2023-12-16 | 2025-10-14
    Andrzej Duda |  | poland | head-of-state | 2015-08-06 | 2025-08-06
    André Nzapayeké | Andre Nzapayeke | central-african-republic | head-of-government | 2014-01-25 | 2014-08-10
    Andrés Manuel López Obrador | AMLO; Andres Manuel Lopez Obrador | mexico | head-of-government | 2018-12-01 | 2024-09-30
    Andrés Manuel López Obrador | AMLO; Andres Manuel Lopez Obrador | mexico | head-of-state | 2018-12-01 | 2024-09-30
    Anerood Jugnauth | SAJ | mauritius | head-of-government | 2014-12-17 | 2017-01-23
    Angela Merkel |  | germany | head-of-government | 2005-11-22 | 2021-12-08
    Angelino Alfano |  | italy | foreign-minister | 2016-12-12 | 2018-06-01
    Angie Motshekga |  | south-africa | defence-minister | 2024-07-03 | ?
    Anita Anand |  | canada | defence-minister | 2021-10-26 | 2023-07-26
    Anita Anand |  | canada | foreign-minister | 2025-05-13 | ?
    Annalena Baerbock |  | germany | foreign-minister | 2021-12-08 | 2025-05-06
    Annegret Kramp-Karrenbauer | AKK | germany | defence-minister | 2019-07-17 | 2021-12-08
    Anote Tong |  | kiribati | head-of-government | 2003-07-10 | 2016-03-11
    Anote Tong |  | kiribati | head-of-state | 2003-07-10 | 2016-03-11
    Anthony Albanese |  | australia | head-of-government | 2022-05-23 | ?
    Anthony Carmona |  | trinidad-and-tobago | head-of-state | 2013-03-18 | 2018-03-19
    Antoine Armand |  | france | finance-minister | 2024-09-21 | 2024-12-23
    Anton Siluanov |  | russia | finance-minister | 2011-12-16 | ?
    Antoni Martí | Antoni Marti | andorra | head-of-government | 2011-05-12 | 2019-05-16
    Antonio Tajani |  | european-parliament | head | 2017-01-17 | 2019-07-03
    Antonio Tajani |  | italy | foreign-minister | 2022-10-22 | ?
    Antonis Samaras |  | greece | head-of-government | 2012-06-20 | 2015-01-26
    Antony Blinken | Tony Blinken | united-states | foreign-minister | 2021-01-26 | 2025-01-20
    Antti Rinne |  | finland | head-of-government | 2019-06-06 | 2019-12-10
    António Costa | Antonio Costa | european-council | head | 2024-12-01 | ?
    António Costa | Antonio Costa | portugal | head-of-government | 2015-11-26 | 2024-04-02
    António Guterres | Antonio Guterres | united-nations | head | 2017-01-01 | ?
    Anura Kumara Dissanayake | Anura Kumara Dissanayaka; AKD | sri-lanka | head-of-government | 2024-09-23 | ?
    Anura Kumara Dissanayake | Anura Kumara Dissanayaka; AKD | sri-lanka | head-of-state | 2024-09-23 | ?
    Anutin Charnvirakul |  | thailand | head-of-government | 2025-09-07 | ?
    Anwaar-ul-Haq Kakar | Anwaarul Haq Kakar | pakistan | head-of-government | 2023-08-14 | 2024-03-04
    Anwar Ibrahim |  | malaysia | head-of-government | 2022-11-24 | ?
    Aníbal Cavaco Silva | Cavaco Silva; Anibal Cavaco Silva | portugal | head-of-state | 2006-03-09 | 2016-03-09
    Apollinaire Joachim Kyélem de Tambèla | Apollinaire Joachim Kyelem de Tambela | burkina-faso | head-of-government | 2022-10-21 | 2024-12-06
    Ariel Henry |  | haiti | head-of-government | 2021-07-20 | 2024-04-25
    Arif Alvi |  | pakistan | head-of-state | 2018-09-09 | 2024-03-10
    Aristides Gomes |  | guinea-bissau | head-of-government | 2018-04-16 | 2020-02-28
    Armando Guebuza |  | mozambique | head-of-government | 2005-02-02 | 2015-01-15
    Armando Guebuza |  | mozambique | head-of-state | 2005-02-02 | 2015-01-15
    Armen Sarkissian | Armen Sargsyan | armenia | head-of-state | 2018-04-09 | 2022-02-01
    Arseniy Yatsenyuk | Arseny Yatsenyuk | ukraine | head-of-government | 2014-02-27 | 2016-04-14
    Artem Novikov |  | kyrgyzstan | head-of-government | 2020-11-14 | 2021-02-03
    Artur Rasizade |  | azerbaijan | head-of-government | 2003-11-04 | 2018-04-21
    Artur Silva |  | guinea-bissau | head-of-government | 2018-01-31 | 2018-04-16
    Arturo Herrera | Arturo Herrera Gutiérrez; Arturo Herrera Gutierrez | mexico | finance-minister | 2019-07-09 | 2021-07-15
    Arun Jaitley |  | india | defence-minister | 2014-05-26 | 2014-11-09
    Arun Jaitley |  | india | defence-minister | 2017-03-13 | 2017-09-03
    Arun Jaitley |  | india | finance-minister | 2014-05-26 | 2019-05-30
    Ash Carter | Ashton Carter | united-states | defence-minister | 2015-02-17 | 2017-01-20
    Ashraf Ghani |  | afghanistan | head-of-government | 2014-09-29 | 2021-08-15
    Ashraf Ghani |  | afghanistan | head-of-state | 2014-09-29 | 2021-08-15
    Asif Ali Zardari |  | pakistan | head-of-state | 2024-03-10 | ?
    Askar Mamin |  | kazakhstan | head-of-government | 2019-02-21 | 2022-01-05
    Assimi Goïta | Assimi Goita | mali | head-of-state | 2020-08-19 | 2020-09-25
    Assimi Goïta | Assimi Goita | mali | head-of-state | 2021-05-28 | ?
    Atifete Jahjaga |  | kosovo | head-of-state | 2011-04-07 | 2016-04-07
    Augustin Matata Ponyo |  | democratic-republic-of-the-congo | head-of-government | 2012-04-18 | 2016-11-17
    Aung San Suu Kyi |  | myanmar | head-of-government | 2016-04-06 | 2021-02-01
    Aureliu Ciocoi |  | moldova | head-of-government | 2020-12-31 | 2021-08-06
    Avdullah Hoti |  | kosovo | head-of-government | 2020-06-03 | 2021-03-22
    Axel Kicillof |  | argentina | finance-minister | 2013-11-20 | 2015-12-10
    Aymen Benabderrahmane |  | algeria | head-of-government | 2021-07-07 | 2023-11-11
    Azali Assoumani |  | comoros | head-of-government | 2016-05-26 | ?
    Azali Assoumani |  | comoros | head-of-state | 2016-05-26 | ?
    Aziz Akhannouch |  | morocco | head-of-government | 2021-10-07 | ?
    Baciro Djá | Baciro Dja | guinea-bissau | head-of-government | 2015-08-20 | 2015-09-17
    Baciro Djá | Baciro Dja | guinea-bissau | head-of-government | 2016-05-27 | 2016-11-18
    Bah Ndaw |  | mali | head-of-state | 2020-09-25 | 2021-05-26
    Bajram Begaj |  | albania | head-of-state | 2022-07-24 | ?
    Bakir Izetbegović | Bakir Izetbegovic | bosnia-and-herzegovina | head-of-state | 2010-11-10 | 2018-11-20
    Bakri Hassan Saleh |  | sudan | head-of-government | 2017-03-02 | 2018-09-09
    Bakytzhan Sagintayev |  | kazakhstan | head-of-government | 2016-09-09 | 2019-02-21
    Baldwin Lonsdale |  | vanuatu | head-of-state | 2014-09-22 | 2017-06-17
    Baldwin Spencer |  | antigua-and-barbuda | head-of-government | 2004-03-24 | 2014-06-13
    Bambang Brodjonegoro |  | indonesia | finance-minister | 2014-10-27 | 2016-07-27
    Ban Ki-moon |  | united-nations | head | 2007-01-01 | 2016-12-31
    Barack Obama |  | united-states | head-of-government | 2009-01-20 | 2017-01-20
    Barack Obama |  | united-states | head-of-state | 2009-01-20 | 2017-01-20
    Barham Salih |  | iraq | head-of-state | 2018-10-02 | 2022-10-17
    Barlen Vyapoory |  | mauritius | head-of-state | 2018-03-23 | 2019-12-02
    Barnabas Sibusiso Dlamini | Sibusiso Dlamini | eswatini | head-of-government | 2008-10-23 | 2018-09-04
    Baron Waqa |  | nauru | head-of-government | 2013-06-11 | 2019-08-27
    Baron Waqa |  | nauru | head-of-state | 2013-06-11 | 2019-08-27
    Bart De Wever |  | belgium | head-of-government | 2025-02-03 | ?
    Bashar al-Assad | Bashar Assad | syria | head-of-state | 2000-07-17 | 2024-12-08
    Bassirou Diomaye Faye |  | senegal | head-of-state | 2024-04-02 | ?
    Beata Szydło | Beata Szydlo | poland | head-of-government | 2015-11-16 | 2017-12-11
    Beji Caid Essebsi | Béji Caïd Essebsi | tunisia | head-of-state | 2014-12-31 | 2019-07-25
    Ben Wallace |  | united-kingdom | defence-minister | 2019-07-24 | 2023-08-31
    Benigno Aquino III | Noynoy Aquino | philippines | head-of-government | 2010-06-30 | 2016-06-30
    Benigno Aquino III | Noynoy Aquino | philippines | head-of-state | 2010-06-30 | 2016-06-30
    Benjamin Netanyahu |  | israel | head-of-government | 2009-03-31 | 2021-06-13
    Benjamin Netanyahu |  | israel | head-of-government | 2022-12-29 | ?
    Berat Albayrak |  | turkey | finance-minister | 2018-07-10 | 2020-11-09
    Bernard Cazeneuve |  | france | head-of-government | 2016-12-06 | 2017-05-15
    Bernard Goumou |  | guinea | head-of-government | 2022-07-16 | 2024-02-19
    Bernardo Arévalo | Bernardo Arevalo | guatemala | head-of-government | 2024-01-15 | ?
    Bernardo Arévalo | Bernardo Arevalo | guatemala | head-of-state | 2024-01-15 | ?
    Bhumibol Adulyadej |  | thailand | head-of-state | 1946-06-09 | 2016-10-13
    Bidya Devi Bhandari |  | nepal | head-of-state | 2015-10-29 | 2023-03-13
    Bill Blair |  | canada | defence-minister | 2023-07-26 | 2025-05-13
    Bill English |  | new-zealand | head-of-government | 2016-12-12 | 2017-10-26
    Bill Morneau |  | canada | finance-minister | 2015-11-04 | 2020-08-18
    Binali Yıldırım | Binali Yildirim | turkey | head-of-government | 2016-05-24 | 2018-07-09
    Bisher Al-Khasawneh | Bisher al-Khasawneh | jordan | head-of-government | 2020-10-12 | 2024-09-18
    Bjarni Benediktsson |  | iceland | head-of-government | 2017-01-11 | 2017-11-30
    Bjarni Benediktsson |  | iceland | head-of-government | 2024-04-09 | 2024-12-21
    Blaise Compaoré | Blaise Compaore | burkina-faso | head-of-state | 1987-10-15 | 2014-10-31
    Bob Loughman |  | vanuatu | head-of-government | 2020-04-20 | 2022-11-04
    Bohuslav Sobotka |  | czech-republic | head-of-government | 2014-01-17 | 2017-12-13
    Bola Tinubu | Bola Ahmed Tinubu | nigeria | head-of-government | 2023-05-29 | ?
    Bola Tinubu | Bola Ahmed Tinubu | nigeria | head-of-state | 2023-05-29 | ?
    Boni Yayi | Thomas Boni Yayi | benin | head-of-government | 2006-04-06 | 2016-04-06
    Boni Yayi | Thomas Boni Yayi | benin | head-of-state | 2006-04-06 | 2016-04-06
    Boris Johnson |  | united-kingdom | foreign-minister | 2016-07-13 | 2018-07-09
    Boris Johnson |  | united-kingdom | head-of-government | 2019-07-24 | 2022-09-06
    Boris Pistorius |  | germany | defence-minister | 2023-01-19 | ?
    Borjana Krišto | Borjana Kristo | bosnia-and-herzegovina | head-of-government | 2023-01-25 | ?
    Borut Pahor |  | slovenia | head-of-state | 2012-12-22 | 2022-12-22
    Boubou Cissé | Boubou Cisse | mali | head-of-government | 2019-04-22 | 2020-08-18
    Bounnhang Vorachith |  | laos | head-of-state | 2016-04-20 | 2021-03-22
    Boyko Borisov |  | bulgaria | head-of-government | 2014-11-07 | 2017-01-27
    Boyko Borisov |  | bulgaria | head-of-government | 2017-05-04 | 2021-05-12
    Braima Camará | Braima Camara | guinea-bissau | head-of-government | 2025-08-07 | 2025-11-26
    Brice Clotaire Oligui Nguema | Brice Oligui Nguema | gabon | head-of-government | 2025-05-04 | ?
    Brice Clotaire Oligui Nguema | Brice Oligui Nguema | gabon | head-of-state | 2023-08-30 | ?
    Brigi Rafini |  | niger | head-of-government | 2011-04-07 | 2021-04-03
    Brigitte Bierlein |  | austria | head-of-government | 2019-06-03 | 2020-01-07
    Brigitte Haas |  | liechtenstein | head-of-government | 2025-04-10 | ?
    Bronisław Komorowski | Bronislaw Komorowski | poland | head-of-state | 2010-08-06 | 2015-08-06
    Bruno Le Maire |  | france | finance-minister | 2017-05-17 | 2024-09-21
    Bruno Tshibala |  | democratic-republic-of-the-congo | head-of-government | 2017-05-16 | 2019-05-20
    Bujar Nishani |  | albania | head-of-state | 2012-07-24 | 2017-07-24
    Carl XVI Gustaf |  | sweden | head-of-state | 1973-09-15 | ?
    Carlos Alvarado Quesada | Carlos Alvarado | costa-rica | head-of-government | 2018-05-08 | 2022-05-08
    Carlos Alvarado Quesada | Carlos Alvarado | costa-rica | head-of-state | 2018-05-08 | 2022-05-08
    Carlos Correia |  | guinea-bissau | head-of-government | 2015-09-17 | 2016-05-27
    Carlos França | Carlos Alberto Franco França; Carlos Franca; Carlos Alberto Franco Franca | brazil | foreign-minister | 2021-04-06 | 2022-12-31
    Carlos Presti | Carlos Alberto Presti | argentina | defence-minister | 2025-12-11 | ?
    Carlos Urzúa | Carlos Urzua | mexico | finance-minister | 2018-12-01 | 2019-07-09
    Carlos Vila Nova |  | sao-tome-and-principe | head-of-state | 2021-10-02 | ?
    Casten Nemra |  | marshall-islands | head-of-government | 2016-01-11 | 2016-01-28
    Casten Nemra |  | marshall-islands | head-of-state | 2016-01-11 | 2016-01-28
    Catherine Colonna |  | france | foreign-minister | 2022-05-20 | 2024-01-11
    Catherine Connolly |  | ireland | head-of-state | 2025-11-11 | ?
    Catherine Samba-Panza |  | central-african-republic | head-of-state | 2014-01-23 | 2016-03-30
    Catherine Vautrin |  | france | defence-minister | 2025-10-12 | ?
    Celso Amorim |  | brazil | defence-minister | 2011-08-08 | 2015-01-01
    Chan Santokhi |  | suriname | head-of-government | 2020-07-16 | 2025-07-16
    Chan Santokhi |  | suriname | head-of-state | 2020-07-16 | 2025-07-16
    Chang San-cheng |  | taiwan | head-of-government | 2016-02-01 | 2016-05-20
    Chang Wanquan |  | china | defence-minister | 2013-03-16 | 2018-03-19
    Charles III | Charles Philip Arthur George; Prince Charles | antigua-and-barbuda | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | australia | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | bahamas | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | belize | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | canada | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | grenada | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | jamaica | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | new-zealand | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | papua-new-guinea | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | saint-kitts-and-nevis | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | saint-lucia | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | saint-vincent-and-the-grenadines | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | solomon-islands | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | tuvalu | head-of-state | 2022-09-08 | ?
    Charles III | Charles Philip Arthur George; Prince Charles | united-kingdom | head-of-state | 2022-09-08 | ?
    Charles Michel |  | belgium | head-of-government | 2014-10-11 | 2019-10-27
    Charles Michel |  | european-council | head | 2019-12-01 | 2024-11-30
    Charles Savarin |  | dominica | head-of-state | 2013-10-02 | 2023-10-02
    Charlot Salwai |  | vanuatu | head-of-government | 2016-02-11 | 2020-04-20
    Charlot Salwai |  | vanuatu | head-of-government | 2023-10-06 | 2025-02-11
    Chen Chien-jen |  | taiwan | head-of-government | 2023-01-31 | 2024-05-20
    Chimediin Saikhanbileg |  | mongolia | head-of-government | 2014-11-21 | 2016-07-07
    Chiril Gaburici |  | moldova | head-of-government | 2015-02-18 | 2015-06-22
    Cho Hyun |  | south-korea | foreign-minister | 2025-07-21 | ?
    Cho Jung-tai |  | taiwan | head-of-government | 2024-05-20 | ?
    Cho Tae-yul |  | south-korea | foreign-minister | 2024-01-10 | 2025-07-21
    Choguel Kokalla Maïga | Choguel Kokalla Maiga | mali | head-of-government | 2021-06-07 | 2024-11-20
    Chogyal Dago Rigdzin |  | bhutan | head-of-government | 2023-11-01 | 2024-01-28
    Choi Kyoung-hwan |  | south-korea | finance-minister | 2014-07-16 | 2016-01-13
    Choi Sang-mok |  | south-korea | finance-minister | 2023-12-28 | 2025-05-01
    Choi Sang-mok |  | south-korea | head-of-government | 2024-12-27 | 2025-03-24
    Choi Sang-mok |  | south-korea | head-of-state | 2024-12-27 | 2025-03-24
    Choo Kyung-ho |  | south-korea | finance-minister | 2022-05-10 | 2023-12-28
    Choummaly Sayasone |  | laos | head-of-state | 2006-06-08 | 2016-04-20
    Chris Hipkins |  | new-zealand | head-of-government | 2023-01-25 | 2023-11-27
    Christian Kern |  | austria | head-of-government | 2016-05-17 | 2017-12-18
    Christian Lindner |  | germany | finance-minister | 2021-12-08 | 2024-11-07
    Christian Ntsay |  | madagascar | head-of-government | 2018-06-06 | 2025-09-29
    Christian Ntsay |  | madagascar | head-of-state | 2023-09-09 | 2023-12-16
    Christian Stocker |  | austria | head-of-government | 2025-03-03 | ?
    Christine Kangaloo |  | trinidad-and-tobago | head-of-state | 2023-03-20 | ?
    Christine Lagarde |  | imf | head | 2011-07-05 | 2019-09-12
    Christine Lambrecht |  | germany | defence-minister | 2021-12-08 | 2023-01-19
    Christophe Joseph Marie Dabiré | Christophe Dabiré; Christophe Joseph Marie Dabire; Christophe Dabire | burkina-faso | head-of-government | 2019-01-21 | 2021-12-10
    Christophe Mirmand |  | monaco | head-of-government | 2025-07-21 | ?
    Christopher C. Miller | Christopher Miller | united-states | defence-minister | 2020-11-09 | 2021-01-20
    Christopher Loeak |  | marshall-islands | head-of-government | 2012-01-10 | 2016-01-11
    Christopher Loeak |  | marshall-islands | head-of-state | 2012-01-10 | 2016-01-11
    Christopher Luxon |  | new-zealand | head-of-government | 2023-11-27 | ?
    Christopher Pyne |  | australia | defence-minister | 2018-08-28 | 2019-05-29
    Chrystia Freeland |  | canada | finance-minister | 2020-08-18 | 2024-12-16
    Chrystia Freeland |  | canada | foreign-minister | 2017-01-10 | 2019-11-20
    Chuck Hagel |  | united-states | defence-minister | 2013-02-27 | 2015-02-17
    Chung Eui-yong |  | south-korea | foreign-minister | 2021-02-09 | 2022-05-10
    Claude Joseph |  | haiti | head-of-government | 2021-04-14 | 2021-07-20
    Claudia Rodríguez de Guevara | Claudia Juana Rodríguez de Guevara; Claudia Rodriguez de Guevara; Claudia Juana Rodriguez de Guevara | el-salvador | head-of-government | 2023-12-01 | 2024-06-01
    Claudia Rodríguez de Guevara | Claudia Juana Rodríguez de Guevara; Claudia Rodriguez de Guevara; Claudia Juana Rodriguez de Guevara | el-salvador | head-of-state | 2023-12-01 | 2024-06-01
    Claudia Ruiz Massieu |  | mexico | foreign-minister | 2015-08-27 | 2017-01-04
    Claudia Sheinbaum | Claudia Sheinbaum Pardo | mexico | head-of-government | 2024-10-01 | ?
    Claudia Sheinbaum | Claudia Sheinbaum Pardo | mexico | head-of-state | 2024-10-01 | ?
    Cleopas Dlamini |  | eswatini | head-of-government | 2021-07-16 | 2023-09-01
    Clément Mouamba | Clement Mouamba | republic-of-the-congo | head-of-government | 2016-04-23 | 2021-05-12
    Cristina Fernández de Kirchner | Cristina Kirchner; Cristina Fernandez; Cristina Fernandez de Kirchner | argentina | head-of-government | 2007-12-10 | 2015-12-10
    Cristina Fernández de Kirchner | Cristina Kirchner; Cristina Fernandez; Cristina Fernandez de Kirchner | argentina | head-of-state | 2007-12-10 | 2015-12-10
    Cyril Ramaphosa |  | south-africa | head-of-government | 2018-02-15 | ?
    Cyril Ramaphosa |  | south-africa | head-of-state | 2018-02-15 | ?
    Cătălin Predoiu | Catalin Predoiu | romania | head-of-government | 2025-05-06 | 2025-06-23
    Dacian Cioloș | Dacian Ciolos | romania | head-of-government | 2015-11-17 | 2017-01-04
    Dalia Grybauskaitė | Dalia Grybauskaite | lithuania | head-of-state | 2009-07-12 | 2019-07-12
    Dang Thi Ngoc Thinh | Đặng Thị Ngọc Thịnh | vietnam | head-of-state | 2018-09-21 | 2018-10-23
    Daniel Chapo |  | mozambique | head-of-government | 2025-01-15 | ?
    Daniel Chapo |  | mozambique | head-of-state | 2025-01-15 | ?
    Daniel Kablan Duncan |  | ivory-coast | head-of-government | 2012-11-21 | 2017-01-10
    Daniel Noboa |  | ecuador | head-of-government | 2023-11-23 | ?
    Daniel Noboa |  | ecuador | head-of-state | 2023-11-23 | ?
    Daniel Ona Ondo |  | gabon | head-of-government | 2014-01-24 | 2016-09-28
    Daniel Ortega |  | nicaragua | head-of-government | 2007-01-10 | ?
    Daniel Ortega |  | nicaragua | head-of-state | 2007-01-10 | ?
    Daniel Risch |  | liechtenstein | head-of-government | 2021-03-25 | 2025-04-10
    Daniele Franco |  | italy | finance-minister | 2021-02-13 | 2022-10-22
    Danilo Medina |  | dominican-republic | head-of-government | 2012-08-16 | 2020-08-16
    Danilo Medina |  | dominican-republic | head-of-state | 2012-08-16 | 2020-08-16
    Danny Faure |  | seychelles | head-of-government | 2016-10-16 | 2020-10-26
    Danny Faure |  | seychelles | head-of-state | 2016-10-16 | 2020-10-26
    David Adeang |  | nauru | head-of-government | 2023-10-30 | ?
    David Adeang |  | nauru | head-of-state | 2023-10-30 | ?
    David Cameron |  | united-kingdom | foreign-minister | 2023-11-13 | 2024-07-05
    David Cameron |  | united-kingdom | head-of-government | 2010-05-11 | 2016-07-13
    David Granger |  | guyana | head-of-government | 2015-05-16 | 2020-08-02
    David Granger |  | guyana | head-of-state | 2015-05-16 | 2020-08-02
    David Johnston |  | australia | defence-minister | 2013-09-18 | 2014-12-23
    David Kabua |  | marshall-islands | head-of-government | 2020-01-13 | 2024-01-03
    David Kabua |  | marshall-islands | head-of-state | 2020-01-13 | 2024-01-03
    David Lammy |  | united-kingdom | foreign-minister | 2024-07-05 | 2025-09-05
    David Lipton |  | imf | head | 2019-07-02 | 2019-09-30
    David Malpass |  | world-bank | head | 2019-04-09 | 2023-06-01
    David McGuinty |  | canada | defence-minister | 2025-05-13 | ?
    David Panuelo |  | micronesia | head-of-government | 2019-05-11 | 2023-05-11
    David Panuelo |  | micronesia | head-of-state | 2019-05-11 | 2023-05-11
    David Sassoli |  | european-parliament | head | 2019-07-03 | 2022-01-11
    David van Rooyen | Des van Rooyen | south-africa | finance-minister | 2015-12-09 | 2015-12-13
    Dean Barrow |  | belize | head-of-government | 2008-02-08 | 2020-11-12
    Denis Bećirović | Denis Becirovic | bosnia-and-herzegovina | head-of-state | 2022-11-16 | ?
    Denis Sassou Nguesso |  | republic-of-the-congo | head-of-government | 1997-10-25 | 2016-04-23
    Denis Sassou Nguesso |  | republic-of-the-congo | head-of-state | 1997-10-25 | ?
    Denis Zvizdić | Denis Zvizdic | bosnia-and-herzegovina | head-of-government | 2015-02-11 | 2019-12-23
    Denys Shmyhal | Denis Shmygal | ukraine | head-of-government | 2020-03-04 | 2025-07-17
    Denzil Douglas |  | saint-kitts-and-nevis | head-of-government | 1995-07-07 | 2015-02-18
    Dharam Gokhool | Dharambeer Gokhool | mauritius | head-of-state | 2024-12-07 | ?
    Diana Mondino |  | argentina | foreign-minister | 2023-12-10 | 2024-10-30
    Dick Schoof |  | netherlands | head-of-government | 2024-07-02 | ?
    Dickon Mitchell |  | grenada | head-of-government | 2022-06-24 | ?
    Didier Burkhalter |  | switzerland | head-of-government | 2014-01-01 | 2014-12-31
    Didier Burkhalter |  | switzerland | head-of-state | 2014-01-01 | 2014-12-31
    Didier Guillaume |  | monaco | head-of-government | 2024-09-02 | 2025-01-17
    Dilma Rousseff |  | brazil | head-of-government | 2011-01-01 | 2016-08-31
    Dilma Rousseff |  | brazil | head-of-state | 2011-01-01 | 2016-08-31
    Dimitar Glavchev |  | bulgaria | head-of-government | 2024-04-09 | 2025-01-16
    Dimitar Kovačevski | Dimitar Kovacevski | north-macedonia | head-of-government | 2022-01-17 | 2024-01-28
    Dina Boluarte |  | peru | head-of-government | 2022-12-07 | 2025-10-10
    Dina Boluarte |  | peru | head-of-state | 2022-12-07 | 2025-10-10
    Djoomart Otorbaev | Joomart Otorbaev | kyrgyzstan | head-of-government | 2014-03-25 | 2015-05-01
    Dmitry Medvedev | Dmitri Medvedev | russia | head-of-government | 2012-05-08 | 2020-01-16
    Domingos Simões Pereira | Domingos Simoes Pereira | guinea-bissau | head-of-government | 2014-07-04 | 2015-08-20
    Dominic LeBlanc |  | canada | finance-minister | 2024-12-16 | 2025-03-14
    Dominic Raab |  | united-kingdom | foreign-minister | 2019-07-24 | 2021-09-15
    Donald Ramotar |  | guyana | head-of-government | 2011-12-03 | 2015-05-16
    Donald Ramotar |  | guyana | head-of-state | 2011-12-03 | 2015-05-16
    Donald Trump |  | united-states | head-of-government | 2017-01-20 | 2021-01-20
    Donald Trump |  | united-states | head-of-government | 2025-01-20 | ?
    Donald Trump |  | united-states | head-of-state | 2017-01-20 | 2021-01-20
    Donald Trump |  | united-states | head-of-state | 2025-01-20 | ?
    Donald Tusk |  | european-council | head | 2014-12-01 | 2019-11-30
    Donald Tusk |  | poland | head-of-government | 2007-11-16 | 2014-09-22
    Donald Tusk |  | poland | head-of-government | 2023-12-13 | ?
    Dong Jun |  | china | defence-minister | 2023-12-29 | ?
    Dorin Recean |  | moldova | head-of-government | 2023-02-16 | 2025-11-01
    Doris Leuthard |  | switzerland | head-of-government | 2017-01-01 | 2017-12-31
    Doris Leuthard |  | switzerland | head-of-state | 2017-01-01 | 2017-12-31
    Dragan Čović | Dragan Covic | bosnia-and-herzegovina | head-of-state | 2014-11-17 | 2018-11-20
    Dritan Abazović | Dritan Abazovic | montenegro | head-of-government | 2022-04-28 | 2023-10-31
    Droupadi Murmu |  | india | head-of-state | 2022-07-25 | ?
    Duma Boko |  | botswana | head-of-government | 2024-11-01 | ?
    Duma Boko |  | botswana | head-of-state | 2024-11-01 | ?
    Duško Marković | Dusko Markovic | montenegro | head-of-government | 2016-11-28 | 2020-12-04
    Dési Bouterse | Desi Bouterse | suriname | head-of-government | 2010-08-12 | 2020-07-16
    Dési Bouterse | Desi Bouterse | suriname | head-of-state | 2010-08-12 | 2020-07-16
    Ebrahim Raisi | Ebrahim Raeisi | iran | head-of-government | 2021-08-03 | 2024-05-19
    Edgar Amador Zamora | Edgar Amador | mexico | finance-minister | 2025-03-08 | ?
    Edgar Lungu |  | zambia | head-of-government | 2015-01-25 | 2021-08-24
    Edgar Lungu |  | zambia | head-of-state | 2015-01-25 | 2021-08-24
    Edgard Leblanc Fils |  | haiti | head-of-state | 2024-04-30 | 2024-10-07
    Edgars Rinkēvičs | Edgars Rinkevics | latvia | head-of-state | 2023-07-08 | ?
    Edi Rama |  | albania | head-of-government | 2013-09-15 | ?
    Eduard Heger |  | slovakia | head-of-government | 2021-04-01 | 2023-05-15
    Eduardo Guardia |  | brazil | finance-minister | 2018-04-06 | 2019-01-01
    Egils Levits |  | latvia | head-of-state | 2019-07-08 | 2023-07-08
    Elio Di Rupo |  | belgium | head-of-government | 2011-12-06 | 2014-10-11
    Elisabetta Trenta |  | italy | defence-minister | 2018-06-01 | 2019-09-05
    Elizabeth II | Elizabeth Alexandra Mary Windsor | antigua-and-barbuda | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | australia | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | bahamas | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | barbados | head-of-state | 1952-02-06 | 2021-11-30
    Elizabeth II | Elizabeth Alexandra Mary Windsor | belize | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | canada | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | grenada | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | jamaica | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | new-zealand | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | papua-new-guinea | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | saint-kitts-and-nevis | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | saint-lucia | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | saint-vincent-and-the-grenadines | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | solomon-islands | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | tuvalu | head-of-state | 1952-02-06 | 2022-09-08
    Elizabeth II | Elizabeth Alexandra Mary Windsor | united-kingdom | head-of-state | 1952-02-06 | 2022-09-08
    Ellen Johnson Sirleaf |  | liberia | head-of-government | 2006-01-16 | 2018-01-22
    Ellen Johnson Sirleaf |  | liberia | head-of-state | 2006-01-16 | 2018-01-22
    Elyes Fakhfakh |  | tunisia | head-of-government | 2020-02-27 | 2020-09-02
    Emil Dimitriev |  | north-macedonia | head-of-government | 2016-01-18 | 2017-05-31
    Emma Bonino |  | italy | foreign-minister | 2013-04-28 | 2014-02-22
    Emmanuel Issoze-Ngondet |  | gabon | head-of-government | 2016-09-28 | 2019-01-12
    Emmanuel Macron |  | andorra | head-of-state | 2017-05-14 | ?
    Emmanuel Macron |  | france | head-of-state | 2017-05-14 | ?
    Emmerson Mnangagwa |  | zimbabwe | head-of-government | 2017-11-24 | ?
    Emmerson Mnangagwa |  | zimbabwe | head-of-state | 2017-11-24 | ?
    Emomali Rahmon |  | tajikistan | head-of-state | 1992-11-19 | ?
    Enda Kenny |  | ireland | head-of-government | 2011-03-09 | 2017-06-14
    Enele Sopoaga |  | tuvalu | head-of-government | 2013-08-05 | 2019-09-19
    Enex Jean-Charles |  | haiti | head-of-government | 2016-03-28 | 2017-03-21
    Enoch Godongwana |  | south-africa | finance-minister | 2021-08-05 | ?
    Enrico Letta |  | italy | head-of-government | 2013-04-28 | 2014-02-22
    Enrique Peña Nieto | Enrique Pena Nieto | mexico | head-of-government | 2012-12-01 | 2018-11-30
    Enrique Peña Nieto | Enrique Pena Nieto | mexico | head-of-state | 2012-12-01 | 2018-11-30
    Enzo Moavero Milanesi |  | italy | foreign-minister | 2018-06-01 | 2019-09-05
    Epeli Nailatikau |  | fiji | head-of-state | 2009-07-30 | 2015-11-12
    Erna Solberg |  | norway | head-of-government | 2013-10-16 | 2021-10-14
    Ernest Bai Koroma |  | sierra-leone | head-of-government | 2007-09-17 | 2018-04-04
    Ernest Bai Koroma |  | sierra-leone | head-of-state | 2007-09-17 | 2018-04-04
    Ernesto Araújo | Ernesto Araujo | brazil | foreign-minister | 2019-01-01 | 2021-03-29
    Evans Paul |  | haiti | head-of-government | 2015-01-16 | 2016-02-26
    Evaristo Carvalho |  | sao-tome-and-principe | head-of-state | 2016-09-03 | 2021-10-02
    Evika Siliņa | Evika Silina | latvia | head-of-government | 2023-09-15 | ?
    Evo Morales |  | bolivia | head-of-government | 2006-01-22 | 2019-11-10
    Evo Morales |  | bolivia | head-of-state | 2006-01-22 | 2019-11-10
    Ewa Kopacz |  | poland | head-of-government | 2014-09-22 | 2015-11-16
    Fabrizio Saccomanni |  | italy | finance-minister | 2013-04-28 | 2014-02-22
    Faisal bin Farhan Al Saud | Faisal bin Farhan | saudi-arabia | foreign-minister | 2019-10-23 | ?
    Fatafehi Fakafanua | Fatafehi Fakafānua | tonga | head-of-government | 2025-12-18 | ?
    Fathi Bashagha |  | libya | head-of-government | 2022-03-03 | 2023-05-16
    Faure Gnassingbé | Faure Gnassingbe | togo | head-of-government | 2025-05-03 | ?
    Faure Gnassingbé | Faure Gnassingbe | togo | head-of-state | 2005-05-04 | 2025-05-03
    Faustin-Archange Touadéra | Faustin-Archange Touadera | central-african-republic | head-of-state | 2016-03-30 | ?
    Fayez al-Sarraj | Fayez Serraj; Fayez al-Serraj | libya | head-of-government | 2016-03-30 | 2021-03-15
    Fayez al-Sarraj | Fayez Serraj; Fayez al-Serraj | libya | head-of-state | 2016-03-30 | 2021-03-15
    Federica Mogherini |  | italy | foreign-minister | 2014-02-22 | 2014-10-31
    Feleti Teo |  | tuvalu | head-of-government | 2024-02-26 | ?
    Felipe Solá | Felipe Sola | argentina | foreign-minister | 2019-12-10 | 2021-09-20
    Felipe VI |  | spain | head-of-state | 2014-06-19 | ?
    Ferdinand Marcos Jr. | Bongbong Marcos; Ferdinand Marcos Jr; Ferdinand R. Marcos Jr. | philippines | head-of-government | 2022-06-30 | ?
    Ferdinand Marcos Jr. | Bongbong Marcos; Ferdinand Marcos Jr; Ferdinand R. Marcos Jr. | philippines | head-of-state | 2022-06-30 | ?
    Feridun Sinirlioğlu | Feridun Sinirlioglu | turkey | foreign-minister | 2015-08-28 | 2015-11-24
    Fernando Azevedo e Silva |  | brazil | defence-minister | 2019-01-01 | 2021-03-30
    Fernando Haddad |  | brazil | finance-minister | 2023-01-01 | ?
    Fiamē Naomi Mataʻafa | Fiame Naomi Mata'afa | samoa | head-of-government | 2021-05-24 | 2025-09-16
    Fikri Işık | Fikri Isik | turkey | defence-minister | 2016-05-24 | 2017-07-19
    Filip Vujanović | Filip Vujanovic | montenegro | head-of-state | 2003-05-22 | 2018-05-20
    Filipe Nyusi |  | mozambique | head-of-government | 2015-01-15 | 2025-01-15
    Filipe Nyusi |  | mozambique | head-of-state | 2015-01-15 | 2025-01-15
    Firmin Ngrébada | Firmin Ngrebada | central-african-republic | head-of-government | 2019-02-25 | 2021-06-11
    Florence Parly |  | france | defence-minister | 2017-06-21 | 2022-05-20
    Florin Cîțu | Florin Citu | romania | head-of-government | 2020-12-23 | 2021-11-25
    Francis | Jorge Mario Bergoglio | vatican | head-of-government | 2013-03-13 | 2025-04-21
    Francis | Jorge Mario Bergoglio | vatican | head-of-state | 2013-03-13 | 2025-04-21
    Francisco Guterres | Lú-Olo; Lu Olo; Lu-Olo | east-timor | head-of-state | 2017-05-20 | 2022-05-20
    Francisco Sagasti |  | peru | head-of-government | 2020-11-17 | 2021-07-28
    Francisco Sagasti |  | peru | head-of-state | 2020-11-17 | 2021-07-28
    Frank Bainimarama | Voreqe Bainimarama | fiji | head-of-government | 2007-01-05 | 2022-12-24
    Frank-Walter Steinmeier |  | germany | foreign-minister | 2013-12-17 | 2017-01-27
    Frank-Walter Steinmeier |  | germany | head-of-state | 2017-03-19 | ?
    François Bayrou | Francois Bayrou | france | head-of-government | 2024-12-13 | 2025-09-09
    François Hollande | Francois Hollande | andorra | head-of-state | 2012-05-15 | 2017-05-14
    François Hollande | Francois Hollande | france | head-of-state | 2012-05-15 | 2017-05-14
    François-Philippe Champagne | Francois-Philippe Champagne | canada | finance-minister | 2025-03-14 | ?
    François-Philippe Champagne | Francois-Philippe Champagne | canada | foreign-minister | 2019-11-20 | 2021-01-12
    Frederik X |  | denmark | head-of-state | 2024-01-14 | ?
    Fredrik Reinfeldt |  | sweden | head-of-government | 2006-10-06 | 2014-10-03
    Freundel Stuart |  | barbados | head-of-government | 2010-10-23 | 2018-05-25
    Friedrich Merz |  | germany | head-of-government | 2025-05-06 | ?
    Fritz Alphonse Jean | Fritz Jean | haiti | head-of-state | 2025-03-07 | 2025-08-07
    Fuad Masum |  | iraq | head-of-state | 2014-07-24 | 2018-10-02
    Fumio Kishida |  | japan | foreign-minister | 2012-12-26 | 2017-08-03
    Fumio Kishida |  | japan | head-of-government | 2021-10-04 | 2024-10-01
    Félix Moloua | Felix Moloua | central-african-republic | head-of-government | 2022-02-07 | ?
    Félix Tshisekedi | Felix Tshisekedi | democratic-republic-of-the-congo | head-of-state | 2019-01-24 | ?
    Gabriel Attal |  | france | head-of-government | 2024-01-09 | 2024-09-05
    Gabriel Boric |  | chile | head-of-government | 2022-03-11 | ?
    Gabriel Boric |  | chile | head-of-state | 2022-03-11 | ?
    Gabriel Costa |  | sao-tome-and-principe | head-of-government | 2012-12-10 | 2014-11-29
    Galab Donev |  | bulgaria | head-of-government | 2022-08-02 | 2023-06-06
    Garry Conille |  | haiti | head-of-government | 2024-06-03 | 2024-11-11
    Gaston Browne |  | antigua-and-barbuda | head-of-government | 2014-06-13 | ?
    Gavin Williamson |  | united-kingdom | defence-minister | 2017-11-02 | 2019-05-01
    Gen Nakatani |  | japan | defence-minister | 2014-12-24 | 2016-08-03
    Gen Nakatani |  | japan | defence-minister | 2024-10-01 | 2025-10-21
    George Abela |  | malta | head-of-state | 2009-04-04 | 2014-04-04
    George Osborne |  | united-kingdom | finance-minister | 2010-05-11 | 2016-07-13
    George Vella |  | malta | head-of-state | 2019-04-04 | 2024-04-04
    George Weah |  | liberia | head-of-government | 2018-01-22 | 2024-01-22
    George Weah |  | liberia | head-of-state | 2018-01-22 | 2024-01-22
    Georgi Bliznashki |  | bulgaria | head-of-government | 2014-08-06 | 2014-11-07
    Geraldo Martins |  | guinea-bissau | head-of-government | 2023-08-08 | 2023-12-20
    Gerardo Werthein |  | argentina | foreign-minister | 2024-10-30 | 2025-10-27
    Gervais Ndirakobuca |  | burundi | head-of-government | 2022-09-07 | 2025-08-05
    Gheorghe Brega |  | moldova | head-of-government | 2015-10-30 | 2016-01-20
    Giancarlo Giorgetti |  | italy | finance-minister | 2022-10-22 | ?
    Gintautas Paluckas |  | lithuania | head-of-government | 2024-12-12 | 2025-08-26
    Giorgi Gakharia |  | georgia | head-of-government | 2019-09-08 | 2021-02-18
    Giorgi Kvirikashvili |  | georgia | head-of-government | 2015-12-30 | 2018-06-20
    Giorgi Margvelashvili |  | georgia | head-of-state | 2013-11-17 | 2018-12-16
    Giorgia Meloni |  | italy | head-of-government | 2022-10-22 | ?
    Giorgio Napolitano |  | italy | head-of-state | 2006-05-15 | 2015-01-14
    Giovanni Tria |  | italy | finance-minister | 2018-06-01 | 2019-09-05
    Gitanas Nausėda | Gitanas Nauseda | lithuania | head-of-state | 2019-07-12 | ?
    Giuseppe Conte |  | italy | head-of-government | 2018-06-01 | 2021-02-13
    Gjorge Ivanov |  | north-macedonia | head-of-state | 2009-05-12 | 2019-05-12
    Godwin Friday |  | saint-vincent-and-the-grenadines | head-of-government | 2025-11-28 | ?
    Gombojavyn Zandanshatar | Zandanshatar Gombojav; Gombojav Zandanshatar | mongolia | head-of-government | 2025-06-13 | ?
    Goodluck Jonathan |  | nigeria | head-of-government | 2010-05-06 | 2015-05-29
    Goodluck Jonathan |  | nigeria | head-of-state | 2010-05-06 | 2015-05-29
    Gordana Siljanovska-Davkova |  | north-macedonia | head-of-state | 2024-05-12 | ?
    Gordon Darcy Lilo |  | solomon-islands | head-of-government | 2011-11-16 | 2014-12-09
    Gotabaya Rajapaksa |  | sri-lanka | head-of-government | 2019-11-18 | 2022-07-14
    Gotabaya Rajapaksa |  | sri-lanka | head-of-state | 2019-11-18 | 2022-07-14
    Grant Shapps |  | united-kingdom | defence-minister | 2023-08-31 | 2024-07-05
    Guido Crosetto |  | italy | defence-minister | 2022-10-22 | ?
    Guido Mantega |  | brazil | finance-minister | 2006-03-27 | 2015-01-01
    Guillaume | Guillaume of Luxembourg | luxembourg | head-of-state | 2025-10-03 | ?
    Guillermo Lasso |  | ecuador | head-of-government | 2021-05-24 | 2023-11-23
    Guillermo Lasso |  | ecuador | head-of-state | 2021-05-24 | 2023-11-23
    Gurbanguly Berdimuhamedow | Gurbanguly Berdimuhamedov | turkmenistan | head-of-government | 2007-02-14 | 2022-03-19
    Gurbanguly Berdimuhamedow | Gurbanguly Berdimuhamedov | turkmenistan | head-of-state | 2007-02-14 | 2022-03-19
    Gustavo Petro |  | colombia | head-of-government | 2022-08-07 | ?
    Gustavo Petro |  | colombia | head-of-state | 2022-08-07 | ?
    Guy Parmelin |  | switzerland | head-of-government | 2021-01-01 | 2021-12-31
    Guy Parmelin |  | switzerland | head-of-state | 2021-01-01 | 2021-12-31
    Guy Scott |  | zambia | head-of-government | 2014-10-29 | 2015-01-25
    Guy Scott |  | zambia | head-of-state | 2014-10-29 | 2015-01-25
    Guðni Th. Jóhannesson | Gudni Johannesson; Guðni Jóhannesson; Gudni Th. Johannesson | iceland | head-of-state | 2016-08-01 | 2024-08-01
    Habib Essid |  | tunisia | head-of-government | 2015-02-06 | 2016-08-27
    Hage Geingob |  | namibia | head-of-government | 2015-03-21 | 2024-02-04
    Hage Geingob |  | namibia | head-of-state | 2015-03-21 | 2024-02-04
    Haider al-Abadi |  | iraq | head-of-government | 2014-09-08 | 2018-10-25
    Hailemariam Desalegn |  | ethiopia | head-of-government | 2012-08-20 | 2018-04-02
    Haitham al-Ghais | Haitham Al Ghais | opec | head | 2022-08-01 | ?
    Haitham bin Tariq | Haitham bin Tarik; Haitham bin Tariq Al Said | oman | head-of-government | 2020-01-11 | ?
    Haitham bin Tariq | Haitham bin Tarik; Haitham bin Tariq Al Said | oman | head-of-state | 2020-01-11 | ?
    Hakainde Hichilema |  | zambia | head-of-government | 2021-08-24 | ?
    Hakainde Hichilema |  | zambia | head-of-state | 2021-08-24 | ?
    Hakan Fidan |  | turkey | foreign-minister | 2023-06-04 | ?
    Halimah Yacob |  | singapore | head-of-state | 2017-09-14 | 2023-09-13
    Halla Tómasdóttir | Halla Tomasdottir | iceland | head-of-state | 2024-08-01 | ?
    Hamad bin Isa Al Khalifa | Hamad bin Isa | bahrain | head-of-state | 1999-03-06 | ?
    Hamed Bakayoko |  | ivory-coast | head-of-government | 2020-07-08 | 2021-03-10
    Hamid Karzai |  | afghanistan | head-of-government | 2004-12-07 | 2014-09-29
    Hamid Karzai |  | afghanistan | head-of-state | 2004-12-07 | 2014-09-29
    Hamza Abdi Barre |  | somalia | head-of-government | 2022-06-26 | ?
    Han Duck-soo |  | south-korea | head-of-government | 2025-03-24 | 2025-05-01
    Han Duck-soo |  | south-korea | head-of-state | 2025-03-24 | 2025-05-01
    Han Min-koo |  | south-korea | defence-minister | 2014-06-30 | 2017-07-14
    Hani Mulki |  | jordan | head-of-government | 2016-06-01 | 2018-06-14
    Hans-Adam II | Hans-Adam II of Liechtenstein | liechtenstein | head-of-state | 1989-11-13 | ?
    Harald V |  | norway | head-of-state | 1991-01-17 | ?
    Harjit Sajjan |  | canada | defence-minister | 2015-11-04 | 2021-10-26
    Hashim Thaçi | Hashim Thaci | kosovo | head-of-government | 2008-01-09 | 2014-12-09
    Hashim Thaçi | Hashim Thaci | kosovo | head-of-state | 2016-04-07 | 2020-11-05
    Hassan Ali Khaire |  | somalia | head-of-government | 2017-03-01 | 2020-07-25
    Hassan Diab |  | lebanon | head-of-government | 2020-01-21 | 2021-09-10
    Hassan Rouhani | Hassan Rohani | iran | head-of-government | 2013-08-03 | 2021-08-03
    Hassan Sheikh Mohamud |  | somalia | head-of-state | 2012-09-16 | 2017-02-16
    Hassan Sheikh Mohamud |  | somalia | head-of-state | 2022-05-23 | ?
    Hassanal Bolkiah |  | brunei | head-of-government | 1984-01-01 | ?
    Hassanal Bolkiah |  | brunei | head-of-state | 1967-10-05 | ?
    Hazem el-Beblawi | Hazem Beblawi | egypt | head-of-government | 2013-07-09 | 2014-03-01
    Heiko Maas |  | germany | foreign-minister | 2018-03-14 | 2021-12-08
    Heinz Fischer |  | austria | head-of-state | 2004-07-08 | 2016-07-08
    Helle Thorning-Schmidt |  | denmark | head-of-government | 2011-10-03 | 2015-06-28
    Henri | Henri of Luxembourg | luxembourg | head-of-state | 2000-10-07 | 2025-10-03
    Henri-Marie Dondra |  | central-african-republic | head-of-government | 2021-06-11 | 2022-02-07
    Henrique Meirelles |  | brazil | finance-minister | 2016-05-12 | 2018-04-06
    Herintsalama Rajaonarivelo |  | madagascar | head-of-government | 2025-10-20 | ?
    Herman Van Rompuy |  | european-council | head | 2009-12-01 | 2014-11-30
    Hernán Lacunza | Hernan Lacunza | argentina | finance-minister | 2019-08-20 | 2019-12-10
    Hery Rajaonarimampianina |  | madagascar | head-of-state | 2014-01-25 | 2018-09-07
    Hibatullah Akhundzada | Haibatullah Akhundzada | afghanistan | head-of-state | 2021-08-15 | ?
    Hichem Mechichi |  | tunisia | head-of-government | 2020-09-02 | 2021-07-25
    Hifikepunye Pohamba |  | namibia | head-of-government | 2005-03-21 | 2015-03-21
    Hifikepunye Pohamba |  | namibia | head-of-state | 2005-03-21 | 2015-03-21
    Hilda Heine |  | marshall-islands | head-of-government | 2016-01-28 | 2020-01-13
    Hilda Heine |  | marshall-islands | head-of-government | 2024-01-03 | ?
    Hilda Heine |  | marshall-islands | head-of-state | 2016-01-28 | 2020-01-13
    Hilda Heine |  | marshall-islands | head-of-state | 2024-01-03 | ?
    Hong Nam-ki |  | south-korea | finance-minister | 2018-12-10 | 2022-05-10
    Horacio Cartes |  | paraguay | head-of-government | 2013-08-15 | 2018-08-15
    Horacio Cartes |  | paraguay | head-of-state | 2013-08-15 | 2018-08-15
    Horta N'Tam | Horta Inta-A; Horta N'Ta | guinea-bissau | head-of-state | 2025-11-27 | ?
    Hovik Abrahamyan |  | armenia | head-of-government | 2014-04-13 | 2016-09-13
    Hristijan Mickoski |  | north-macedonia | head-of-government | 2024-06-23 | ?
    Htin Kyaw |  | myanmar | head-of-state | 2016-03-30 | 2018-03-21
    Hubert Minnis |  | bahamas | head-of-government | 2017-05-11 | 2021-09-17
    Hulusi Akar |  | turkey | defence-minister | 2018-07-10 | 2023-06-04
    Hun Manet |  | cambodia | head-of-government | 2023-08-22 | ?
    Hun Sen |  | cambodia | head-of-government | 1985-01-14 | 2023-08-22
    Hussein Arnous |  | syria | head-of-government | 2020-06-11 | 2024-09-14
    Hwang Kyo-ahn |  | south-korea | head-of-government | 2016-12-09 | 2017-05-10
    Hwang Kyo-ahn |  | south-korea | head-of-state | 2016-12-09 | 2017-05-10
    Hyun Oh-seok |  | south-korea | finance-minister | 2013-03-22 | 2014-07-16
    Héctor Timerman | Hector Timerman | argentina | foreign-minister | 2010-06-18 | 2015-12-10
    Ian Khama |  | botswana | head-of-government | 2008-04-01 | 2018-04-01
    Ian Khama |  | botswana | head-of-state | 2008-04-01 | 2018-04-01
    Ibrahim Abdulaziz Al-Assaf | Ibrahim al-Assaf | saudi-arabia | finance-minister | 1996-01-01 | 2016-10-31
    Ibrahim Abdulaziz Al-Assaf | Ibrahim al-Assaf | saudi-arabia | foreign-minister | 2018-12-27 | 2019-10-23
    Ibrahim Boubacar Keïta | Ibrahim Boubacar Keita | mali | head-of-state | 2013-09-04 | 2020-08-18
    Ibrahim Iskandar | Ibrahim Iskandar of Johor | malaysia | head-of-state | 2024-01-31 | ?
    Ibrahim Mahlab |  | egypt | head-of-government | 2014-03-01 | 2015-09-19
    Ibrahim Mohamed Solih |  | maldives | head-of-government | 2018-11-17 | 2023-11-17
    Ibrahim Mohamed Solih |  | maldives | head-of-state | 2018-11-17 | 2023-11-17
    Ibrahim Traoré | Ibrahim Traore | burkina-faso | head-of-state | 2022-09-30 | ?
    Ibrahima Kassory Fofana |  | guinea | head-of-government | 2018-05-21 | 2021-09-05
    Idriss Déby | Idriss Déby Itno; Idriss Deby; Idriss Deby Itno | chad | head-of-government | 2018-05-08 | 2021-04-20
    Idriss Déby | Idriss Déby Itno; Idriss Deby; Idriss Deby Itno | chad | head-of-state | 1990-12-02 | 2021-04-20
    Ignazio Cassis |  | switzerland | head-of-government | 2022-01-01 | 2022-12-31
    Ignazio Cassis |  | switzerland | head-of-state | 2022-01-01 | 2022-12-31
    Igor Dodon |  | moldova | head-of-state | 2016-12-23 | 2020-12-24
    Igor Matovič | Igor Matovic | slovakia | head-of-government | 2020-03-21 | 2021-04-01
    Ikililou Dhoinine |  | comoros | head-of-government | 2011-05-26 | 2016-05-26
    Ikililou Dhoinine |  | comoros | head-of-state | 2011-05-26 | 2016-05-26
    Ilham Aliyev |  | azerbaijan | head-of-state | 2003-10-31 | ?
    Ilie Bolojan |  | romania | head-of-government | 2025-06-23 | ?
    Ilie Bolojan |  | romania | head-of-state | 2025-02-12 | 2025-05-26
    Ilir Meta |  | albania | head-of-state | 2017-07-24 | 2022-07-24
    Ilídio Vieira Té | Ilidio Vieira Te | guinea-bissau | head-of-government | 2025-11-28 | ?
    Imad Khamis |  | syria | head-of-government | 2016-07-03 | 2020-06-11
    Imran Khan |  | pakistan | head-of-government | 2018-08-18 | 2022-04-10
    Inga Ruginienė | Inga Ruginiene | lithuania | head-of-government | 2025-08-26 | ?
    Ingrida Šimonytė | Ingrida Simonyte | lithuania | head-of-government | 2020-12-11 | 2024-12-12
    Ioannis Sarmas |  | greece | head-of-government | 2023-05-25 | 2023-06-26
    Iolu Abil |  | vanuatu | head-of-state | 2009-09-02 | 2014-09-02
    Ion Chicu |  | moldova | head-of-government | 2019-11-14 | 2020-12-31
    Irakli Garibashvili | Irakli Gharibashvili | georgia | head-of-government | 2013-11-20 | 2015-12-30
    Irakli Garibashvili | Irakli Gharibashvili | georgia | head-of-government | 2021-02-22 | 2024-02-08
    Irakli Kobakhidze |  | georgia | head-of-government | 2024-02-08 | ?
    Irfaan Ali | Mohamed Irfaan Ali | guyana | head-of-government | 2020-08-02 | ?
    Irfaan Ali | Mohamed Irfaan Ali | guyana | head-of-state | 2020-08-02 | ?
    Isa Mustafa |  | kosovo | head-of-government | 2014-12-09 | 2017-09-09
    Isaac Herzog |  | israel | head-of-state | 2021-07-07 | ?
    Isaac Zida | Yacouba Isaac Zida | burkina-faso | head-of-government | 2014-11-19 | 2016-01-06
    Isabelle Berro-Amadeï | Isabelle Berro-Amadei | monaco | head-of-government | 2025-01-17 | 2025-07-21
    Isaias Afwerki |  | eritrea | head-of-government | 1993-05-24 | ?
    Isaias Afwerki |  | eritrea | head-of-state | 1993-05-24 | ?
    Ishmael Kalsakau |  | vanuatu | head-of-government | 2022-11-04 | 2023-09-04
    Islam Karimov |  | uzbekistan | head-of-state | 1990-03-24 | 2016-09-02
    Ismail Ould Bedde Ould Cheikh Sidiya |  | mauritania | head-of-government | 2019-08-03 | 2020-08-06
    Ismail Sabri Yaakob |  | malaysia | head-of-government | 2021-08-21 | 2022-11-24
    Ismaïl Omar Guelleh | Ismail Omar Guelleh | djibouti | head-of-state | 1999-05-08 | ?
    Itsunori Onodera |  | japan | defence-minister | 2012-12-26 | 2014-09-03
    Itsunori Onodera |  | japan | defence-minister | 2017-08-03 | 2018-10-02
    Iurie Leancă | Iurie Leanca | moldova | head-of-government | 2013-05-31 | 2015-02-18
    Ivan Gašparovič | Ivan Gasparovic | slovakia | head-of-state | 2004-06-15 | 2014-06-15
    Ivica Dačić | Ivica Dacic | serbia | head-of-government | 2012-07-27 | 2014-04-27
    Ivica Dačić | Ivica Dacic | serbia | head-of-government | 2024-03-20 | 2024-05-02
    Ivo Josipović | Ivo Josipovic | croatia | head-of-state | 2010-02-18 | 2015-02-19
    Iván Duque | Ivan Duque Marquez; Iván Duque Márquez; Ivan Duque | colombia | head-of-government | 2018-08-07 | 2022-08-07
    Iván Duque | Ivan Duque Marquez; Iván Duque Márquez; Ivan Duque | colombia | head-of-state | 2018-08-07 | 2022-08-07
    Jaber Al-Mubarak Al-Hamad Al-Sabah | Jaber al-Mubarak al-Sabah | kuwait | head-of-government | 2011-11-30 | 2019-11-19
    Jacinda Ardern |  | new-zealand | head-of-government | 2017-10-26 | 2023-01-25
    Jack Guy Lafontant |  | haiti | head-of-government | 2017-03-21 | 2018-09-17
    Jack Lew | Jacob Lew | united-states | finance-minister | 2013-02-28 | 2017-01-20
    Jacob Zuma |  | south-africa | head-of-government | 2009-05-09 | 2018-02-14
    Jacob Zuma |  | south-africa | head-of-state | 2009-05-09 | 2018-02-14
    Jafar Hassan |  | jordan | head-of-government | 2024-09-18 | ?
    Jair Bolsonaro |  | brazil | head-of-government | 2019-01-01 | 2023-01-01
    Jair Bolsonaro |  | brazil | head-of-state | 2019-01-01 | 2023-01-01
    Jakaya Kikwete |  | tanzania | head-of-government | 2005-12-21 | 2015-11-05
    Jakaya Kikwete |  | tanzania | head-of-state | 2005-12-21 | 2015-11-05
    Jakov Milatović | Jakov Milatovic | montenegro | head-of-state | 2023-05-20 | ?
    Jalal Talabani |  | iraq | head-of-state | 2005-04-06 | 2014-07-24
    James Cleverly |  | united-kingdom | foreign-minister | 2022-09-06 | 2023-11-13
    James Marape |  | papua-new-guinea | head-of-government | 2019-05-30 | ?
    James Michel |  | seychelles | head-of-government | 2004-04-14 | 2016-10-16
    James Michel |  | seychelles | head-of-state | 2004-04-14 | 2016-10-16
    Janet Yellen |  | united-states | finance-minister | 2021-01-26 | 2025-01-20
    Janez Janša | Janez Jansa | slovenia | head-of-government | 2020-03-13 | 2022-06-01
    Jaques Wagner |  | brazil | defence-minister | 2015-01-01 | 2015-10-02
    Jargaltulgyn Erdenebat |  | mongolia | head-of-government | 2016-07-08 | 2017-10-04
    Jason Kenney |  | canada | defence-minister | 2015-02-09 | 2015-11-04
    Javier Milei |  | argentina | head-of-government | 2023-12-10 | ?
    Javier Milei |  | argentina | head-of-state | 2023-12-10 | ?
    Jean Castex |  | france | head-of-government | 2020-07-03 | 2022-05-16
    Jean Ravelonarivo |  | madagascar | head-of-government | 2015-01-17 | 2016-04-10
    Jean-Claude Juncker |  | european-commission | head | 2014-11-01 | 2019-11-30
    Jean-Henry Céant | Jean-Henry Ceant | haiti | head-of-government | 2018-09-17 | 2019-03-21
    Jean-Lucien Savi de Tové | Jean-Lucien Savi de Tove | togo | head-of-state | 2025-05-03 | ?
    Jean-Marc Ayrault |  | france | foreign-minister | 2016-02-11 | 2017-05-17
    Jean-Marc Ayrault |  | france | head-of-government | 2012-05-15 | 2014-03-31
    Jean-Michel Lapin |  | haiti | head-of-government | 2019-03-21 | 2020-03-04
    Jean-Michel Sama Lukonde |  | democratic-republic-of-the-congo | head-of-government | 2021-02-15 | 2024-06-12
    Jean-Noël Barrot | Jean-Noel Barrot | france | foreign-minister | 2024-09-21 | ?
    Jean-Yves Le Drian |  | france | defence-minister | 2012-05-16 | 2017-05-17
    Jean-Yves Le Drian |  | france | foreign-minister | 2017-05-17 | 2022-05-20
    Jeanine Áñez | Jeanine Anez | bolivia | head-of-government | 2019-11-12 | 2020-11-08
    Jeanine Áñez | Jeanine Anez | bolivia | head-of-state | 2019-11-12 | 2020-11-08
    Jeffrey Bostic |  | barbados | head-of-state | 2025-11-30 | ?
    Jennifer Geerlings-Simons | Jennifer Simons | suriname | head-of-government | 2025-07-16 | ?
    Jennifer Geerlings-Simons | Jennifer Simons | suriname | head-of-state | 2025-07-16 | ?
    Jens Stoltenberg |  | nato | head | 2014-10-01 | 2024-09-30
    Jeong Kyeong-doo |  | south-korea | defence-minister | 2018-09-21 | 2020-09-18
    Jeremiah Manele |  | solomon-islands | head-of-government | 2024-05-02 | ?
    Jeremy Hunt |  | united-kingdom | finance-minister | 2022-10-14 | 2024-07-05
    Jeremy Hunt |  | united-kingdom | foreign-minister | 2018-07-09 | 2019-07-24
    Jiang Yi-huah |  | taiwan | head-of-government | 2013-02-18 | 2014-12-08
    Jigme Khesar Namgyel Wangchuck |  | bhutan | head-of-state | 2006-12-09 | ?
    Jim Chalmers |  | australia | finance-minister | 2022-05-23 | ?
    Jim Flaherty |  | canada | finance-minister | 2006-02-06 | 2014-03-18
    Jim Mattis | James Mattis | united-states | defence-minister | 2017-01-20 | 2019-01-01
    Jim Yong Kim |  | world-bank | head | 2012-07-01 | 2019-02-01
    Jimmy Morales |  | guatemala | head-of-government | 2016-01-14 | 2020-01-14
    Jimmy Morales |  | guatemala | head-of-state | 2016-01-14 | 2020-01-14
    Jioji Konrote |  | fiji | head-of-state | 2015-11-12 | 2021-11-12
    Jiří Rusnok | Jiri Rusnok | czech-republic | head-of-government | 2013-07-10 | 2014-01-17
    Joachim Gauck |  | germany | head-of-state | 2012-03-18 | 2017-03-18
    Joan Enric Vives Sicília | Joan-Enric Vives; Joan Enric Vives Sicilia | andorra | head-of-state | 2003-05-12 | 2025-05-31
    Joaquim Levy |  | brazil | finance-minister | 2015-01-01 | 2015-12-18
    Joaquim Silva e Luna |  | brazil | defence-minister | 2018-02-26 | 2019-01-01
    Jocelerme Privert |  | haiti | head-of-state | 2016-02-14 | 2017-02-07
    Joe Biden | Joseph Biden | united-states | head-of-government | 2021-01-20 | 2025-01-20
    Joe Biden | Joseph Biden | united-states | head-of-state | 2021-01-20 | 2025-01-20
    Joe Hockey |  | australia | finance-minister | 2013-09-18 | 2015-09-21
    Joe Natuman |  | vanuatu | head-of-government | 2014-05-15 | 2015-06-11
    Joe Oliver |  | canada | finance-minister | 2014-03-19 | 2015-11-04
    Johann Schneider-Ammann |  | switzerland | head-of-government | 2016-01-01 | 2016-12-31
    Johann Schneider-Ammann |  | switzerland | head-of-state | 2016-01-01 | 2016-12-31
    Johann Wadephul |  | germany | foreign-minister | 2025-05-06 | ?
    John Baird |  | canada | foreign-minister | 2011-05-18 | 2015-02-03
    John Healey |  | united-kingdom | defence-minister | 2024-07-05 | ?
    John Kerry |  | united-states | foreign-minister | 2013-02-01 | 2017-02-01
    John Key |  | new-zealand | head-of-government | 2008-11-19 | 2016-12-12
    John Magufuli | John Pombe Magufuli | tanzania | head-of-government | 2015-11-05 | 2021-03-17
    John Magufuli | John Pombe Magufuli | tanzania | head-of-state | 2015-11-05 | 2021-03-17
    John Mahama | John Dramani Mahama | ghana | head-of-government | 2012-07-24 | 2017-01-07
    John Mahama | John Dramani Mahama | ghana | head-of-government | 2025-01-07 | ?
    John Mahama | John Dramani Mahama | ghana | head-of-state | 2012-07-24 | 2017-01-07
    John Mahama | John Dramani Mahama | ghana | head-of-state | 2025-01-07 | ?
    Johnny Briceño | Johnny Briceno | belize | head-of-government | 2020-11-12 | ?
    Joko Widodo | Jokowi | indonesia | head-of-government | 2014-10-20 | 2024-10-20
    Joko Widodo | Jokowi | indonesia | head-of-state | 2014-10-20 | 2024-10-20
    Jonas Gahr Støre | Jonas Gahr Store | norway | head-of-government | 2021-10-14 | ?
    Jorge Bom Jesus |  | sao-tome-and-principe | head-of-government | 2018-12-03 | 2022-11-11
    Jorge Carlos Fonseca |  | cape-verde | head-of-state | 2011-09-09 | 2021-11-09
    Jorge Faurie |  | argentina | foreign-minister | 2017-06-12 | 2019-12-10
    Jorge Taiana |  | argentina | defence-minister | 2021-08-10 | 2023-12-10
    Josep-Lluís Serrano Pentinat | Josep-Lluis Serrano Pentinat | andorra | head-of-state | 2025-05-31 | ?
    Joseph Aoun |  | lebanon | head-of-state | 2025-01-09 | ?
    Joseph Boakai |  | liberia | head-of-government | 2024-01-22 | ?
    Joseph Boakai |  | liberia | head-of-state | 2024-01-22 | ?
    Joseph Dion Ngute |  | cameroon | head-of-government | 2019-01-04 | ?
    Joseph Jouthe |  | haiti | head-of-government | 2020-03-04 | 2021-04-14
    Joseph Kabila |  | democratic-republic-of-the-congo | head-of-state | 2001-01-26 | 2019-01-24
    Joseph Muscat |  | malta | head-of-government | 2013-03-11 | 2020-01-13
    Josh Frydenberg |  | australia | finance-minister | 2018-08-24 | 2022-05-23
    José Antonio González Anaya | Jose Antonio Gonzalez Anaya | mexico | finance-minister | 2017-11-27 | 2018-11-30
    José Antonio Meade | Jose Antonio Meade | mexico | finance-minister | 2016-09-07 | 2017-11-27
    José Antonio Meade | Jose Antonio Meade | mexico | foreign-minister | 2012-12-01 | 2015-08-27
    José Eduardo dos Santos | Jose Eduardo dos Santos | angola | head-of-government | 1979-09-21 | 2017-09-26
    José Eduardo dos Santos | Jose Eduardo dos Santos | angola | head-of-state | 1979-09-21 | 2017-09-26
    José Jerí | Jose Jeri | peru | head-of-government | 2025-10-10 | ?
    José Jerí | Jose Jeri | peru | head-of-state | 2025-10-10 | ?
    José Manuel Barroso | José Manuel Durão Barroso; Jose Manuel Barroso; Jose Manuel Durao Barroso | european-commission | head | 2004-11-22 | 2014-10-31
    José Maria Neves | Jose Maria Neves | cape-verde | head-of-government | 2001-02-01 | 2016-04-22
    José Maria Neves | Jose Maria Neves | cape-verde | head-of-state | 2021-11-09 | ?
    José Mujica | Pepe Mujica; Jose Mujica | uruguay | head-of-government | 2010-03-01 | 2015-03-01
    José Mujica | Pepe Mujica; Jose Mujica | uruguay | head-of-state | 2010-03-01 | 2015-03-01
    José Mário Vaz | Jose Mario Vaz | guinea-bissau | head-of-state | 2014-06-23 | 2020-02-27
    José Múcio | José Múcio Monteiro; Jose Mucio; Jose Mucio Monteiro | brazil | defence-minister | 2023-01-01 | ?
    José Ramos-Horta | Jose Ramos-Horta | east-timor | head-of-state | 2022-05-20 | ?
    José Raúl Mulino | Jose Raul Mulino | panama | head-of-government | 2024-07-01 | ?
    José Raúl Mulino | Jose Raul Mulino | panama | head-of-state | 2024-07-01 | ?
    José Serra | Jose Serra | brazil | foreign-minister | 2016-05-12 | 2017-02-22
    Jotham Napat |  | vanuatu | head-of-government | 2025-02-11 | ?
    Jovenel Moïse | Jovenel Moise | haiti | head-of-state | 2017-02-07 | 2021-07-07
    Joyce Banda |  | malawi | head-of-government | 2012-04-07 | 2014-05-31
    Joyce Banda |  | malawi | head-of-state | 2012-04-07 | 2014-05-31
    João Lourenço | Joao Lourenco | angola | head-of-government | 2017-09-26 | ?
    João Lourenço | Joao Lourenco | angola | head-of-state | 2017-09-26 | ?
    Juan Carlos I | Juan Carlos de Borbón; Juan Carlos de Borbon | spain | head-of-state | 1975-11-22 | 2014-06-19
    Juan Carlos Varela |  | panama | head-of-government | 2014-07-01 | 2019-07-01
    Juan Carlos Varela |  | panama | head-of-state | 2014-07-01 | 2019-07-01
    Juan Manuel Santos |  | colombia | head-of-government | 2010-08-07 | 2018-08-07
    Juan Manuel Santos |  | colombia | head-of-state | 2010-08-07 | 2018-08-07
    Juan Orlando Hernández | Juan Orlando Hernandez | honduras | head-of-government | 2014-01-27 | 2022-01-27
    Juan Orlando Hernández | Juan Orlando Hernandez | honduras | head-of-state | 2014-01-27 | 2022-01-27
    Juan Ramón de la Fuente | Juan Ramon de la Fuente | mexico | foreign-minister | 2024-10-01 | ?
    Judith Suminwa | Judith Suminwa Tuluka | democratic-republic-of-the-congo | head-of-government | 2024-06-12 | ?
    Juha Sipilä | Juha Sipila | finland | head-of-government | 2015-05-29 | 2019-06-06
    Julie Bishop |  | australia | foreign-minister | 2013-09-18 | 2018-08-28
    Julien Nkoghe Bekale |  | gabon | head-of-government | 2019-01-12 | 2020-07-16
    Julio Martínez | Julio Martinez | argentina | defence-minister | 2015-12-10 | 2017-07-17
    Julius Maada Bio |  | sierra-leone | head-of-government | 2018-04-04 | ?
    Julius Maada Bio |  | sierra-leone | head-of-state | 2018-04-04 | ?
    Justin Nsengiyumva |  | rwanda | head-of-government | 2025-07-23 | ?
    Justin Trudeau |  | canada | head-of-government | 2015-11-04 | 2025-03-14
    Jyrki Katainen |  | finland | head-of-government | 2011-06-22 | 2014-06-24
    János Áder | Janos Ader | hungary | head-of-state | 2012-05-10 | 2022-05-10
    Jörg Kukies | Jorg Kukies | germany | finance-minister | 2024-11-07 | 2025-05-06
    Jüri Ratas | Juri Ratas | estonia | head-of-government | 2016-11-23 | 2021-01-26
    KP Sharma Oli | Khadga Prasad Sharma Oli; K. P. Sharma Oli; K.P. Sharma Oli | nepal | head-of-government | 2015-10-12 | 2016-08-04
    KP Sharma Oli | Khadga Prasad Sharma Oli; K. P. Sharma Oli; K.P. Sharma Oli | nepal | head-of-government | 2018-02-15 | 2021-07-13
    KP Sharma Oli | Khadga Prasad Sharma Oli; K. P. Sharma Oli; K.P. Sharma Oli | nepal | head-of-government | 2024-07-15 | 2025-09-09
    Kailash Purryag |  | mauritius | head-of-state | 2012-07-21 | 2015-05-29
    Kais Saied | Kaïs Saïed | tunisia | head-of-government | 2021-07-25 | 2021-10-11
    Kais Saied | Kaïs Saïed | tunisia | head-of-state | 2019-10-23 | ?
    Kaja Kallas |  | estonia | head-of-government | 2021-01-26 | 2024-07-23
    Kalzeubet Pahimi Deubet |  | chad | head-of-government | 2013-11-21 | 2016-02-13
    Kamel Madouri |  | tunisia | head-of-government | 2024-08-07 | 2025-03-20
    Kamil Idris | Kamil Eltayeb Idris | sudan | head-of-government | 2025-05-31 | ?
    Kamla Persad-Bissessar |  | trinidad-and-tobago | head-of-government | 2010-05-26 | 2015-09-09
    Kamla Persad-Bissessar |  | trinidad-and-tobago | head-of-government | 2025-05-01 | ?
    Kang Kyung-wha |  | south-korea | foreign-minister | 2017-06-18 | 2021-02-08
    Kao Kim Hourn |  | asean | head | 2023-01-01 | ?
    Karen Karapetyan |  | armenia | head-of-government | 2016-09-13 | 2018-04-09
    Karim Massimov | Karim Masimov | kazakhstan | head-of-government | 2014-04-02 | 2016-09-08
    Karin Keller-Sutter |  | switzerland | head-of-government | 2025-01-01 | 2025-12-31
    Karin Keller-Sutter |  | switzerland | head-of-state | 2025-01-01 | 2025-12-31
    Karl Nehammer |  | austria | head-of-government | 2021-12-06 | 2025-01-10
    Karol Nawrocki |  | poland | head-of-state | 2025-08-06 | ?
    Karolos Papoulias |  | greece | head-of-state | 2005-03-12 | 2015-03-13
    Kassym-Jomart Tokayev | Kasym-Zhomart Tokayev; Qasym-Jomart Toqaev | kazakhstan | head-of-state | 2019-03-20 | ?
    Katalin Novák | Katalin Novak | hungary | head-of-state | 2022-05-10 | 2024-02-26
    Katerina Sakellaropoulou |  | greece | head-of-state | 2020-03-13 | 2025-03-13
    Katrín Jakobsdóttir | Katrin Jakobsdottir | iceland | head-of-government | 2017-11-30 | 2024-04-09
    Katsunobu Kato | Katsunobu Katō | japan | finance-minister | 2024-10-01 | 2025-10-21
    Kausea Natano |  | tuvalu | head-of-government | 2019-09-19 | 2024-02-26
    Keir Starmer |  | united-kingdom | head-of-government | 2024-07-05 | ?
    Keith Mitchell |  | grenada | head-of-government | 2013-02-20 | 2022-06-24
    Keith Rowley |  | trinidad-and-tobago | head-of-government | 2015-09-09 | 2025-03-17
    Kenny Anthony | Kenny D. Anthony | saint-lucia | head-of-government | 2011-11-30 | 2016-06-07
    Kersti Kaljulaid |  | estonia | head-of-state | 2016-10-10 | 2021-10-11
    Kevin Andrews |  | australia | defence-minister | 2014-12-23 | 2015-09-21
    Khaled Bahah |  | yemen | head-of-government | 2014-11-09 | 2016-04-03
    Khalid bin Khalifa bin Abdul Aziz Al Thani | Khalid bin Khalifa Al Thani | qatar | head-of-government | 2020-01-28 | 2023-03-07
    Khalid bin Salman | Khalid bin Salman Al Saud | saudi-arabia | defence-minister | 2022-09-27 | ?
    Khalifa bin Salman Al Khalifa |  | bahrain | head-of-government | 1970-01-10 | 2020-11-11
    Khalifa bin Zayed Al Nahyan | Khalifa bin Zayed | united-arab-emirates | head-of-state | 2004-11-03 | 2022-05-13
    Khaltmaagiin Battulga | Battulga Khaltmaa | mongolia | head-of-state | 2017-07-10 | 2021-06-25
    Khil Raj Regmi |  | nepal | head-of-government | 2013-03-14 | 2014-02-11
    Kim Dong-yeon |  | south-korea | finance-minister | 2017-06-09 | 2018-12-10
    Kim Jae-ryong | Kim Jae Ryong | north-korea | head-of-government | 2019-04-11 | 2020-08-13
    Kim Jong Un | Kim Jong-un | north-korea | head-of-state | 2011-12-17 | ?
    Kim Kwan-jin |  | south-korea | defence-minister | 2010-12-04 | 2014-06-30
    Kim Tok-hun | Kim Tok Hun; Kim Deok-hun | north-korea | head-of-government | 2020-08-13 | 2024-12-27
    Kim Yong-hyun |  | south-korea | defence-minister | 2024-09-06 | 2024-12-05
    Kiril Petkov |  | bulgaria | head-of-government | 2021-12-13 | 2022-08-02
    Klaus Iohannis |  | romania | head-of-state | 2014-12-21 | 2025-02-12
    Kolinda Grabar-Kitarović | Kolinda Grabar-Kitarovic | croatia | head-of-state | 2015-02-19 | 2020-02-19
    Kolo Roger | Roger Kolo | madagascar | head-of-government | 2014-04-16 | 2015-01-17
    Komi Sélom Klassou | Komi Selom Klassou | togo | head-of-government | 2015-06-05 | 2020-09-28
    Konstantinos Tasoulas |  | greece | head-of-state | 2025-03-13 | ?
    Koo Yun-cheol |  | south-korea | finance-minister | 2025-07-01 | ?
    Kristalina Georgieva |  | imf | head | 2019-10-01 | ?
    Kristalina Georgieva |  | world-bank | head | 2019-02-01 | 2019-04-08
    Kristen Michal |  | estonia | head-of-government | 2024-07-23 | ?
    Kristrún Frostadóttir | Kristrun Frostadottir | iceland | head-of-government | 2024-12-21 | ?
    Krišjānis Kariņš | Krisjanis Karins | latvia | head-of-government | 2019-01-23 | 2023-09-15
    Kubatbek Boronov |  | kyrgyzstan | head-of-government | 2020-06-17 | 2020-10-06
    Kwasi Kwarteng |  | united-kingdom | finance-minister | 2022-09-06 | 2022-10-14
    Kwesi Séléagodji Ahoomey-Zunu | Kwesi Seleagodji Ahoomey-Zunu | togo | head-of-government | 2012-07-23 | 2015-06-05
    Kyriakos Mitsotakis |  | greece | head-of-government | 2019-07-08 | 2023-05-25
    Kyriakos Mitsotakis |  | greece | head-of-government | 2023-06-26 | ?
    La'auli Leuatea Schmidt | Laauli Leuatea Polataivao Schmidt; Laʻaulialemalietoa Leuatea Schmidt; La'aulialemalietoa Leuatea Schmidt | samoa | head-of-government | 2025-09-16 | ?
    Lai Ching-te | William Lai; William Lai Ching-te | taiwan | head-of-government | 2017-09-08 | 2019-01-14
    Lai Ching-te | William Lai; William Lai Ching-te | taiwan | head-of-state | 2024-05-20 | ?
    Laimdota Straujuma |  | latvia | head-of-government | 2014-01-22 | 2016-02-11
    Lan Fo'an | Lan Foan | china | finance-minister | 2023-10-24 | ?
    Lars Klingbeil |  | germany | finance-minister | 2025-05-06 | ?
    Lars Løkke Rasmussen | Lars Lokke Rasmussen | denmark | head-of-government | 2015-06-28 | 2019-06-27
    Lassina Zerbo |  | burkina-faso | head-of-government | 2021-12-13 | 2022-01-24
    Laura Chinchilla |  | costa-rica | head-of-government | 2010-05-08 | 2014-05-08
    Laura Chinchilla |  | costa-rica | head-of-state | 2010-05-08 | 2014-05-08
    Laurent Fabius |  | france | foreign-minister | 2012-05-16 | 2016-02-11
    Laurent Lamothe |  | haiti | head-of-government | 2012-05-16 | 2014-12-20
    Laurent Saint-Cyr |  | haiti | head-of-state | 2025-08-07 | ?
    Laurentino Cortizo |  | panama | head-of-government | 2019-07-01 | 2024-07-01
    Laurentino Cortizo |  | panama | head-of-state | 2019-07-01 | 2024-07-01
    Lawrence Wong |  | singapore | head-of-government | 2024-05-15 | ?
    Lazarus Chakwera |  | malawi | head-of-government | 2020-06-28 | 2025-10-04
    Lazarus Chakwera |  | malawi | head-of-state | 2020-06-28 | 2025-10-04
    Le Luong Minh |  | asean | head | 2013-01-01 | 2017-12-31
    Lee Hsien Loong |  | singapore | head-of-government | 2004-08-12 | 2024-05-15
    Lee Jae-myung |  | south-korea | head-of-government | 2025-06-04 | ?
    Lee Jae-myung |  | south-korea | head-of-state | 2025-06-04 | ?
    Lee Jong-sup |  | south-korea | defence-minister | 2022-05-10 | 2023-10-07
    Lee Ju-ho |  | south-korea | head-of-government | 2025-05-02 | 2025-06-04
    Lee Ju-ho |  | south-korea | head-of-state | 2025-05-02 | 2025-06-04
    Lenín Moreno | Lenin Moreno | ecuador | head-of-government | 2017-05-24 | 2021-05-24
    Lenín Moreno | Lenin Moreno | ecuador | head-of-state | 2017-05-24 | 2021-05-24
    Leo Varadkar |  | ireland | head-of-government | 2017-06-14 | 2020-06-27
    Leo Varadkar |  | ireland | head-of-government | 2022-12-17 | 2024-04-09
    Leo XIV | Robert Francis Prevost; Robert Prevost | vatican | head-of-government | 2025-05-08 | ?
    Leo XIV | Robert Francis Prevost; Robert Prevost | vatican | head-of-state | 2025-05-08 | ?
    Leslie Voltaire |  | haiti | head-of-state | 2024-10-07 | 2025-03-07
    Letsie III |  | lesotho | head-of-state | 1996-02-07 | ?
    Li Keqiang |  | china | head-of-government | 2013-03-15 | 2023-03-11
    Li Qiang |  | china | head-of-government | 2023-03-11 | ?
    Li Shangfu |  | china | defence-minister | 2023-03-12 | 2023-10-24
    Lim Jock Hoi |  | asean | head | 2018-01-01 | 2022-12-31
    Lin Chuan |  | taiwan | head-of-government | 2016-05-20 | 2017-09-08
    Linda Reynolds |  | australia | defence-minister | 2019-05-29 | 2021-03-30
    Lindiwe Sisulu |  | south-africa | foreign-minister | 2018-02-27 | 2019-05-30
    Lionel Aingimea |  | nauru | head-of-government | 2019-08-27 | 2022-09-28
    Lionel Aingimea |  | nauru | head-of-state | 2019-08-27 | 2022-09-28
    Liu Kun |  | china | finance-minister | 2018-03-19 | 2023-10-24
    Liz Truss | Elizabeth Truss | united-kingdom | foreign-minister | 2021-09-15 | 2022-09-06
    Liz Truss | Elizabeth Truss | united-kingdom | head-of-government | 2022-09-06 | 2022-10-25
    Lloyd Austin |  | united-states | defence-minister | 2021-01-22 | 2025-01-20
    Lorenzo Guerini |  | italy | defence-minister | 2019-09-05 | 2022-10-22
    Lotay Tshering |  | bhutan | head-of-government | 2018-11-07 | 2023-11-01
    Lou Jiwei |  | china | finance-minister | 2013-03-16 | 2016-11-07
    Luc Frieden |  | luxembourg | head-of-government | 2023-11-17 | ?
    Luc-Adolphe Tiao |  | burkina-faso | head-of-government | 2011-04-18 | 2014-10-31
    Luca Beccari |  | san-marino | head-of-government | 2020-01-08 | ?
    Ludovic Orban |  | romania | head-of-government | 2019-11-04 | 2020-12-07
    Luigi Di Maio |  | italy | foreign-minister | 2019-09-05 | 2022-10-22
    Luis Abinader |  | dominican-republic | head-of-government | 2020-08-16 | ?
    Luis Abinader |  | dominican-republic | head-of-state | 2020-08-16 | ?
    Luis Arce | Luis Arce Catacora | bolivia | head-of-government | 2020-11-08 | 2025-11-08
    Luis Arce | Luis Arce Catacora | bolivia | head-of-state | 2020-11-08 | 2025-11-08
    Luis Caputo |  | argentina | finance-minister | 2023-12-10 | ?
    Luis Cresencio Sandoval |  | mexico | defence-minister | 2018-12-01 | 2024-09-30
    Luis Guillermo Solís | Luis Guillermo Solis | costa-rica | head-of-government | 2014-05-08 | 2018-05-08
    Luis Guillermo Solís | Luis Guillermo Solis | costa-rica | head-of-state | 2014-05-08 | 2018-05-08
    Luis Lacalle Pou |  | uruguay | head-of-government | 2020-03-01 | 2025-03-01
    Luis Lacalle Pou |  | uruguay | head-of-state | 2020-03-01 | 2025-03-01
    Luis Petri |  | argentina | defence-minister | 2023-12-10 | 2025-12-10
    Luis Videgaray |  | mexico | finance-minister | 2012-12-01 | 2016-09-07
    Luis Videgaray |  | mexico | foreign-minister | 2017-01-04 | 2018-11-30
    Luiz Alberto Figueiredo |  | brazil | foreign-minister | 2013-08-28 | 2015-01-01
    Luiz Inácio Lula da Silva | Lula da Silva; Lula; Luiz Inacio Lula da Silva | brazil | head-of-government | 2023-01-01 | ?
    Luiz Inácio Lula da Silva | Lula da Silva; Lula; Luiz Inacio Lula da Silva | brazil | head-of-state | 2023-01-01 | ?
    Luong Cuong | Lương Cường | vietnam | head-of-state | 2024-10-21 | ?
    Luvsannamsrain Oyun-Erdene | Oyun-Erdene Luvsannamsrai | mongolia | head-of-government | 2021-01-27 | 2025-06-03
    Luís Montenegro | Luis Montenegro | portugal | head-of-government | 2024-04-02 | ?
    Lütfi Elvan | Lutfi Elvan | turkey | finance-minister | 2020-11-09 | 2021-12-02
    Ma Ying-jeou |  | taiwan | head-of-state | 2008-05-20 | 2016-05-20
    Macky Sall |  | senegal | head-of-government | 2019-05-14 | 2022-09-17
    Macky Sall |  | senegal | head-of-state | 2012-04-02 | 2024-04-02
    Maeen Abdulmalik Saeed | Maeen Abdulmalik | yemen | head-of-government | 2018-10-15 | 2024-02-05
    Magdalena Andersson |  | sweden | head-of-government | 2021-11-30 | 2022-10-18
    Maha Vajiralongkorn | Vajiralongkorn; Rama X | thailand | head-of-state | 2016-10-13 | ?
    Mahamadou Issoufou |  | niger | head-of-state | 2011-04-07 | 2021-04-02
    Mahamat Idriss Déby | Mahamat Déby; Mahamat Idriss Déby Itno; Mahamat Idriss Deby; Mahamat Deby; Mahamat Idriss Deby Itno | chad | head-of-state | 2021-04-20 | ?
    Mahamat Kamoun |  | central-african-republic | head-of-government | 2014-08-10 | 2016-04-02
    Mahammed Boun Abdallah Dionne |  | senegal | head-of-government | 2014-07-04 | 2019-05-14
    Mahathir Mohamad |  | malaysia | head-of-government | 2018-05-10 | 2020-03-01
    Mahdi Mohammed Guled | Mahdi Mohamed Gulaid; Mahdi Guled | somalia | head-of-government | 2020-07-25 | 2020-09-23
    Mahinda Rajapaksa |  | sri-lanka | head-of-government | 2005-11-19 | 2015-01-09
    Mahinda Rajapaksa |  | sri-lanka | head-of-state | 2005-11-19 | 2015-01-09
    Mahmoud Abbas | Abu Mazen | palestine | head-of-state | 2005-01-15 | ?
    Mahmoud Ali Youssouf | Mahamoud Ali Youssouf | african-union-commission | head | 2025-03-13 | ?
    Maia Sandu |  | moldova | head-of-government | 2019-06-08 | 2019-11-14
    Maia Sandu |  | moldova | head-of-state | 2020-12-24 | ?
    Maite Nkoana-Mashabane |  | south-africa | foreign-minister | 2009-05-10 | 2018-02-27
    Maithripala Sirisena |  | sri-lanka | head-of-government | 2015-01-09 | 2019-11-18
    Maithripala Sirisena |  | sri-lanka | head-of-state | 2015-01-09 | 2019-11-18
    Malcolm Turnbull |  | australia | head-of-government | 2015-09-15 | 2018-08-24
    Malusi Gigaba |  | south-africa | finance-minister | 2017-03-31 | 2018-02-26
    Mamady Doumbouya |  | guinea | head-of-state | 2021-09-05 | ?
    Mamady Youla |  | guinea | head-of-government | 2015-12-26 | 2018-05-21
    Mamnoon Hussain |  | pakistan | head-of-state | 2013-09-09 | 2018-09-09
    Mamuka Bakhtadze |  | georgia | head-of-government | 2018-06-20 | 2019-09-08
    Manasseh Sogavare |  | solomon-islands | head-of-government | 2014-12-09 | 2017-11-15
    Manasseh Sogavare |  | solomon-islands | head-of-government | 2019-04-24 | 2024-05-02
    Manmohan Singh |  | india | head-of-government | 2004-05-22 | 2014-05-26
    Manny Mori | Emanuel Mori | micronesia | head-of-government | 2007-05-11 | 2015-05-11
    Manny Mori | Emanuel Mori | micronesia | head-of-state | 2007-05-11 | 2015-05-11
    Manohar Parrikar |  | india | defence-minister | 2014-11-09 | 2017-03-13
    Manuel Marrero Cruz | Manuel Marrero | cuba | head-of-government | 2019-12-21 | ?
    Manuel Merino |  | peru | head-of-government | 2020-11-10 | 2020-11-15
    Manuel Merino |  | peru | head-of-state | 2020-11-10 | 2020-11-15
    Manuel Pinto da Costa |  | sao-tome-and-principe | head-of-state | 2011-09-03 | 2016-09-03
    Manuel Serifo Nhamadjo |  | guinea-bissau | head-of-state | 2012-05-11 | 2014-06-23
    Manuel Valls |  | france | head-of-government | 2014-03-31 | 2016-12-06
    Mao Chi-kuo |  | taiwan | head-of-government | 2014-12-08 | 2016-02-01
    Marc Garneau |  | canada | foreign-minister | 2021-01-12 | 2021-10-26
    Marcel Ciolacu |  | romania | head-of-government | 2023-06-15 | 2025-05-06
    Marcelo Ebrard |  | mexico | foreign-minister | 2018-12-01 | 2023-06-12
    Marcelo Rebelo de Sousa |  | portugal | head-of-state | 2016-03-09 | ?
    Marco Rubio |  | united-states | foreign-minister | 2025-01-21 | ?
    Margrethe II |  | denmark | head-of-state | 1972-01-14 | 2024-01-14
    Mari Alkatiri |  | east-timor | head-of-government | 2017-09-15 | 2018-06-22
    Mariano Rajoy |  | spain | head-of-government | 2011-12-21 | 2018-06-02
    Marie-Louise Coleiro Preca |  | malta | head-of-state | 2014-04-04 | 2019-04-04
    Mario Abdo Benítez | Mario Abdo Benitez | paraguay | head-of-government | 2018-08-15 | 2023-08-15
    Mario Abdo Benítez | Mario Abdo Benitez | paraguay | head-of-state | 2018-08-15 | 2023-08-15
    Mario Draghi |  | italy | head-of-government | 2021-02-13 | 2022-10-22
    Mario Mauro |  | italy | defence-minister | 2013-04-28 | 2014-02-22
    Marise Payne |  | australia | defence-minister | 2015-09-21 | 2018-08-28
    Marise Payne |  | australia | foreign-minister | 2018-08-28 | 2022-05-23
    Marjan Šarec | Marjan Sarec | slovenia | head-of-government | 2018-09-13 | 2020-03-13
    Mark Carney |  | canada | head-of-government | 2025-03-14 | ?
    Mark Esper |  | united-states | defence-minister | 2019-06-24 | 2019-07-15
    Mark Esper |  | united-states | defence-minister | 2019-07-23 | 2020-11-09
    Mark Rutte |  | nato | head | 2024-10-01 | ?
    Mark Rutte |  | netherlands | head-of-government | 2010-10-14 | 2024-07-02
    Martin Schulz |  | european-parliament | head | 2012-01-17 | 2017-01-17
    Marty Natalegawa |  | indonesia | foreign-minister | 2009-10-22 | 2014-10-20
    Martín Guzmán | Martin Guzman | argentina | finance-minister | 2019-12-10 | 2022-07-02
    Martín Vizcarra | Martin Vizcarra | peru | head-of-government | 2018-03-23 | 2020-11-10
    Martín Vizcarra | Martin Vizcarra | peru | head-of-state | 2018-03-23 | 2020-11-10
    Masoud Pezeshkian |  | iran | head-of-government | 2024-07-28 | ?
    Mateusz Morawiecki |  | poland | head-of-government | 2017-12-11 | 2023-12-13
    Matteo Renzi |  | italy | head-of-government | 2014-02-22 | 2016-12-12
    Mauricio Funes |  | el-salvador | head-of-government | 2009-06-01 | 2014-06-01
    Mauricio Funes |  | el-salvador | head-of-state | 2009-06-01 | 2014-06-01
    Mauricio Macri |  | argentina | head-of-government | 2015-12-10 | 2019-12-10
    Mauricio Macri |  | argentina | head-of-state | 2015-12-10 | 2019-12-10
    Mauro Vieira |  | brazil | foreign-minister | 2015-01-01 | 2016-05-12
    Mauro Vieira |  | brazil | foreign-minister | 2023-01-01 | ?
    Mehdi Jomaa |  | tunisia | head-of-government | 2014-01-29 | 2015-02-06
    Mehmet Şimşek | Mehmet Simsek | turkey | finance-minister | 2009-05-01 | 2015-11-24
    Mehmet Şimşek | Mehmet Simsek | turkey | finance-minister | 2023-06-04 | ?
    Mette Frederiksen |  | denmark | head-of-government | 2019-06-27 | ?
    Mevlüt Çavuşoğlu | Mevlut Cavusoglu | turkey | foreign-minister | 2014-08-29 | 2015-08-28
    Mevlüt Çavuşoğlu | Mevlut Cavusoglu | turkey | foreign-minister | 2015-11-24 | 2023-06-04
    Mgwagwa Gamedze |  | eswatini | head-of-government | 2023-09-01 | 2023-11-03
    Mia Mottley | Mia Amor Mottley | barbados | head-of-government | 2018-05-25 | ?
    Michael D. Higgins | Michael D Higgins; Michael Higgins | ireland | head-of-state | 2011-11-11 | 2025-11-11
    Michael Fallon |  | united-kingdom | defence-minister | 2014-07-15 | 2017-11-01
    Michael Randrianirina |  | madagascar | head-of-state | 2025-10-17 | ?
    Michael Sata |  | zambia | head-of-government | 2011-09-23 | 2014-10-28
    Michael Sata |  | zambia | head-of-state | 2011-09-23 | 2014-10-28
    Michel Aoun |  | lebanon | head-of-state | 2016-10-31 | 2022-10-30
    Michel Barnier |  | france | head-of-government | 2024-09-05 | 2024-12-13
    Michel Djotodia |  | central-african-republic | head-of-state | 2013-03-24 | 2014-01-10
    Michel Kafando |  | burkina-faso | head-of-state | 2014-11-18 | 2015-12-29
    Michel Martelly |  | haiti | head-of-government | 2011-05-14 | 2016-02-07
    Michel Martelly |  | haiti | head-of-state | 2011-05-14 | 2016-02-07
    Michel Patrick Boisvert |  | haiti | head-of-government | 2024-04-25 | 2024-06-03
    Michel Roger |  | monaco | head-of-government | 2010-03-29 | 2015-12-16
    Michel Sapin |  | france | finance-minister | 2014-04-02 | 2017-05-17
    Michel Suleiman | Michel Sleiman | lebanon | head-of-state | 2008-05-25 | 2014-05-25
    Michel Temer |  | brazil | head-of-government | 2016-05-12 | 2019-01-01
    Michel Temer |  | brazil | head-of-state | 2016-05-12 | 2019-01-01
    Michelle Bachelet |  | chile | head-of-government | 2014-03-11 | 2018-03-11
    Michelle Bachelet |  | chile | head-of-state | 2014-03-11 | 2018-03-11
    Micheál Martin | Micheal Martin | ireland | head-of-government | 2020-06-27 | 2022-12-17
    Micheál Martin | Micheal Martin | ireland | head-of-government | 2025-01-23 | ?
    Miguel Díaz-Canel | Miguel Diaz-Canel | cuba | head-of-government | 2018-04-19 | 2019-12-21
    Miguel Díaz-Canel | Miguel Diaz-Canel | cuba | head-of-state | 2018-04-19 | ?
    Mihai Tudose |  | romania | head-of-government | 2017-06-29 | 2018-01-16
    Mike Pompeo |  | united-states | foreign-minister | 2018-04-26 | 2021-01-20
    Mikhail Mishustin |  | russia | head-of-government | 2020-01-16 | ?
    Mikhail Myasnikovich |  | belarus | head-of-government | 2010-12-28 | 2014-12-27
    Mikheil Kavelashvili |  | georgia | head-of-state | 2024-12-29 | ?
    Milo Đukanović | Milo Dukanovic | montenegro | head-of-government | 2012-12-04 | 2016-11-28
    Milo Đukanović | Milo Dukanovic | montenegro | head-of-state | 2018-05-20 | 2023-05-20
    Milojko Spajić | Milojko Spajic | montenegro | head-of-government | 2023-10-31 | ?
    Milorad Dodik |  | bosnia-and-herzegovina | head-of-state | 2018-11-20 | 2022-11-16
    Miloš Vučević | Milos Vucevic | serbia | head-of-government | 2024-05-02 | 2025-04-16
    Miloš Zeman | Milos Zeman | czech-republic | head-of-state | 2013-03-08 | 2023-03-09
    Min Aung Hlaing |  | myanmar | head-of-government | 2021-02-02 | 2025-07-31
    Min Aung Hlaing |  | myanmar | head-of-state | 2024-07-22 | ?
    Minoru Kihara |  | japan | defence-minister | 2023-09-13 | 2024-10-01
    Miro Cerar |  | slovenia | head-of-government | 2014-09-18 | 2018-09-13
    Mishal Al-Ahmad Al-Jaber Al-Sabah | Mishal al-Ahmad al-Sabah; Meshal al-Ahmad al-Sabah | kuwait | head-of-state | 2023-12-16 | ?
    Mladen Ivanić | Mladen Ivanic | bosnia-and-herzegovina | head-of-state | 2014-11-17 | 2018-11-20
    Moana Carcasses Kalosil |  | vanuatu | head-of-government | 2013-03-23 | 2014-05-15
    Moctar Ouane |  | mali | head-of-government | 2020-09-27 | 2021-05-24
    Modibo Keïta | Modibo Keita | mali | head-of-government | 2015-01-08 | 2017-04-08
    Moeketsi Majoro |  | lesotho | head-of-government | 2020-05-20 | 2022-10-28
    Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Mohamed; Farmajo | somalia | head-of-state | 2017-02-16 | 2022-05-23
    Mohamed Bazoum |  | niger | head-of-state | 2021-04-02 | 2023-07-26
    Mohamed Béavogui | Mohamed Beavogui | guinea | head-of-government | 2021-10-06 | 2022-07-16
    Mohamed Ennaceur |  | tunisia | head-of-state | 2019-07-25 | 2019-10-23
    Mohamed Hussein Roble |  | somalia | head-of-government | 2020-09-23 | 2022-06-26
    Mohamed Muizzu |  | maldives | head-of-government | 2023-11-17 | ?
    Mohamed Muizzu |  | maldives | head-of-state | 2023-11-17 | ?
    Mohamed Ould Abdel Aziz |  | mauritania | head-of-state | 2009-08-05 | 2019-08-01
    Mohamed Ould Bilal |  | mauritania | head-of-government | 2020-08-06 | 2024-08-02
    Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | mauritania | head-of-state | 2019-08-01 | ?
    Mohamed Said Fofana |  | guinea | head-of-government | 2010-12-24 | 2015-12-26
    Mohamed Salem Ould Béchir | Mohamed Salem Ould Bechir | mauritania | head-of-government | 2018-10-29 | 2019-08-03
    Mohamed Tahir Ayala |  | sudan | head-of-government | 2019-02-23 | 2019-04-11
    Mohamed al-Menfi | Mohammed al-Menfi | libya | head-of-state | 2021-03-15 | ?
    Mohamed bin Zayed Al Nahyan | Mohammed bin Zayed; Mohamed bin Zayed; MBZ | united-arab-emirates | head-of-state | 2022-05-14 | ?
    Mohammad Ghazi al-Jalali |  | syria | head-of-government | 2024-09-14 | 2024-12-10
    Mohammad Hasan Akhund |  | afghanistan | head-of-government | 2021-09-07 | ?
    Mohammad Mokhber |  | iran | head-of-government | 2024-05-19 | 2024-07-28
    Mohammad Mustafa | Mohammed Mustafa | palestine | head-of-government | 2024-03-31 | ?
    Mohammad Sabah Al-Salem Al-Sabah | Mohammad Sabah al-Salem al-Sabah; Mohammed Sabah Al-Salem Al-Sabah | kuwait | head-of-government | 2024-01-04 | 2024-04-15
    Mohammad Shtayyeh | Mohammad Shtayeh; Mohammed Shtayyeh | palestine | head-of-government | 2019-04-14 | 2024-03-31
    Mohammed Al-Jadaan | Mohammed al-Jadaan | saudi-arabia | finance-minister | 2016-10-31 | ?
    Mohammed Barkindo | Mohammad Barkindo; Mohammed Sanusi Barkindo | opec | head | 2016-08-01 | 2022-07-05
    Mohammed Basindawa |  | yemen | head-of-government | 2011-12-10 | 2014-09-21
    Mohammed Shahabuddin | Mohammed Shahabuddin Chuppu | bangladesh | head-of-state | 2023-04-24 | ?
    Mohammed Shia al-Sudani |  | iraq | head-of-government | 2022-10-27 | ?
    Mohammed VI | Mohammed VI of Morocco | morocco | head-of-state | 1999-07-23 | ?
    Mohammed al-Bashir |  | syria | head-of-government | 2024-12-10 | 2025-03-29
    Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman | qatar | head-of-government | 2023-03-07 | ?
    Mohammed bin Rashid Al Maktoum | Mohammed bin Rashid | united-arab-emirates | head-of-government | 2006-01-05 | ?
    Mohammed bin Salman | MBS; Mohammad bin Salman; Muhammad bin Salman; Mohammed bin Salman Al Saud | saudi-arabia | defence-minister | 2015-01-23 | 2022-09-27
    Mohammed bin Salman | MBS; Mohammad bin Salman; Muhammad bin Salman; Mohammed bin Salman Al Saud | saudi-arabia | head-of-government | 2022-09-27 | ?
    Mokgweetsi Masisi |  | botswana | head-of-government | 2018-04-01 | 2024-11-01
    Mokgweetsi Masisi |  | botswana | head-of-state | 2018-04-01 | 2024-11-01
    Mokhtar Ould Djay |  | mauritania | head-of-government | 2024-08-02 | ?
    Moncef Marzouki |  | tunisia | head-of-state | 2011-12-13 | 2014-12-31
    Moon Jae-in |  | south-korea | head-of-government | 2017-05-10 | 2022-05-10
    Moon Jae-in |  | south-korea | head-of-state | 2017-05-10 | 2022-05-10
    Mostafa Madbouly | Moustafa Madbouly; Mostafa Madbouli | egypt | head-of-government | 2018-06-07 | ?
    Motazz Moussa | Moutaz Moussa | sudan | head-of-government | 2018-09-10 | 2019-02-23
    Moulaye Ould Mohamed Laghdaf |  | mauritania | head-of-government | 2008-08-14 | 2014-08-21
    Moussa Faki Mahamat | Moussa Faki | african-union-commission | head | 2017-03-14 | 2025-03-13
    Moussa Mara |  | mali | head-of-government | 2014-04-05 | 2015-01-08
    Mswati III |  | eswatini | head-of-state | 1986-04-25 | ?
    Muhammad Chatib Basri | Chatib Basri | indonesia | finance-minister | 2013-05-21 | 2014-10-20
    Muhammad V | Muhammad V of Kelantan | malaysia | head-of-state | 2016-12-13 | 2019-01-06
    Muhammad Yunus |  | bangladesh | head-of-government | 2024-08-08 | ?
    Muhammadu Buhari |  | nigeria | head-of-government | 2015-05-29 | 2023-05-29
    Muhammadu Buhari |  | nigeria | head-of-state | 2015-05-29 | 2023-05-29
    Muhammetkaliy Abulgaziev | Mukhammedkalyi Abylgaziev | kyrgyzstan | head-of-government | 2018-04-20 | 2020-06-15
    Muhyiddin Yassin |  | malaysia | head-of-government | 2020-03-01 | 2021-08-16
    Mulatu Teshome |  | ethiopia | head-of-state | 2013-10-07 | 2018-10-25
    Mustafa al-Kadhimi |  | iraq | head-of-government | 2020-05-07 | 2022-10-27
    Myint Swe |  | myanmar | head-of-state | 2021-02-01 | 2024-07-22
    Mykola Azarov |  | ukraine | head-of-government | 2010-03-11 | 2014-01-28
    Myriam Spiteri Debono |  | malta | head-of-state | 2024-04-04 | ?
    Mélanie Joly | Melanie Joly | canada | foreign-minister | 2021-10-26 | 2025-05-13
    Māris Kučinskis | Maris Kucinskis | latvia | head-of-government | 2016-02-11 | 2019-01-23
    Naci Ağbal | Naci Agbal | turkey | finance-minister | 2015-11-24 | 2018-07-10
    Nadhim Zahawi |  | united-kingdom | finance-minister | 2022-07-05 | 2022-09-06
    Nadir Larbaoui |  | algeria | head-of-government | 2023-11-11 | 2025-08-28
    Naftali Bennett |  | israel | head-of-government | 2021-06-13 | 2022-06-30
    Najib Mikati |  | lebanon | head-of-government | 2011-06-13 | 2014-02-15
    Najib Mikati |  | lebanon | head-of-government | 2021-09-10 | 2025-02-08
    Najib Razak | Najib Abdul Razak | malaysia | head-of-government | 2009-04-03 | 2018-05-10
    Najla Bouden | Najla Bouden Romdhane | tunisia | head-of-government | 2021-10-11 | 2023-08-01
    Naledi Pandor |  | south-africa | foreign-minister | 2019-05-30 | 2024-06-30
    Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo | ghana | head-of-government | 2017-01-07 | 2025-01-07
    Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo | ghana | head-of-state | 2017-01-07 | 2025-01-07
    Nangolo Mbumba |  | namibia | head-of-government | 2024-02-04 | 2025-03-21
    Nangolo Mbumba |  | namibia | head-of-state | 2024-02-04 | 2025-03-21
    Narendra Modi |  | india | head-of-government | 2014-05-26 | ?
    Naruhito |  | japan | head-of-state | 2019-05-01 | ?
    Nasirul Mulk |  | pakistan | head-of-government | 2018-06-01 | 2018-08-18
    Natalia Gavrilița | Natalia Gavrilita | moldova | head-of-government | 2021-08-06 | 2023-02-16
    Natalia Gherman |  | moldova | head-of-government | 2015-06-22 | 2015-07-30
    Nataša Pirc Musar | Natasa Pirc Musar | slovenia | head-of-state | 2022-12-23 | ?
    Navin Ramgoolam |  | mauritius | head-of-government | 2005-07-05 | 2014-12-17
    Navin Ramgoolam |  | mauritius | head-of-government | 2024-11-13 | ?
    Nawaf Al-Ahmad Al-Jaber Al-Sabah | Nawaf al-Ahmad al-Sabah | kuwait | head-of-state | 2020-09-29 | 2023-12-16
    Nawaf Salam |  | lebanon | head-of-government | 2025-02-08 | ?
    Nawaz Sharif |  | pakistan | head-of-government | 2013-06-05 | 2017-07-28
    Nayib Bukele |  | el-salvador | head-of-government | 2019-06-01 | 2023-12-01
    Nayib Bukele |  | el-salvador | head-of-government | 2024-06-01 | ?
    Nayib Bukele |  | el-salvador | head-of-state | 2019-06-01 | 2023-12-01
    Nayib Bukele |  | el-salvador | head-of-state | 2024-06-01 | ?
    Nebojša Radmanović | Nebojsa Radmanovic | bosnia-and-herzegovina | head-of-state | 2006-11-06 | 2014-11-17
    Nelson Barbosa |  | brazil | finance-minister | 2015-12-18 | 2016-05-12
    Nestor Ntahontuye |  | burundi | head-of-government | 2025-08-05 | ?
    Netumbo Nandi-Ndaitwah |  | namibia | head-of-government | 2025-03-21 | ?
    Netumbo Nandi-Ndaitwah |  | namibia | head-of-state | 2025-03-21 | ?
    Nguyen Phu Trong | Nguyễn Phú Trọng | vietnam | head-of-state | 2018-10-23 | 2021-04-05
    Nguyen Tan Dung | Nguyễn Tấn Dũng | vietnam | head-of-government | 2006-06-27 | 2016-04-07
    Nguyen Xuan Phuc | Nguyễn Xuân Phúc | vietnam | head-of-government | 2016-04-07 | 2021-04-05
    Nguyen Xuan Phuc | Nguyễn Xuân Phúc | vietnam | head-of-state | 2021-04-05 | 2023-01-18
    Nhlanhla Nene |  | south-africa | finance-minister | 2014-05-25 | 2015-12-09
    Nhlanhla Nene |  | south-africa | finance-minister | 2018-02-26 | 2018-10-09
    Nicola Renzi |  | san-marino | head-of-government | 2016-12-27 | 2020-01-08
    Nicolae Ciucă | Nicolae Ciuca | romania | head-of-government | 2021-11-25 | 2023-06-15
    Nicolae Timofti |  | moldova | head-of-state | 2012-03-23 | 2016-12-23
    Nicolas Tiangaye |  | central-african-republic | head-of-government | 2013-01-17 | 2014-01-10
    Nicolás Dujovne | Nicolas Dujovne | argentina | finance-minister | 2017-01-01 | 2019-08-17
    Nicolás Maduro | Nicolas Maduro | venezuela | head-of-government | 2013-04-19 | ?
    Nicolás Maduro | Nicolas Maduro | venezuela | head-of-state | 2013-04-19 | ?
    Nicos Anastasiades | Nikos Anastasiadis | cyprus | head-of-government | 2013-02-28 | 2023-02-28
    Nicos Anastasiades | Nikos Anastasiadis | cyprus | head-of-state | 2013-02-28 | 2023-02-28
    Nicușor Dan | Nicusor Dan | romania | head-of-state | 2025-05-26 | ?
    Nikenike Vurobaravu |  | vanuatu | head-of-state | 2022-07-23 | ?
    Nikol Pashinyan |  | armenia | head-of-government | 2018-05-08 | ?
    Nikola Gruevski |  | north-macedonia | head-of-government | 2006-08-27 | 2016-01-18
    Nikolai Denkov |  | bulgaria | head-of-government | 2023-06-06 | 2024-04-09
    Nikos Christodoulides |  | cyprus | head-of-government | 2023-02-28 | ?
    Nikos Christodoulides |  | cyprus | head-of-state | 2023-02-28 | ?
    Nirmala Sitharaman |  | india | defence-minister | 2017-09-03 | 2019-05-30
    Nirmala Sitharaman |  | india | finance-minister | 2019-05-30 | ?
    Nkosazana Dlamini-Zuma |  | african-union-commission | head | 2012-10-15 | 2017-03-14
    Nobuo Kishi |  | japan | defence-minister | 2020-09-16 | 2022-08-10
    Norodom Sihamoni |  | cambodia | head-of-state | 2004-10-14 | ?
    Norovyn Altankhuyag |  | mongolia | head-of-government | 2012-08-10 | 2014-11-05
    Nosiviwe Mapisa-Nqakula |  | south-africa | defence-minister | 2012-06-12 | 2021-08-05
    Noureddine Bedoui |  | algeria | head-of-government | 2019-03-11 | 2019-12-19
    Nouri Abusahmain | Nouri Busahmein | libya | head-of-state | 2013-06-25 | 2014-08-04
    Nouri al-Maliki | Nuri al-Maliki | iraq | head-of-government | 2006-05-20 | 2014-09-08
    Novruz Mammadov |  | azerbaijan | head-of-government | 2018-04-21 | 2019-10-08
    Nuno Gomes Nabiam |  | guinea-bissau | head-of-government | 2020-02-28 | 2023-08-08
    Nureddin Nebati |  | turkey | finance-minister | 2021-12-02 | 2023-06-04
    Nurettin Canikli |  | turkey | defence-minister | 2017-07-19 | 2018-07-10
    Nursultan Nazarbayev |  | kazakhstan | head-of-state | 1990-04-24 | 2019-03-20
    Nyo Saw |  | myanmar | head-of-government | 2025-07-31 | ?
    Ognyan Gerdzhikov |  | bulgaria | head-of-government | 2017-01-27 | 2017-05-04
    Olaf Scholz |  | germany | finance-minister | 2018-03-14 | 2021-12-08
    Olaf Scholz |  | germany | head-of-government | 2021-12-08 | 2025-05-06
    Oleksandr Turchynov | Oleksandr Turchinov | ukraine | head-of-state | 2014-02-23 | 2014-06-07
    Oleksiy Honcharuk | Oleksiy Goncharuk | ukraine | head-of-government | 2019-08-29 | 2020-03-04
    Oliver Spasovski |  | north-macedonia | head-of-government | 2020-01-03 | 2020-08-31
    Olivier Mahafaly Solonandrasana |  | madagascar | head-of-government | 2016-04-10 | 2018-06-04
    Ollanta Humala |  | peru | head-of-government | 2011-07-28 | 2016-07-28
    Ollanta Humala |  | peru | head-of-state | 2011-07-28 | 2016-07-28
    Olzhas Bektenov |  | kazakhstan | head-of-government | 2024-02-06 | ?
    Omar Abdirashid Ali Sharmarke |  | somalia | head-of-government | 2014-12-24 | 2017-03-01
    Omar Razzaz | Omar al-Razzaz | jordan | head-of-government | 2018-06-14 | 2020-10-12
    Omar al-Bashir | Omar Hassan al-Bashir | sudan | head-of-government | 1989-06-30 | 2017-03-02
    Omar al-Bashir | Omar Hassan al-Bashir | sudan | head-of-state | 1989-06-30 | 2019-04-11
    Omer Beriziky |  | madagascar | head-of-government | 2011-11-02 | 2014-04-16
    Osama Hammad |  | libya | head-of-government | 2023-05-16 | ?
    Oscar Aguad |  | argentina | defence-minister | 2017-07-17 | 2019-12-10
    Otto Pérez Molina | Otto Perez Molina | guatemala | head-of-government | 2012-01-14 | 2015-09-03
    Otto Pérez Molina | Otto Perez Molina | guatemala | head-of-state | 2012-01-14 | 2015-09-03
    Ouhoumoudou Mahamadou |  | niger | head-of-government | 2021-04-03 | 2023-07-26
    Oumar Tatam Ly |  | mali | head-of-government | 2013-09-05 | 2014-04-05
    Ousmane Sonko |  | senegal | head-of-government | 2024-04-02 | ?
    P. Chidambaram | P Chidambaram; Palaniappan Chidambaram | india | finance-minister | 2012-07-31 | 2014-05-26
    Pablo Quirno |  | argentina | foreign-minister | 2025-10-28 | ?
    Paetongtarn Shinawatra | Ung Ing | thailand | head-of-government | 2024-08-16 | 2025-08-29
    Pak Pong-ju | Pak Pong Ju | north-korea | head-of-government | 2013-04-01 | 2019-04-11
    Pak Thae-song | Pak Thae Song | north-korea | head-of-government | 2024-12-27 | ?
    Pakalitha Mosisili |  | lesotho | head-of-government | 2015-03-17 | 2017-06-16
    Paolo Gentiloni |  | italy | foreign-minister | 2014-10-31 | 2016-12-12
    Paolo Gentiloni |  | italy | head-of-government | 2016-12-12 | 2018-06-01
    Park Geun-hye |  | south-korea | head-of-government | 2013-02-25 | 2017-03-10
    Park Geun-hye |  | south-korea | head-of-state | 2013-02-25 | 2017-03-10
    Park Jin |  | south-korea | foreign-minister | 2022-05-12 | 2024-01-10
    Pasquale Valentini |  | san-marino | head-of-government | 2012-12-05 | 2016-12-27
    Patrice Talon |  | benin | head-of-government | 2016-04-06 | ?
    Patrice Talon |  | benin | head-of-state | 2016-04-06 | ?
    Patrice Trovoada |  | sao-tome-and-principe | head-of-government | 2014-11-29 | 2018-12-03
    Patrice Trovoada |  | sao-tome-and-principe | head-of-government | 2022-11-11 | 2025-01-06
    Patrick Achi |  | ivory-coast | head-of-government | 2021-03-08 | 2023-10-06
    Patrick Herminie |  | seychelles | head-of-government | 2025-10-26 | ?
    Patrick Herminie |  | seychelles | head-of-state | 2025-10-26 | ?
    Patrick Shanahan |  | united-states | defence-minister | 2019-01-01 | 2019-06-23
    Paul Biya |  | cameroon | head-of-state | 1982-11-06 | ?
    Paul Kaba Thieba |  | burkina-faso | head-of-government | 2016-01-06 | 2019-01-21
    Paul Kagame |  | rwanda | head-of-state | 2000-04-22 | ?
    Paul-Henri Sandaogo Damiba | Paul-Henri Damiba | burkina-faso | head-of-state | 2022-01-24 | 2022-09-30
    Paula-Mae Weekes |  | trinidad-and-tobago | head-of-state | 2018-03-19 | 2023-03-20
    Paulo Guedes |  | brazil | finance-minister | 2019-01-01 | 2022-12-31
    Paulo Sérgio Nogueira | Paulo Sérgio Nogueira de Oliveira; Paulo Sergio Nogueira; Paulo Sergio Nogueira de Oliveira | brazil | defence-minister | 2022-04-01 | 2022-12-31
    Pavel Filip |  | moldova | head-of-government | 2016-01-20 | 2019-06-08
    Pedro Castillo |  | peru | head-of-government | 2021-07-28 | 2022-12-07
    Pedro Castillo |  | peru | head-of-state | 2021-07-28 | 2022-12-07
    Pedro Pablo Kuczynski | PPK | peru | head-of-government | 2016-07-28 | 2018-03-23
    Pedro Pablo Kuczynski | PPK | peru | head-of-state | 2016-07-28 | 2018-03-23
    Pedro Passos Coelho |  | portugal | head-of-government | 2011-06-21 | 2015-11-26
    Pedro Sánchez | Pedro Sanchez | spain | head-of-government | 2018-06-02 | ?
    Penny Mordaunt |  | united-kingdom | defence-minister | 2019-05-01 | 2019-07-24
    Penny Wong |  | australia | foreign-minister | 2022-05-23 | ?
    Perry Christie |  | bahamas | head-of-government | 2012-05-08 | 2017-05-11
    Pete Hegseth |  | united-states | defence-minister | 2025-01-25 | ?
    Peter Altmaier |  | germany | finance-minister | 2017-10-24 | 2018-03-14
    Peter Christian |  | micronesia | head-of-government | 2015-05-11 | 2019-05-11
    Peter Christian |  | micronesia | head-of-state | 2015-05-11 | 2019-05-11
    Peter Dutton |  | australia | defence-minister | 2021-03-30 | 2022-05-23
    Peter Mutharika | Arthur Peter Mutharika | malawi | head-of-government | 2014-05-31 | 2020-06-28
    Peter Mutharika | Arthur Peter Mutharika | malawi | head-of-government | 2025-10-04 | ?
    Peter Mutharika | Arthur Peter Mutharika | malawi | head-of-state | 2014-05-31 | 2020-06-28
    Peter Mutharika | Arthur Peter Mutharika | malawi | head-of-state | 2025-10-04 | ?
    Peter O'Neill |  | papua-new-guinea | head-of-government | 2011-08-02 | 2019-05-30
    Peter Pellegrini |  | slovakia | head-of-government | 2018-03-22 | 2020-03-21
    Peter Pellegrini |  | slovakia | head-of-state | 2024-06-15 | ?
    Petr Fiala |  | czech-republic | head-of-government | 2021-11-28 | 2025-12-09
    Petr Pavel |  | czech-republic | head-of-state | 2023-03-09 | ?
    Petro Poroshenko |  | ukraine | head-of-state | 2014-06-07 | 2019-05-20
    Petteri Orpo |  | finland | head-of-government | 2023-06-20 | ?
    Pham Minh Chinh | Phạm Minh Chính | vietnam | head-of-government | 2021-04-05 | ?
    Phankham Viphavanh |  | laos | head-of-government | 2021-03-22 | 2022-12-30
    Philip Davis | Philip Brave Davis | bahamas | head-of-government | 2021-09-17 | ?
    Philip Hammond |  | united-kingdom | defence-minister | 2011-10-14 | 2014-07-15
    Philip Hammond |  | united-kingdom | finance-minister | 2016-07-13 | 2019-07-24
    Philip Hammond |  | united-kingdom | foreign-minister | 2014-07-15 | 2016-07-13
    Philip J. Pierre | Philip Pierre | saint-lucia | head-of-government | 2021-07-28 | ?
    Philippe | Philippe of Belgium | belgium | head-of-state | 2013-07-21 | ?
    Philémon Yang | Philemon Yang | cameroon | head-of-government | 2009-06-30 | 2019-01-04
    Phumtham Wechayachai |  | thailand | head-of-government | 2025-07-03 | 2025-09-07
    Pier Carlo Padoan |  | italy | finance-minister | 2014-02-22 | 2018-06-01
    Pierre Dartout |  | monaco | head-of-government | 2020-09-01 | 2024-09-01
    Pierre Habumuremyi |  | rwanda | head-of-government | 2011-10-07 | 2014-07-23
    Pierre Moscovici |  | france | finance-minister | 2012-05-16 | 2014-04-02
    Pierre Nkurunziza |  | burundi | head-of-government | 2005-08-26 | 2020-06-08
    Pierre Nkurunziza |  | burundi | head-of-state | 2005-08-26 | 2020-06-08
    Piyush Goyal |  | india | finance-minister | 2018-05-14 | 2018-08-23
    Plamen Oresharski |  | bulgaria | head-of-government | 2013-05-29 | 2014-08-06
    Pohiva Tu'i'onetoa | Pōhiva Tuʻiʻonetoa | tonga | head-of-government | 2019-10-08 | 2021-12-27
    Porfirio Lobo | Porfirio Lobo Sosa | honduras | head-of-government | 2010-01-27 | 2014-01-27
    Porfirio Lobo | Porfirio Lobo Sosa | honduras | head-of-state | 2010-01-27 | 2014-01-27
    Portia Simpson-Miller |  | jamaica | head-of-government | 2012-01-05 | 2016-03-03
    Prabowo Subianto |  | indonesia | defence-minister | 2019-10-23 | 2024-10-20
    Prabowo Subianto |  | indonesia | head-of-government | 2024-10-20 | ?
    Prabowo Subianto |  | indonesia | head-of-state | 2024-10-20 | ?
    Pranab Mukherjee |  | india | head-of-state | 2012-07-25 | 2017-07-25
    Pravin Gordhan |  | south-africa | finance-minister | 2009-05-10 | 2014-05-25
    Pravin Gordhan |  | south-africa | finance-minister | 2015-12-13 | 2017-03-31
    Pravind Jugnauth |  | mauritius | head-of-government | 2017-01-23 | 2024-11-13
    Prawit Wongsuwon | Prawit Wongsuwan | thailand | head-of-government | 2022-08-24 | 2022-09-30
    Prayut Chan-o-cha | Prayuth Chan-ocha; Prayut Chan-ocha | thailand | head-of-government | 2014-05-22 | 2022-08-24
    Prayut Chan-o-cha | Prayuth Chan-ocha; Prayut Chan-ocha | thailand | head-of-government | 2022-09-30 | 2023-08-22
    Prithvirajsing Roopun | Prithviraj Roopun | mauritius | head-of-state | 2019-12-02 | 2024-12-07
    Prokopis Pavlopoulos |  | greece | head-of-state | 2015-03-13 | 2020-03-13
    Purbaya Yudhi Sadewa |  | indonesia | finance-minister | 2025-09-08 | ?
    Purnomo Yusgiantoro |  | indonesia | defence-minister | 2009-10-22 | 2014-10-20
    Pushpa Kamal Dahal | Prachanda | nepal | head-of-government | 2016-08-04 | 2017-06-07
    Pushpa Kamal Dahal | Prachanda | nepal | head-of-government | 2022-12-26 | 2024-07-15
    Qaboos bin Said | Qaboos bin Said Al Said | oman | head-of-government | 1970-07-23 | 2020-01-10
    Qaboos bin Said | Qaboos bin Said Al Said | oman | head-of-state | 1970-07-23 | 2020-01-10
    Qin Gang |  | china | foreign-minister | 2022-12-30 | 2023-07-25
    Qohir Rasulzoda | Kokhir Rasulzoda | tajikistan | head-of-government | 2013-11-23 | ?
    Rachel Reeves |  | united-kingdom | finance-minister | 2024-07-05 | ?
    Rafael Correa |  | ecuador | head-of-government | 2007-01-15 | 2017-05-24
    Rafael Correa |  | ecuador | head-of-state | 2007-01-15 | 2017-05-24
    Raimonds Vējonis | Raimonds Vejonis | latvia | head-of-state | 2015-07-08 | 2019-07-08
    Rajnath Singh |  | india | defence-minister | 2019-05-30 | ?
    Ralph Gonsalves |  | saint-vincent-and-the-grenadines | head-of-government | 2001-03-29 | 2025-11-28
    Ram Baran Yadav |  | nepal | head-of-state | 2008-07-23 | 2015-10-29
    Ram Chandra Poudel | Ram Chandra Paudel | nepal | head-of-state | 2023-03-13 | ?
    Ram Nath Kovind |  | india | head-of-state | 2017-07-25 | 2022-07-25
    Rami Hamdallah |  | palestine | head-of-government | 2013-06-06 | 2019-04-14
    Ramush Haradinaj |  | kosovo | head-of-government | 2017-09-09 | 2020-02-03
    Ranil Wickremesinghe |  | sri-lanka | head-of-government | 2022-07-15 | 2024-09-23
    Ranil Wickremesinghe |  | sri-lanka | head-of-state | 2022-07-15 | 2024-09-23
    Rashad al-Alimi | Rashad Al-Alimi | yemen | head-of-state | 2022-04-07 | ?
    Raul Jungmann |  | brazil | defence-minister | 2016-05-12 | 2018-02-26
    Raymond Ndong Sima |  | gabon | head-of-government | 2012-02-27 | 2014-01-24
    Raymond Ndong Sima |  | gabon | head-of-government | 2023-09-07 | 2025-05-04
    Raúl Castro | Raul Castro | cuba | head-of-government | 2008-02-24 | 2018-04-19
    Raúl Castro | Raul Castro | cuba | head-of-state | 2008-02-24 | 2018-04-19
    Recep Tayyip Erdoğan | Recep Tayyip Erdogan; Tayyip Erdogan; Tayyip Erdoğan | turkey | head-of-government | 2003-03-14 | 2014-08-28
    Recep Tayyip Erdoğan | Recep Tayyip Erdogan; Tayyip Erdogan; Tayyip Erdoğan | turkey | head-of-government | 2018-07-09 | ?
    Recep Tayyip Erdoğan | Recep Tayyip Erdogan; Tayyip Erdogan; Tayyip Erdoğan | turkey | head-of-state | 2014-08-28 | ?
    Retno Marsudi |  | indonesia | foreign-minister | 2014-10-27 | 2024-10-20
    Reuven Rivlin |  | israel | head-of-state | 2014-07-24 | 2021-07-07
    Rex Tillerson |  | united-states | foreign-minister | 2017-02-01 | 2018-03-31
    Ricardo Martinelli |  | panama | head-of-government | 2009-07-01 | 2014-07-01
    Ricardo Martinelli |  | panama | head-of-state | 2009-07-01 | 2014-07-01
    Ricardo Trevilla Trejo | Ricardo Trevilla | mexico | defence-minister | 2024-10-01 | ?
    Richard Marles |  | australia | defence-minister | 2022-06-01 | ?
    Rick Houenipwela |  | solomon-islands | head-of-government | 2017-11-15 | 2019-04-24
    Rimtalba Jean Emmanuel Ouédraogo | Rimtalba Jean Emmanuel Ouedraogo | burkina-faso | head-of-government | 2024-12-07 | ?
    Rishi Sunak |  | united-kingdom | finance-minister | 2020-02-13 | 2022-07-05
    Rishi Sunak |  | united-kingdom | head-of-government | 2022-10-25 | 2024-07-05
    Rivo Rakotovao |  | madagascar | head-of-state | 2018-09-07 | 2019-01-19
    Rob Nicholson |  | canada | defence-minister | 2013-07-15 | 2015-02-09
    Rob Nicholson |  | canada | foreign-minister | 2015-02-09 | 2015-11-04
    Robert Abela |  | malta | head-of-government | 2020-01-13 | ?
    Robert Beugré Mambé | Robert Beugre Mambe | ivory-coast | head-of-government | 2023-10-17 | ?
    Robert Fico |  | slovakia | head-of-government | 2012-04-04 | 2018-03-22
    Robert Fico |  | slovakia | head-of-government | 2023-10-25 | ?
    Robert Golob |  | slovenia | head-of-government | 2022-06-01 | ?
    Robert Mugabe |  | zimbabwe | head-of-government | 1987-12-31 | 2017-11-21
    Robert Mugabe |  | zimbabwe | head-of-state | 1987-12-31 | 2017-11-21
    Roberta Metsola |  | european-parliament | head | 2022-01-18 | ?
    Roberta Pinotti |  | italy | defence-minister | 2014-02-22 | 2018-06-01
    Roberto Gualtieri |  | italy | finance-minister | 2019-09-05 | 2021-02-13
    Roch Marc Christian Kaboré | Roch Kaboré; Roch Marc Christian Kabore; Roch Kabore | burkina-faso | head-of-state | 2015-12-29 | 2022-01-24
    Rodrigo Chaves Robles | Rodrigo Chaves | costa-rica | head-of-government | 2022-05-08 | ?
    Rodrigo Chaves Robles | Rodrigo Chaves | costa-rica | head-of-state | 2022-05-08 | ?
    Rodrigo Duterte |  | philippines | head-of-government | 2016-06-30 | 2022-06-30
    Rodrigo Duterte |  | philippines | head-of-state | 2016-06-30 | 2022-06-30
    Rodrigo Paz | Rodrigo Paz Pereira | bolivia | head-of-government | 2025-11-08 | ?
    Rodrigo Paz | Rodrigo Paz Pereira | bolivia | head-of-state | 2025-11-08 | ?
    Rogelio Ramírez de la O | Rogelio Ramirez de la O | mexico | finance-minister | 2021-07-16 | 2025-03-07
    Roland Lescure |  | france | finance-minister | 2025-10-05 | ?
    Roman Golovchenko | Raman Halouchanka | belarus | head-of-government | 2020-06-04 | 2025-03-10
    Ronald Lamola |  | south-africa | foreign-minister | 2024-07-03 | ?
    Roosevelt Skerrit |  | dominica | head-of-government | 2004-01-08 | ?
    Rosario Murillo |  | nicaragua | head-of-government | 2025-02-18 | ?
    Rosario Murillo |  | nicaragua | head-of-state | 2025-02-18 | ?
    Rose Christiane Raponda | Rose Christiane Ossouka Raponda | gabon | head-of-government | 2020-07-16 | 2023-01-09
    Rosen Plevneliev |  | bulgaria | head-of-state | 2012-01-22 | 2017-01-22
    Rosen Zhelyazkov |  | bulgaria | head-of-government | 2025-01-16 | ?
    Rui Duarte de Barros |  | guinea-bissau | head-of-government | 2012-05-16 | 2014-07-03
    Rui Duarte de Barros |  | guinea-bissau | head-of-government | 2023-12-20 | 2025-08-07
    Rui Maria de Araújo | Rui Maria de Araujo | east-timor | head-of-government | 2015-02-16 | 2017-09-15
    Rumen Radev |  | bulgaria | head-of-state | 2017-01-22 | ?
    Ruphin Fortunat Zafisambo | Ruphin Zafisambo | madagascar | head-of-government | 2025-10-06 | 2025-10-20
    Russ Kun |  | nauru | head-of-government | 2022-09-28 | 2023-10-30
    Russ Kun |  | nauru | head-of-state | 2022-09-28 | 2023-10-30
    Russell Dlamini | Russell Mmiso Dlamini | eswatini | head-of-government | 2023-11-03 | ?
    Ryamizard Ryacudu |  | indonesia | defence-minister | 2014-10-27 | 2019-10-20
    S. Jaishankar | Subrahmanyam Jaishankar; S Jaishankar | india | foreign-minister | 2019-05-30 | ?
    Saad Hariri |  | lebanon | head-of-government | 2016-12-18 | 2020-01-21
    Saadeddine Othmani | Saad Eddine El Othmani | morocco | head-of-government | 2017-04-05 | 2021-10-07
    Sabah Al-Ahmad Al-Jaber Al-Sabah | Sabah al-Ahmad al-Sabah | kuwait | head-of-state | 2006-01-29 | 2020-09-29
    Sabah Al-Khalid Al-Sabah | Sabah al-Khalid al-Sabah | kuwait | head-of-government | 2019-11-19 | 2022-07-24
    Sadyr Japarov | Sadyr Zhaparov | kyrgyzstan | head-of-government | 2020-10-10 | 2020-11-14
    Sadyr Japarov | Sadyr Zhaparov | kyrgyzstan | head-of-state | 2020-10-16 | 2020-11-14
    Sadyr Japarov | Sadyr Zhaparov | kyrgyzstan | head-of-state | 2021-01-28 | ?
    Sahle-Work Zewde |  | ethiopia | head-of-state | 2018-10-25 | 2024-10-07
    Sajid Javid |  | united-kingdom | finance-minister | 2019-07-24 | 2020-02-13
    Saleh Kebzabo |  | chad | head-of-government | 2022-10-12 | 2024-01-01
    Salem Saleh bin Braik | Salem bin Breik | yemen | head-of-government | 2025-05-06 | ?
    Salman Khurshid |  | india | foreign-minister | 2012-10-28 | 2014-05-26
    Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | saudi-arabia | defence-minister | 2011-11-05 | 2015-01-23
    Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | saudi-arabia | head-of-government | 2015-01-23 | 2022-09-27
    Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | saudi-arabia | head-of-state | 2015-01-23 | ?
    Salman bin Hamad Al Khalifa | Salman bin Hamad | bahrain | head-of-government | 2020-11-11 | ?
    Salome Zourabichvili | Salome Zurabishvili | georgia | head-of-state | 2018-12-16 | 2024-12-29
    Salva Kiir | Salva Kiir Mayardit | south-sudan | head-of-government | 2011-07-09 | ?
    Salva Kiir | Salva Kiir Mayardit | south-sudan | head-of-state | 2011-07-09 | ?
    Salvador Cienfuegos | Salvador Cienfuegos Zepeda | mexico | defence-minister | 2012-12-01 | 2018-11-30
    Salvador Sánchez Cerén | Salvador Sanchez Ceren | el-salvador | head-of-government | 2014-06-01 | 2019-06-01
    Salvador Sánchez Cerén | Salvador Sanchez Ceren | el-salvador | head-of-state | 2014-06-01 | 2019-06-01
    Sam Matekane |  | lesotho | head-of-government | 2022-10-28 | ?
    Samia Suluhu Hassan |  | tanzania | head-of-government | 2021-03-19 | ?
    Samia Suluhu Hassan |  | tanzania | head-of-state | 2021-03-19 | ?
    Samy Badibanga |  | democratic-republic-of-the-congo | head-of-government | 2016-11-17 | 2017-05-16
    Sanae Takaichi |  | japan | head-of-government | 2025-10-21 | ?
    Sandra Mason |  | barbados | head-of-state | 2021-11-30 | 2025-11-30
    Sanna Marin |  | finland | head-of-government | 2019-12-10 | 2023-06-20
    Santiago Cafiero |  | argentina | foreign-minister | 2021-09-20 | 2023-12-10
    Santiago Peña | Santiago Pena | paraguay | head-of-government | 2023-08-15 | ?
    Santiago Peña | Santiago Pena | paraguay | head-of-state | 2023-08-15 | ?
    Sapar Isakov |  | kyrgyzstan | head-of-government | 2017-08-26 | 2018-04-20
    Sara Zaafrani Zenzri |  | tunisia | head-of-government | 2025-03-21 | ?
    Sato Kilman |  | vanuatu | head-of-government | 2015-06-11 | 2016-02-11
    Sato Kilman |  | vanuatu | head-of-government | 2023-09-04 | 2023-10-06
    Satsuki Katayama |  | japan | finance-minister | 2025-10-21 | ?
    Saud al-Faisal | Saud bin Faisal Al Saud | saudi-arabia | foreign-minister | 1975-10-13 | 2015-04-29
    Sauli Niinistö | Sauli Niinisto | finland | head-of-state | 2012-03-01 | 2024-03-01
    Saulius Skvernelis |  | lithuania | head-of-government | 2016-12-13 | 2020-12-11
    Scott Bessent |  | united-states | finance-minister | 2025-01-28 | ?
    Scott Morrison |  | australia | finance-minister | 2015-09-21 | 2018-08-24
    Scott Morrison |  | australia | head-of-government | 2018-08-24 | 2022-05-23
    Sebastian Kurz |  | austria | head-of-government | 2017-12-18 | 2019-05-28
    Sebastian Kurz |  | austria | head-of-government | 2020-01-07 | 2021-10-11
    Sebastián Piñera | Sebastian Pinera | chile | head-of-government | 2010-03-11 | 2014-03-11
    Sebastián Piñera | Sebastian Pinera | chile | head-of-government | 2018-03-11 | 2022-03-11
    Sebastián Piñera | Sebastian Pinera | chile | head-of-state | 2010-03-11 | 2014-03-11
    Sebastián Piñera | Sebastian Pinera | chile | head-of-state | 2018-03-11 | 2022-03-11
    Serdar Berdimuhamedow | Serdar Berdimuhamedov | turkmenistan | head-of-government | 2022-03-19 | ?
    Serdar Berdimuhamedow | Serdar Berdimuhamedov | turkmenistan | head-of-state | 2022-03-19 | ?
    Serge Telle |  | monaco | head-of-government | 2016-02-01 | 2020-09-01
    Sergei Lavrov | Sergey Lavrov | russia | foreign-minister | 2004-03-09 | ?
    Sergei Rumas | Siarhei Rumas | belarus | head-of-government | 2018-08-18 | 2020-06-03
    Sergei Shoigu | Sergey Shoigu; Sergei Shoygu | russia | defence-minister | 2012-11-06 | 2024-05-12
    Sergio Massa |  | argentina | finance-minister | 2022-08-03 | 2023-12-10
    Sergio Mattarella |  | italy | head-of-state | 2015-02-03 | ?
    Serik Akhmetov |  | kazakhstan | head-of-government | 2012-09-24 | 2014-04-02
    Serzh Sargsyan | Serzh Sarkisian | armenia | head-of-government | 2018-04-17 | 2018-04-23
    Serzh Sargsyan | Serzh Sarkisian | armenia | head-of-state | 2008-04-09 | 2018-04-09
    Shahid Khaqan Abbasi |  | pakistan | head-of-government | 2017-08-01 | 2018-05-31
    Shavkat Mirziyoyev |  | uzbekistan | head-of-government | 2003-12-12 | 2016-12-14
    Shavkat Mirziyoyev |  | uzbekistan | head-of-state | 2016-09-08 | ?
    Shehbaz Sharif | Shahbaz Sharif | pakistan | head-of-government | 2022-04-11 | 2023-08-14
    Shehbaz Sharif | Shahbaz Sharif | pakistan | head-of-government | 2024-03-04 | ?
    Sheikh Hasina | Sheikh Hasina Wazed | bangladesh | head-of-government | 2009-01-06 | 2024-08-05
    Sher Bahadur Deuba |  | nepal | head-of-government | 2017-06-07 | 2018-02-15
    Sher Bahadur Deuba |  | nepal | head-of-government | 2021-07-13 | 2022-12-26
    Sherif Ismail |  | egypt | head-of-government | 2015-09-19 | 2018-06-07
    Shigeru Ishiba |  | japan | head-of-government | 2024-10-01 | 2025-10-21
    Shimon Peres |  | israel | head-of-state | 2007-07-15 | 2014-07-24
    Shin Won-sik |  | south-korea | defence-minister | 2023-10-07 | 2024-09-06
    Shinjiro Koizumi | Shinjirō Koizumi | japan | defence-minister | 2025-10-21 | ?
    Shinzo Abe | Shinzō Abe | japan | head-of-government | 2012-12-26 | 2020-09-16
    Shunichi Suzuki | Shun'ichi Suzuki | japan | finance-minister | 2021-10-04 | 2024-10-01
    Siale'ataonga Tu'ivakano | Sialeʻataonga Tuʻivakano | tonga | head-of-government | 2010-12-22 | 2014-12-30
    Siaosi Sovaleni |  | tonga | head-of-government | 2021-12-27 | 2024-12-09
    Sidiki Kaba |  | senegal | head-of-government | 2024-03-06 | 2024-04-02
    Sifi Ghrieb |  | algeria | head-of-government | 2025-08-28 | ?
    Sigmar Gabriel |  | germany | foreign-minister | 2017-01-27 | 2018-03-14
    Sigmundur Davíð Gunnlaugsson | Sigmundur David Gunnlaugsson | iceland | head-of-government | 2013-05-23 | 2016-04-07
    Sigurður Ingi Jóhannsson | Sigurdur Ingi Johannsson | iceland | head-of-government | 2016-04-07 | 2017-01-11
    Silvina Batakis |  | argentina | finance-minister | 2022-07-04 | 2022-08-03
    Simon Harris |  | ireland | head-of-government | 2024-04-09 | 2025-01-23
    Simonetta Sommaruga |  | switzerland | head-of-government | 2015-01-01 | 2015-12-31
    Simonetta Sommaruga |  | switzerland | head-of-government | 2020-01-01 | 2020-12-31
    Simonetta Sommaruga |  | switzerland | head-of-state | 2015-01-01 | 2015-12-31
    Simonetta Sommaruga |  | switzerland | head-of-state | 2020-01-01 | 2020-12-31
    Simplice Sarandji |  | central-african-republic | head-of-government | 2016-04-02 | 2019-02-25
    Sitiveni Rabuka |  | fiji | head-of-government | 2022-12-24 | ?
    Sjafrie Sjamsoeddin |  | indonesia | defence-minister | 2024-10-21 | ?
    Sonexay Siphandone |  | laos | head-of-government | 2022-12-30 | ?
    Song Young-moo |  | south-korea | defence-minister | 2017-07-14 | 2018-09-21
    Sooronbay Jeenbekov | Sooronbai Jeenbekov | kyrgyzstan | head-of-government | 2016-04-13 | 2017-08-22
    Sooronbay Jeenbekov | Sooronbai Jeenbekov | kyrgyzstan | head-of-state | 2017-11-24 | 2020-10-15
    Sophie Wilmès | Sophie Wilmes | belgium | head-of-government | 2019-10-27 | 2020-10-01
    Sorin Grindeanu |  | romania | head-of-government | 2017-01-04 | 2017-06-29
    Soumeylou Boubèye Maïga | Soumeylou Boubeye Maiga | mali | head-of-government | 2017-12-30 | 2019-04-22
    Srettha Thavisin |  | thailand | head-of-government | 2023-08-22 | 2024-08-14
    Sri Mulyani Indrawati | Sri Mulyani | indonesia | finance-minister | 2016-07-27 | 2025-09-08
    Stefan Löfven | Stefan Lofven | sweden | head-of-government | 2014-10-03 | 2021-11-30
    Stefan Yanev |  | bulgaria | head-of-government | 2021-05-12 | 2021-12-13
    Stephen Harper |  | canada | head-of-government | 2006-02-06 | 2015-11-04
    Steven Mnuchin | Steve Mnuchin | united-states | finance-minister | 2017-02-13 | 2021-01-20
    Stevo Pendarovski |  | north-macedonia | head-of-state | 2019-05-12 | 2024-05-12
    Stuart Young |  | trinidad-and-tobago | head-of-government | 2025-03-17 | 2025-05-01
    Stéphane Dion | Stephane Dion | canada | foreign-minister | 2015-11-04 | 2017-01-10
    Stéphane Séjourné | Stephane Sejourne | france | foreign-minister | 2024-01-11 | 2024-09-21
    Su Tseng-chang |  | taiwan | head-of-government | 2019-01-14 | 2023-01-31
    Succès Masra | Succes Masra | chad | head-of-government | 2024-01-01 | 2024-05-22
    Sugiono |  | indonesia | foreign-minister | 2024-10-21 | ?
    Suh Wook |  | south-korea | defence-minister | 2020-09-18 | 2022-05-10
    Surangel Whipps Jr. | Surangel Whipps | palau | head-of-government | 2021-01-21 | ?
    Surangel Whipps Jr. | Surangel Whipps | palau | head-of-state | 2021-01-21 | ?
    Susana Malcorra |  | argentina | foreign-minister | 2015-12-10 | 2017-06-12
    Sushil Koirala |  | nepal | head-of-government | 2014-02-11 | 2015-10-12
    Sushila Karki |  | nepal | head-of-government | 2025-09-12 | ?
    Sushma Swaraj |  | india | foreign-minister | 2014-05-26 | 2019-05-30
    Susilo Bambang Yudhoyono | SBY | indonesia | head-of-government | 2004-10-20 | 2014-10-20
    Susilo Bambang Yudhoyono | SBY | indonesia | head-of-state | 2004-10-20 | 2014-10-20
    Sylvanie Burton |  | dominica | head-of-state | 2023-10-02 | ?
    Sylvestre Ilunga | Sylvestre Ilunga Ilunkamba | democratic-republic-of-the-congo | head-of-government | 2019-05-20 | 2021-02-15
    Sylvie Goulard |  | france | defence-minister | 2017-05-17 | 2017-06-21
    Sébastien Lecornu | Sebastien Lecornu | france | defence-minister | 2022-05-20 | 2025-10-05
    Sébastien Lecornu | Sebastien Lecornu | france | head-of-government | 2025-09-09 | ?
    Taavi Rõivas | Taavi Roivas | estonia | head-of-government | 2014-03-26 | 2016-11-23
    Tabaré Vázquez | Tabare Vazquez | uruguay | head-of-government | 2015-03-01 | 2020-03-01
    Tabaré Vázquez | Tabare Vazquez | uruguay | head-of-state | 2015-03-01 | 2020-03-01
    Takeshi Iwaya |  | japan | defence-minister | 2018-10-02 | 2019-09-11
    Takeshi Iwaya |  | japan | foreign-minister | 2024-10-01 | 2025-10-21
    Talant Mamytov |  | kyrgyzstan | head-of-state | 2020-11-14 | 2021-01-28
    Talat Xhaferi |  | north-macedonia | head-of-government | 2024-01-28 | 2024-06-23
    Tallis Obed Moses |  | vanuatu | head-of-state | 2017-07-06 | 2022-07-23
    Tamim bin Hamad Al Thani | Tamim bin Hamad | qatar | head-of-state | 2013-06-25 | ?
    Tammam Salam |  | lebanon | head-of-government | 2014-02-15 | 2016-12-18
    Tamás Sulyok | Tamas Sulyok | hungary | head-of-state | 2024-03-05 | ?
    Taneti Maamau |  | kiribati | head-of-government | 2016-03-11 | ?
    Taneti Maamau |  | kiribati | head-of-state | 2016-03-11 | ?
    Taro Aso | Tarō Asō | japan | finance-minister | 2012-12-26 | 2021-10-04
    Taro Kono | Tarō Kōno | japan | defence-minister | 2019-09-11 | 2020-09-16
    Taro Kono | Tarō Kōno | japan | foreign-minister | 2017-08-03 | 2019-09-11
    Taur Matan Ruak |  | east-timor | head-of-government | 2018-06-22 | 2023-07-01
    Taur Matan Ruak |  | east-timor | head-of-state | 2012-05-20 | 2017-05-20
    Taye Atske Selassie |  | ethiopia | head-of-state | 2024-10-07 | ?
    Temir Sariyev |  | kyrgyzstan | head-of-government | 2015-05-02 | 2016-04-13
    Teodoro Obiang Nguema Mbasogo | Teodoro Obiang | equatorial-guinea | head-of-government | 1979-08-03 | ?
    Teodoro Obiang Nguema Mbasogo | Teodoro Obiang | equatorial-guinea | head-of-state | 1979-08-03 | ?
    Terrance Drew |  | saint-kitts-and-nevis | head-of-government | 2022-08-06 | ?
    Thandi Modise |  | south-africa | defence-minister | 2021-08-05 | 2024-06-30
    Tharman Shanmugaratnam |  | singapore | head-of-state | 2023-09-14 | ?
    Thein Sein |  | myanmar | head-of-government | 2011-03-30 | 2016-03-30
    Thein Sein |  | myanmar | head-of-state | 2011-03-30 | 2016-03-30
    Themba Masuku |  | eswatini | head-of-government | 2020-12-13 | 2021-07-16
    Theresa May |  | united-kingdom | head-of-government | 2016-07-13 | 2019-07-24
    Thongloun Sisoulith |  | laos | head-of-government | 2016-04-20 | 2021-03-22
    Thongloun Sisoulith |  | laos | head-of-state | 2021-03-22 | ?
    Thongsing Thammavong |  | laos | head-of-government | 2010-12-24 | 2016-04-20
    Tigran Sargsyan |  | armenia | head-of-government | 2008-04-09 | 2014-04-13
    Tihomir Orešković | Tihomir Oreskovic | croatia | head-of-government | 2016-01-22 | 2016-10-19
    Timothy Harris |  | saint-kitts-and-nevis | head-of-government | 2015-02-18 | 2022-08-06
    Tito Mboweni |  | south-africa | finance-minister | 2018-10-09 | 2021-08-05
    To Lam | Tô Lâm | vietnam | head-of-state | 2024-05-22 | 2024-10-21
    Tom Thabane | Thomas Thabane | lesotho | head-of-government | 2012-06-08 | 2015-03-17
    Tom Thabane | Thomas Thabane | lesotho | head-of-government | 2017-06-16 | 2020-05-20
    Tomislav Nikolić | Tomislav Nikolic | serbia | head-of-state | 2012-05-31 | 2017-05-31
    Tommy Remengesau | Tommy Remengesau Jr. | palau | head-of-government | 2013-01-17 | 2021-01-21
    Tommy Remengesau | Tommy Remengesau Jr. | palau | head-of-state | 2013-01-17 | 2021-01-21
    Tomomi Inada |  | japan | defence-minister | 2016-08-03 | 2017-07-28
    Tony Abbott |  | australia | head-of-government | 2013-09-18 | 2015-09-15
    Tony Tan | Tony Tan Keng Yam | singapore | head-of-state | 2011-09-01 | 2017-08-31
    Toomas Hendrik Ilves |  | estonia | head-of-state | 2006-10-09 | 2016-10-10
    Toshimitsu Motegi |  | japan | foreign-minister | 2019-09-11 | 2021-11-04
    Toshimitsu Motegi |  | japan | foreign-minister | 2025-10-21 | ?
    Traian Băsescu | Traian Basescu | romania | head-of-state | 2004-12-20 | 2014-12-21
    Tran Dai Quang | Trần Đại Quang | vietnam | head-of-state | 2016-04-02 | 2018-09-21
    Truong Tan Sang | Trương Tấn Sang | vietnam | head-of-state | 2011-07-25 | 2016-04-02
    Tsai Ing-wen |  | taiwan | head-of-state | 2016-05-20 | 2024-05-20
    Tsakhiagiin Elbegdorj | Elbegdorj Tsakhia | mongolia | head-of-state | 2009-06-18 | 2017-07-10
    Tshering Tobgay |  | bhutan | head-of-government | 2013-07-27 | 2018-08-09
    Tshering Tobgay |  | bhutan | head-of-government | 2024-01-28 | ?
    Tshering Wangchuk |  | bhutan | head-of-government | 2018-08-09 | 2018-11-07
    Tui Ātua Tupua Tamasese Efi | Tupua Tamasese Tupuola Tufuga Efi; Tui Atua Tupua Tamasese Efi | samoa | head-of-state | 2007-06-20 | 2017-07-21
    Tuilaepa Sailele Malielegaoi | Tuilaepa Aiono Sailele Malielegaoi | samoa | head-of-government | 1998-11-23 | 2021-05-24
    Tupou VI |  | tonga | head-of-state | 2012-03-18 | ?
    Ueli Maurer |  | switzerland | head-of-government | 2019-01-01 | 2019-12-31
    Ueli Maurer |  | switzerland | head-of-state | 2019-01-01 | 2019-12-31
    Uhuru Kenyatta |  | kenya | head-of-government | 2013-04-09 | 2022-09-13
    Uhuru Kenyatta |  | kenya | head-of-state | 2013-04-09 | 2022-09-13
    Ukhnaagiin Khürelsükh | Khurelsukh Ukhnaa; Ukhnaagiin Khurelsukh | mongolia | head-of-government | 2017-10-04 | 2021-01-27
    Ukhnaagiin Khürelsükh | Khurelsukh Ukhnaa; Ukhnaagiin Khurelsukh | mongolia | head-of-state | 2021-06-25 | ?
    Ulf Kristersson |  | sweden | head-of-government | 2022-10-18 | ?
    Ulisses Correia e Silva |  | cape-verde | head-of-government | 2016-04-22 | ?
    Ulukbek Maripov |  | kyrgyzstan | head-of-government | 2021-02-03 | 2021-10-12
    Umaro Sissoco Embaló | Umaro Sissoco Embalo | guinea-bissau | head-of-government | 2016-11-18 | 2018-01-16
    Umaro Sissoco Embaló | Umaro Sissoco Embalo | guinea-bissau | head-of-state | 2020-02-27 | 2025-11-26
    Ursula von der Leyen |  | european-commission | head | 2019-12-01 | ?
    Ursula von der Leyen |  | germany | defence-minister | 2013-12-17 | 2019-07-17
    Va'aletoa Sualauvi II | Tuimalealiifano Va'aletoa Sualauvi II | samoa | head-of-state | 2017-07-21 | ?
    Vahagn Khachaturyan |  | armenia | head-of-state | 2022-03-13 | ?
    Valdis Dombrovskis |  | latvia | head-of-government | 2009-03-12 | 2014-01-22
    Valeriu Streleț | Valeriu Strelet | moldova | head-of-government | 2015-07-30 | 2015-10-29
    Vassiliki Thanou-Christophilou | Vassiliki Thanou | greece | head-of-government | 2015-08-27 | 2015-09-21
    Vecdi Gönül | Vecdi Gonul | turkey | defence-minister | 2015-08-28 | 2015-11-24
    Victoire Tomegah Dogbé | Victoire Tomegah Dogbe | togo | head-of-government | 2020-09-28 | 2025-05-03
    Victor Ponta |  | romania | head-of-government | 2012-05-07 | 2015-11-04
    Viktor Orbán | Viktor Orban | hungary | head-of-government | 2010-05-29 | ?
    Viktor Yanukovych |  | ukraine | head-of-state | 2010-02-25 | 2014-02-22
    Vincent Mhlanga |  | eswatini | head-of-government | 2018-09-04 | 2018-10-27
    Viola Amherd |  | switzerland | head-of-government | 2024-01-01 | 2024-12-31
    Viola Amherd |  | switzerland | head-of-state | 2024-01-01 | 2024-12-31
    Viorica Dăncilă | Viorica Dancila | romania | head-of-government | 2018-01-29 | 2019-11-04
    Vjekoslav Bevanda |  | bosnia-and-herzegovina | head-of-government | 2012-01-12 | 2015-02-11
    Vjosa Osmani | Vjosa Osmani-Sadriu | kosovo | head-of-state | 2020-11-05 | 2021-03-22
    Vjosa Osmani | Vjosa Osmani-Sadriu | kosovo | head-of-state | 2021-04-04 | ?
    Vladimir Putin |  | russia | head-of-state | 2012-05-07 | ?
    Vo Thi Anh Xuan | Võ Thị Ánh Xuân | vietnam | head-of-state | 2023-01-18 | 2023-03-02
    Vo Thi Anh Xuan | Võ Thị Ánh Xuân | vietnam | head-of-state | 2024-03-21 | 2024-05-22
    Vo Van Thuong | Võ Văn Thưởng | vietnam | head-of-state | 2023-03-02 | 2024-03-21
    Volodymyr Groysman | Volodymyr Hroisman | ukraine | head-of-government | 2016-04-14 | 2019-08-29
    Volodymyr Zelenskyy | Volodymyr Zelenskiy; Volodymyr Zelensky | ukraine | head-of-state | 2019-05-20 | ?
    Wael Nader al-Halqi | Wael al-Halqi | syria | head-of-government | 2012-08-09 | 2016-07-03
    Walter Braga Netto |  | brazil | defence-minister | 2021-04-06 | 2022-03-31
    Wang Yi |  | china | foreign-minister | 2013-03-16 | 2022-12-30
    Wang Yi |  | china | foreign-minister | 2023-07-25 | ?
    Wavel Ramkalawan |  | seychelles | head-of-government | 2020-10-26 | 2025-10-26
    Wavel Ramkalawan |  | seychelles | head-of-state | 2020-10-26 | 2025-10-26
    Wei Fenghe |  | china | defence-minister | 2018-03-19 | 2023-03-12
    Werner Faymann |  | austria | head-of-government | 2008-12-02 | 2016-05-09
    Wesley Simina |  | micronesia | head-of-government | 2023-05-11 | ?
    Wesley Simina |  | micronesia | head-of-state | 2023-05-11 | ?
    Wiliame Katonivere | Wiliame Maivalili Katonivere | fiji | head-of-state | 2021-11-12 | ?
    Willem-Alexander |  | netherlands | head-of-state | 2013-04-30 | ?
    William Hague |  | united-kingdom | foreign-minister | 2010-05-12 | 2014-07-14
    William Ruto |  | kenya | head-of-government | 2022-09-13 | ?
    William Ruto |  | kenya | head-of-state | 2022-09-13 | ?
    Win Myint |  | myanmar | head-of-state | 2018-03-30 | 2021-02-01
    Wolfgang Schäuble | Wolfgang Schauble | germany | finance-minister | 2009-10-28 | 2017-10-24
    Xanana Gusmão | Xanana Gusmao | east-timor | head-of-government | 2007-08-08 | 2015-02-16
    Xanana Gusmão | Xanana Gusmao | east-timor | head-of-government | 2023-07-01 | ?
    Xavier Bettel |  | luxembourg | head-of-government | 2013-12-04 | 2023-11-17
    Xavier Espot Zamora | Xavier Espot | andorra | head-of-government | 2019-05-16 | ?
    Xi Jinping |  | china | head-of-state | 2013-03-14 | ?
    Xiao Jie |  | china | finance-minister | 2016-11-07 | 2018-03-19
    Xiomara Castro |  | honduras | head-of-government | 2022-01-27 | ?
    Xiomara Castro |  | honduras | head-of-state | 2022-01-27 | ?
    Yahya Jammeh |  | gambia | head-of-government | 1994-07-22 | 2017-01-19
    Yahya Jammeh |  | gambia | head-of-state | 1994-07-22 | 2017-01-19
    Yahya Ould Hademine |  | mauritania | head-of-government | 2014-08-21 | 2018-10-29
    Yair Lapid |  | israel | head-of-government | 2022-07-01 | 2022-12-29
    Yamandú Orsi | Yamandu Orsi | uruguay | head-of-government | 2025-03-01 | ?
    Yamandú Orsi | Yamandu Orsi | uruguay | head-of-state | 2025-03-01 | ?
    Yasukazu Hamada |  | japan | defence-minister | 2022-08-10 | 2023-09-13
    Yaşar Güler | Yasar Guler | turkey | defence-minister | 2023-06-04 | ?
    Yemi Osinbajo |  | nigeria | head-of-government | 2017-01-23 | 2017-03-10
    Yemi Osinbajo |  | nigeria | head-of-government | 2017-05-07 | 2017-08-19
    Yemi Osinbajo |  | nigeria | head-of-state | 2017-01-23 | 2017-03-10
    Yemi Osinbajo |  | nigeria | head-of-state | 2017-05-07 | 2017-08-19
    Yingluck Shinawatra |  | thailand | head-of-government | 2011-08-05 | 2014-05-07
    Yoko Kamikawa | Yōko Kamikawa | japan | foreign-minister | 2023-09-13 | 2024-10-01
    Yoo Il-ho |  | south-korea | finance-minister | 2016-01-13 | 2017-06-09
    Yoon Suk Yeol | Yoon Suk-yeol | south-korea | head-of-government | 2022-05-10 | 2025-04-04
    Yoon Suk Yeol | Yoon Suk-yeol | south-korea | head-of-state | 2022-05-10 | 2025-04-04
    Yoshihide Suga |  | japan | head-of-government | 2020-09-16 | 2021-10-04
    Yoshimasa Hayashi |  | japan | foreign-minister | 2021-11-10 | 2023-09-13
    Youcef Yousfi |  | algeria | head-of-government | 2014-03-13 | 2014-04-28
    Youssef Chahed |  | tunisia | head-of-government | 2016-08-27 | 2020-02-27
    Yoweri Museveni |  | uganda | head-of-government | 1986-01-29 | ?
    Yoweri Museveni |  | uganda | head-of-state | 1986-01-29 | ?
    Yulia Svyrydenko | Yuliia Svyrydenko | ukraine | head-of-government | 2025-07-17 | ?
    Yun Byung-se |  | south-korea | foreign-minister | 2013-03-11 | 2017-06-18
    Yvette Cooper |  | united-kingdom | foreign-minister | 2025-09-05 | ?
    Zdravko Krivokapić | Zdravko Krivokapic | montenegro | head-of-government | 2020-12-04 | 2022-04-28
    Zhantoro Satybaldiyev |  | kyrgyzstan | head-of-government | 2012-09-05 | 2014-03-25
    Zoran Milanović | Zoran Milanovic | croatia | head-of-government | 2011-12-23 | 2016-01-22
    Zoran Milanović | Zoran Milanovic | croatia | head-of-state | 2020-02-19 | ?
    Zoran Tegeltija |  | bosnia-and-herzegovina | head-of-government | 2019-12-23 | 2023-01-25
    Zoran Zaev |  | north-macedonia | head-of-government | 2017-05-31 | 2020-01-03
    Zoran Zaev |  | north-macedonia | head-of-government | 2020-08-31 | 2022-01-16
    Zuzana Čaputová | Zuzana Caputova | slovakia | head-of-state | 2019-06-15 | 2024-06-15
    Édouard Ngirente | Edouard Ngirente | rwanda | head-of-government | 2017-08-30 | 2025-07-23
    Édouard Philippe | Edouard Philippe | france | head-of-government | 2017-05-15 | 2020-07-03
    Élisabeth Borne | Elisabeth Borne | france | head-of-government | 2022-05-16 | 2024-01-09
    Éric Lombard | Eric Lombard | france | finance-minister | 2024-12-23 | 2025-10-05
    Évariste Ndayishimiye | Evariste Ndayishimiye | burundi | head-of-state | 2020-06-18 | ?
    Ólafur Ragnar Grímsson | Olafur Ragnar Grimsson | iceland | head-of-state | 1996-08-01 | 2016-08-01
    Đuro Macut | Duro Macut | serbia | head-of-government | 2025-04-16 | ?
    İsmet Yılmaz | Ismet Yilmaz | turkey | defence-minister | 2011-07-06 | 2015-08-28
    İsmet Yılmaz | Ismet Yilmaz | turkey | defence-minister | 2015-11-24 | 2016-05-24
    Ľudovít Ódor | Ludovit Odor | slovakia | head-of-government | 2023-05-15 | 2023-10-25
    Šefik Džaferović | Sefik Dzaferovic | bosnia-and-herzegovina | head-of-state | 2018-11-20 | 2022-11-16
    Željka Cvijanović | Zeljka Cvijanovic | bosnia-and-herzegovina | head-of-state | 2022-11-16 | ?
    Željko Komšić | Zeljko Komsic | bosnia-and-herzegovina | head-of-state | 2006-11-06 | 2014-11-17
    Željko Komšić | Zeljko Komsic | bosnia-and-herzegovina | head-of-state | 2018-11-20 | ?
    """#
}
