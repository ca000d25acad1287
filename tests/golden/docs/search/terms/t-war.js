sitrepSearchData("terms/t-war",{"war":"y-To8yWQqazKSo8-Na8K-08BPP48xH_gx0zZ-ax0B_Lp8xCBs8zyUf8","wartime":"NRB88JwVn8","wartranslated":"FEza6EJxu8"});
