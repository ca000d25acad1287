sitrepSearchData("terms/t-app",{"appear":"HPMi8","appears":"FFSl8"});
