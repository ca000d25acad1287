sitrepSearchData("terms/t-bli",{"blinken":"QNXdgxxE58zCQl6"});
