sitrepSearchData("terms/t-day",{"days":"FFSl8yFVtg"});
