sitrepSearchData("terms/t-pus",{"push":"FFSl8","pushed":"y-To8","pushing":"PYE6g"});
