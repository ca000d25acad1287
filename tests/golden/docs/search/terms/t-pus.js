sitrepSearchData("terms/t-pus",{"push":"RPzi8","pushed":"y-To8","pushing":"NRB8g"});
