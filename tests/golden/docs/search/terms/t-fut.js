sitrepSearchData("terms/t-fut",{"future":"FFSloyFVt8"});
