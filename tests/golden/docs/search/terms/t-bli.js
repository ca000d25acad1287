sitrepSearchData("terms/t-bli",{"blinken":"FFSl8yFVtgJCDl6"});
