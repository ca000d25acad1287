sitrepSearchData("terms/t-jus",{"just":"FFSl8yFVtgEETk8"});
