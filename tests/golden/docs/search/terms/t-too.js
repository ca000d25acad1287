sitrepSearchData("terms/t-too",{"too":"HPMig","tools":"FFSl8"});
