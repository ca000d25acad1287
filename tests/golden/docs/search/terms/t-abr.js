sitrepSearchData("terms/t-abr",{"abrams":"FFSloBXzoe"});
