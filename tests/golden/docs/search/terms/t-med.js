sitrepSearchData("terms/t-med",{"media":"FFSl8yFVt8ARR68LOHu8"});
