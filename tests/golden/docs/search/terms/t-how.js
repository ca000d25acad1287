sitrepSearchData("terms/t-how",{"how":"FFSl8yFVtg","however":"FFSl8yFVt8"});
