sitrepSearchData("terms/t-put",{"putin":"FFSl8yFVtgEETkgYyq6zHKt8","puts":"HPMi8"});
