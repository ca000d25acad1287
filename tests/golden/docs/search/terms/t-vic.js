sitrepSearchData("terms/t-vic",{"vice":"AA98FBOc8GONh8CM_h8","victories":"HPMi8","victory":"FFSl8yFVt8"});
