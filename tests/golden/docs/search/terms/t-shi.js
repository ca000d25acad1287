sitrepSearchData("terms/t-shi",{"shift":"FFSl8","shilka":"HPMigJ-B36"});
