sitrepSearchData("terms/t-cap",{"capabilities":"FFSl8","capital":"KLCc8","capture":"WFZl8","captured":"FFSl8yFVtx0QEx48"});
