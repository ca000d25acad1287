sitrepSearchData("terms/t-out",{"out":"FFSl8","outflanked":"HPMi8","outlets":"EV_p8","outside":"PYE6g"});
